import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../api/http';
import type { SpaceDraft, SpaceVisibility } from '../api/spaces';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { TextAreaField } from '../components/form/TextAreaField';
import { TextField } from '../components/form/TextField';
import { ErrorText } from '../components/form/ErrorText';

const VISIBILITIES: readonly SpaceVisibility[] = ['public', 'private', 'secret'];

/** Creating a space or changing its settings: name, description, guidelines and who sees it. */
export function SpaceForm({ initial, submitLabel, onSubmit }: { initial: Required<SpaceDraft>; submitLabel: string; onSubmit: (draft: SpaceDraft) => Promise<void> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      await onSubmit(draft);
      setErrors({});
      setFailure(null);
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors(fields);
      setFailure(Object.keys(fields).length > 0 ? null : apiErrorMessage(error, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form space-form" onSubmit={submit} noValidate>
      <TextField
        id="space-name"
        label={t('spaces.form.name')}
        value={draft.name}
        maxLength={80}
        required
        error={errors.name ? t('spaces.form.nameError') : undefined}
        onValueChange={(name) => setDraft({ ...draft, name })}
      />
      <TextAreaField
        id="space-description"
        label={t('spaces.form.description')}
        maxLength={2000}
        value={draft.description}
        onValueChange={(description) => setDraft({ ...draft, description })}
      />
      <TextAreaField
        id="space-guidelines"
        label={t('spaces.form.guidelines')}
        hint={t('spaces.form.guidelinesHint')}
        maxLength={4000}
        value={draft.guidelines}
        onValueChange={(guidelines) => setDraft({ ...draft, guidelines })}
      />
      <TextAreaField
        id="space-welcome"
        label={t('spaces.form.welcome')}
        hint={t('spaces.form.welcomeHint')}
        rows={2}
        maxLength={2000}
        value={draft.welcome}
        onValueChange={(welcome) => setDraft({ ...draft, welcome })}
      />
      <fieldset className="space-form__visibility">
        <legend className="field__label">{t('spaces.form.visibility')}</legend>
        {VISIBILITIES.map((visibility) => (
          <label key={visibility} className="checkbox">
            <input type="radio" name="space-visibility" checked={draft.visibility === visibility} onChange={() => setDraft({ ...draft, visibility })} />
            <span>
              <strong>{t(`spaces.visibility.${visibility}`)}</strong> — {t(`spaces.visibilityHint.${visibility}`)}
            </span>
          </label>
        ))}
      </fieldset>
      <ErrorText message={failure} />
      <div className="form__actions">
        <button type="submit" className="button" disabled={saving}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
