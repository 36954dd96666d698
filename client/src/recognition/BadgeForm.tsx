import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../api/http';
import { BADGE_ICONS, type BadgeDraft } from '../api/recognition';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { TextAreaField } from '../components/form/TextAreaField';
import { TextField } from '../components/form/TextField';
import { useFormErrors } from '../components/form/useFormErrors';
import { LoadFailed } from '../components/LoadFailed';
import type { Loaded } from '../components/useLoad';
import { IconGlyph } from './BadgeIcon';

const NAME_MAX_LENGTH = 60;
const DESCRIPTION_MAX_LENGTH = 300;
const VALUE_MAX_LENGTH = 60;

type Field = 'nameFr' | 'nameEn' | 'descriptionFr' | 'descriptionEn' | 'value' | 'icon';

/** The server's names for the fields it refuses. */
const SERVER_FIELDS: Record<string, Field> = {
  'name.fr': 'nameFr',
  'name.en': 'nameEn',
  'description.fr': 'descriptionFr',
  'description.en': 'descriptionEn',
  value: 'value',
  icon: 'icon',
};

interface BadgeFormProps {
  /** Prefixes the fields' ids, unique on the page. */
  idPrefix: string;
  initial: BadgeDraft;
  /** Achievements are awarded by rules: only their names and descriptions change. */
  achievement: boolean;
  /** The company values already in the catalogue, offered as suggestions; if they failed to load, the field says so. */
  values: Loaded<string[]>;
  submitLabel: string;
  onSubmit: (draft: BadgeDraft) => Promise<void>;
  onCancel?: () => void;
}

/** Creating or editing a badge: its names and descriptions in both languages, its value and its icon. */
export function BadgeForm({ idPrefix, initial, achievement, values, submitLabel, onSubmit, onCancel }: BadgeFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const { errors, attempt, show, clear, summary } = useFormErrors<Field>();
  const ids: Record<Field, string> = {
    nameFr: `${idPrefix}-name-fr`,
    nameEn: `${idPrefix}-name-en`,
    descriptionFr: `${idPrefix}-description-fr`,
    descriptionEn: `${idPrefix}-description-en`,
    value: `${idPrefix}-value`,
    icon: `${idPrefix}-icon-${draft.icon || BADGE_ICONS[0]}`,
  };

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    const tooLong = (text: string, max: number) => text.trim().length > max;
    if (!draft.name.fr.trim() || tooLong(draft.name.fr, NAME_MAX_LENGTH)) {
      found.nameFr = t('recognition.admin.errors.nameFr');
    }
    if (!draft.name.en.trim() || tooLong(draft.name.en, NAME_MAX_LENGTH)) {
      found.nameEn = t('recognition.admin.errors.nameEn');
    }
    if (!draft.description.fr.trim() || tooLong(draft.description.fr, DESCRIPTION_MAX_LENGTH)) {
      found.descriptionFr = t('recognition.admin.errors.descriptionFr');
    }
    if (!draft.description.en.trim() || tooLong(draft.description.en, DESCRIPTION_MAX_LENGTH)) {
      found.descriptionEn = t('recognition.admin.errors.descriptionEn');
    }
    if (!achievement && (!draft.value.trim() || tooLong(draft.value, VALUE_MAX_LENGTH))) {
      found.value = t('recognition.admin.errors.value');
    }
    if (!achievement && !draft.icon) {
      found.icon = t('recognition.admin.errors.icon');
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    setSaving(true);
    try {
      const trim = (text: { fr: string; en: string }) => ({ fr: text.fr.trim(), en: text.en.trim() });
      await onSubmit({ ...draft, name: trim(draft.name), description: trim(draft.description), value: draft.value.trim() });
      clear();
    } catch (error) {
      show(refusal(error));
    } finally {
      setSaving(false);
    }
  }

  /** The fields the server refused, in the reader's language; a refusal of the whole badge (an achievement retired) in the server's words. */
  function refusal(error: unknown): Partial<Record<Field | 'form', string>> {
    const found: Partial<Record<Field | 'form', string>> = {};
    for (const name of Object.keys(fieldErrors(error))) {
      const field = SERVER_FIELDS[name.toLowerCase()];
      if (field) {
        found[field] = t(`recognition.admin.errors.${field}`);
      }
    }
    if (Object.keys(found).length > 0) {
      return found;
    }
    return { form: apiErrorMessage(error, t) };
  }

  const text = (field: 'name' | 'description', language: 'fr' | 'en', value: string) =>
    setDraft((current) => ({ ...current, [field]: { ...current[field], [language]: value } }));

  return (
    <>
      <ErrorSummary errors={summary(ids)} attempt={attempt} />
      <form className="form badge-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField id={ids.nameFr} label={t('recognition.admin.nameFr')} lang="fr" value={draft.name.fr} error={errors.nameFr} onValueChange={(v) => text('name', 'fr', v)} />
        <TextField id={ids.nameEn} label={t('recognition.admin.nameEn')} lang="en" value={draft.name.en} error={errors.nameEn} onValueChange={(v) => text('name', 'en', v)} />
        <TextAreaField
          id={ids.descriptionFr}
          label={t('recognition.admin.descriptionFr')}
          rows={2}
          value={draft.description.fr}
          error={errors.descriptionFr}
          onValueChange={(v) => text('description', 'fr', v)}
        />
        <TextAreaField
          id={ids.descriptionEn}
          label={t('recognition.admin.descriptionEn')}
          rows={2}
          value={draft.description.en}
          error={errors.descriptionEn}
          onValueChange={(v) => text('description', 'en', v)}
        />
        {!achievement && (
          <>
            <TextField
              id={ids.value}
              label={t('recognition.admin.value')}
              hint={t('recognition.admin.valueHint')}
              list={`${idPrefix}-values`}
              autoComplete="off"
              value={draft.value}
              error={errors.value}
              onValueChange={(value) => setDraft((current) => ({ ...current, value }))}
            />
            <datalist id={`${idPrefix}-values`}>
              {values.value?.map((value) => (
                <option key={value} value={value} />
              ))}
            </datalist>
            {values.status === 'failed' && <LoadFailed error={values.error} onRetry={values.reload} message={t('recognition.admin.valuesFailed')} compact />}
            <fieldset className={errors.icon ? 'field field--error icon-picker' : 'field icon-picker'} aria-describedby={`${idPrefix}-icon-hint`}>
              <legend className="field__label">{t('recognition.admin.icon')}</legend>
              <p id={`${idPrefix}-icon-hint`} className="field__hint">
                {t('recognition.admin.iconHint')}
              </p>
              {errors.icon && <p className="field__error">{errors.icon}</p>}
              {BADGE_ICONS.map((icon) => (
                <label key={icon} className="icon-option">
                  <input
                    id={`${idPrefix}-icon-${icon}`}
                    type="radio"
                    name={`${idPrefix}-icon`}
                    checked={draft.icon === icon}
                    onChange={() => setDraft((current) => ({ ...current, icon }))}
                  />
                  <IconGlyph icon={icon} size="large" />
                  {t(`recognition.icons.${icon}`)}
                </label>
              ))}
            </fieldset>
          </>
        )}
        <div className="form__actions">
          <button type="submit" className="button" disabled={saving}>
            {submitLabel}
          </button>
          {onCancel && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('recognition.admin.cancel')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
