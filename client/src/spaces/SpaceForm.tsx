import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../api/http';
import type { SpaceDraft, SpaceVisibility } from '../api/spaces';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { TextField } from '../components/form/TextField';

const VISIBILITIES: readonly SpaceVisibility[] = ['public', 'private', 'secret'];

/** Creating a space or changing its settings: name, description, guidelines and who sees it. */
export function SpaceForm({ initial, submitLabel, onSubmit }: { initial: Required<SpaceDraft>; submitLabel: string; onSubmit(draft: SpaceDraft): Promise<void> }) {
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
      <div className="field">
        <label className="field__label" htmlFor="space-description">
          {t('spaces.form.description')}
        </label>
        <textarea id="space-description" className="field__input" rows={3} maxLength={2000} value={draft.description} onChange={(event) => setDraft({ ...draft, description: event.target.value })} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="space-guidelines">
          {t('spaces.form.guidelines')}
        </label>
        <p id="space-guidelines-hint" className="field__hint">
          {t('spaces.form.guidelinesHint')}
        </p>
        <textarea
          id="space-guidelines"
          className="field__input"
          rows={3}
          maxLength={4000}
          aria-describedby="space-guidelines-hint"
          value={draft.guidelines}
          onChange={(event) => setDraft({ ...draft, guidelines: event.target.value })}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="space-welcome">
          {t('spaces.form.welcome')}
        </label>
        <p id="space-welcome-hint" className="field__hint">
          {t('spaces.form.welcomeHint')}
        </p>
        <textarea
          id="space-welcome"
          className="field__input"
          rows={2}
          maxLength={2000}
          aria-describedby="space-welcome-hint"
          value={draft.welcome}
          onChange={(event) => setDraft({ ...draft, welcome: event.target.value })}
        />
      </div>
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
      {failure && (
        <p role="alert" className="field__error">
          {failure}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={saving}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
