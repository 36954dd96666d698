import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http';
import { removeBadgeImage, updateBadge, uploadBadgeImage, type Badge } from '../api/recognition';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { ErrorText } from '../components/form/ErrorText';
import { FileButton } from '../components/form/FileButton';
import type { Loaded } from '../components/useLoad';
import { BadgeIcon } from './BadgeIcon';
import { BadgeForm } from './BadgeForm';
import { useBilingual } from './useBilingual';

function imageError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.status === 413) {
    return t('recognition.admin.imageTooLarge');
  }
  if (error instanceof ApiError && error.status === 422) {
    return t('recognition.admin.imageRefused');
  }
  return apiErrorMessage(error, t);
}

/** Uploading a PNG in place of the built-in icon, with a preview of the one in use. */
function BadgeImagePicker({ badge, name, onChange }: { badge: Badge; name: string; onChange: (badge: Badge) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const hintId = `badge-${badge.id}-image-hint`;
  const done = (changed: Badge) => {
    setError(null);
    onChange(changed);
  };
  const failed = (failure: unknown) => setError(imageError(failure, t));

  return (
    <div className="field badge-image">
      <p id={hintId} className="field__hint">
        {t('recognition.admin.imageHint')}
      </p>
      {badge.imageVersion > 0 && <BadgeIcon badge={badge} size="large" label={t('recognition.admin.imagePreview', { name })} />}
      <FileButton
        label={t('recognition.admin.image', { name })}
        accept="image/png"
        describedBy={hintId}
        onFiles={([file]) => {
          if (file) {
            uploadBadgeImage(badge.id, file).then(done, failed);
          }
        }}
      />
      {badge.imageVersion > 0 && (
        <button type="button" className="link-button" onClick={() => removeBadgeImage(badge.id).then(done, failed)}>
          {t('recognition.admin.removeImage', { name })}
        </button>
      )}
      <ErrorText message={error} />
    </div>
  );
}

interface BadgeAdminItemProps {
  badge: Badge;
  values: Loaded<string[]>;
  onChange: (badge: Badge) => void;
}

/** One badge of the catalogue: what it is, and editing, retiring or illustrating it. */
export function BadgeAdminItem({ badge, values, onChange }: BadgeAdminItemProps) {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const name = bilingual(badge.name);
  const achievement = badge.kind === 'achievement';

  function changed(next: Badge) {
    setError(null);
    onChange(next);
  }

  function setRetired(retired: boolean) {
    setMessage(null);
    updateBadge(badge.id, { retired }).then(changed, (failure: unknown) => setError(apiErrorMessage(failure, t)));
  }

  return (
    <li className={badge.retired ? 'badge-admin badge-admin--retired' : 'badge-admin'}>
      <div className="badge-admin__summary">
        <BadgeIcon badge={badge} size="large" />
        <div>
          <h3 className="badge-admin__name">{name}</h3>
          <p className="person__meta">
            {t(`recognition.admin.kind.${badge.kind}`)}
            {badge.value && ` · ${badge.value}`} · {badge.retired ? t('recognition.admin.retired') : t('recognition.admin.active')}
          </p>
          <p className="badge-admin__description">{bilingual(badge.description)}</p>
          {achievement && <p className="field__hint">{t('recognition.admin.achievementHint')}</p>}
        </div>
      </div>
      <div className="badge-admin__actions">
        <button type="button" className="button button--secondary" aria-expanded={editing} onClick={() => setEditing((value) => !value)}>
          {t('recognition.admin.edit', { name })}
        </button>
        {!achievement && (
          <button type="button" className="button button--secondary" onClick={() => setRetired(!badge.retired)}>
            {badge.retired ? t('recognition.admin.reactivate', { name }) : t('recognition.admin.retire', { name })}
          </button>
        )}
      </div>
      <ErrorText message={error} />
      {message && <p role="status">{message}</p>}
      {editing && (
        <BadgeForm
          idPrefix={`badge-${badge.id}`}
          initial={{ name: badge.name, description: badge.description, value: badge.value ?? '', icon: badge.icon }}
          achievement={achievement}
          values={values}
          submitLabel={t('recognition.admin.save')}
          onCancel={() => setEditing(false)}
          onSubmit={async (draft) => {
            const saved = await updateBadge(badge.id, achievement ? { name: draft.name, description: draft.description } : draft);
            changed(saved);
            setEditing(false);
            setMessage(t('recognition.admin.saved', { name: bilingual(saved.name) }));
          }}
        />
      )}
      {!achievement && <BadgeImagePicker badge={badge} name={name} onChange={changed} />}
    </li>
  );
}
