import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fieldErrors } from '../api/http';
import { getPreferences, savePreferences, type Digest, type NotificationPreferences, type PreferencesAnswer } from '../api/notifications';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { SelectField } from '../components/form/SelectField';
import { TextField } from '../components/form/TextField';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { useFormErrors } from '../components/form/useFormErrors';
import { LoadFailed } from '../components/LoadFailed';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { SUPPORTED_LANGUAGES, isLanguage } from '../i18n/language';
import { ChannelsTable } from './ChannelsTable';
import { DesktopNotificationsSetting } from './DesktopNotifications';
import { MutedList } from './MutedList';

type Field = 'digest' | 'quietStart' | 'quietEnd' | 'timeZone' | 'language';

const FIELD_IDS: Record<Field, string> = {
  digest: 'preferences-digest',
  quietStart: 'preferences-quiet-start',
  quietEnd: 'preferences-quiet-end',
  timeZone: 'preferences-time-zone',
  language: 'preferences-language',
};

/** Problem documents name fields as the server spells them ("timeZone", "QuietHours.Start", "$.quietHours.end"). */
const PROBLEM_FIELDS: Record<string, Field> = {
  digest: 'digest',
  quiethours: 'quietStart',
  'quiethours.start': 'quietStart',
  'quiethours.end': 'quietEnd',
  timezone: 'timeZone',
  language: 'language',
};

const DIGESTS: readonly Digest[] = ['never', 'daily', 'weekly'];

/** Times kept while quiet hours are off, so that turning them back on restores them. */
const DEFAULT_QUIET_HOURS = { start: '20:00', end: '08:00' };

interface Draft extends Omit<NotificationPreferences, 'quietHours'> {
  quietHoursOn: boolean;
  quietHours: { start: string; end: string };
}

const deviceTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The platform's retention is shown apart: it is not the person's to save. */
/** What the server answers, as the page keeps it: the draft the form edits, and the platform's retention beside it. */
function answered(answer: PreferencesAnswer): { draft: Draft; keptForDays: number } {
  return { draft: draftOf(answer), keptForDays: answer.keptForDays };
}

function draftOf({ keptForDays, ...preferences }: PreferencesAnswer): Draft {
  return {
    ...preferences,
    quietHoursOn: preferences.quietHours !== null,
    quietHours: preferences.quietHours ?? DEFAULT_QUIET_HOURS,
  };
}

function preferencesOf({ quietHoursOn, quietHours, ...rest }: Draft): NotificationPreferences {
  return { ...rest, quietHours: quietHoursOn ? quietHours : null };
}

/** What notifies me and where, when e-mail may reach me, and what I muted. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notificationPreferences.title'));
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useFormErrors<Field>();
  const timeZones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  // The draft lives in the loaded state, so that a retry after a failure loads it like the first time.
  const loaded = useLoad('notification-preferences', async (signal) => answered(await getPreferences(signal)));
  const draft = loaded.value?.draft ?? null;
  const keptForDays = loaded.value?.keptForDays ?? null;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) {
      return;
    }
    setSaved(false);
    setSaving(true);
    try {
      const answer = answered(await savePreferences(preferencesOf(draft)));
      loaded.update(() => answer);
      form.clear();
      setSaved(true);
    } catch (failure) {
      const messages: Partial<Record<Field | 'form', string>> = {};
      for (const [name, list] of Object.entries(fieldErrors(failure))) {
        const field = PROBLEM_FIELDS[name.toLowerCase().replace(/[^a-z.]/g, '').replace(/^\.+/, '')] ?? 'form';
        messages[field] = [messages[field], ...list].filter(Boolean).join(' ');
      }
      form.show(Object.keys(messages).length > 0 ? messages : { form: apiErrorMessage(failure, t) });
    } finally {
      setSaving(false);
    }
  }

  const change = (next: Partial<Draft>) => {
    setSaved(false);
    loaded.update((current) => ({ ...current, draft: { ...current.draft, ...next } }));
  };
  // A zone saved elsewhere may be missing from this browser's list; it stays selectable.
  const zoneOptions = draft && !timeZones.includes(draft.timeZone) ? [draft.timeZone, ...timeZones] : timeZones;

  return (
    <>
      <h1>{t('notificationPreferences.title')}</h1>
      <p>
        <Link to="/notifications">{t('notificationPreferences.back')}</Link>
      </p>
      <p className="lead">{t('notificationPreferences.intro')}</p>
      {keptForDays !== null && <p>{t('notificationPreferences.retention', { count: keptForDays })}</p>}
      <ErrorSummary errors={form.summary(FIELD_IDS)} attempt={form.attempt} />
      {draft === null ? (
        loaded.status === 'failed' ? (
          <LoadFailed error={loaded.error} onRetry={loaded.reload} />
        ) : (
          <p role="status">{t('notificationPreferences.loading')}</p>
        )
      ) : (
        <form className="form preferences-form" onSubmit={(event) => void save(event)} noValidate>
          <ChannelsTable types={draft.types} onChange={(types) => change({ types })} />
          <SelectField
            id={FIELD_IDS.digest}
            label={t('notificationPreferences.digest')}
            value={draft.digest}
            error={form.errors.digest}
            options={DIGESTS.map((value) => ({ value, label: t(`notificationPreferences.digestOptions.${value}`) }))}
            onValueChange={(value) => change({ digest: value as Digest })}
          />
          <fieldset className="roles">
            <legend className="field__label">{t('notificationPreferences.quietHours')}</legend>
            <p className="field__hint">{t('notificationPreferences.quietHoursHint')}</p>
            <label className="checkbox">
              <input type="checkbox" checked={draft.quietHoursOn} onChange={(event) => change({ quietHoursOn: event.target.checked })} />
              {t('notificationPreferences.quietHoursOn')}
            </label>
            {draft.quietHoursOn && (
              <div className="quiet-hours">
                <TextField
                  id={FIELD_IDS.quietStart}
                  type="time"
                  label={t('notificationPreferences.quietStart')}
                  value={draft.quietHours.start}
                  error={form.errors.quietStart}
                  onValueChange={(start) => change({ quietHours: { ...draft.quietHours, start } })}
                />
                <TextField
                  id={FIELD_IDS.quietEnd}
                  type="time"
                  label={t('notificationPreferences.quietEnd')}
                  value={draft.quietHours.end}
                  error={form.errors.quietEnd}
                  onValueChange={(end) => change({ quietHours: { ...draft.quietHours, end } })}
                />
              </div>
            )}
          </fieldset>
          <div>
            <SelectField
              id={FIELD_IDS.timeZone}
              label={t('notificationPreferences.timeZone')}
              hint={t('notificationPreferences.timeZoneHint', { zone: deviceTimeZone() })}
              value={draft.timeZone}
              error={form.errors.timeZone}
              options={zoneOptions.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))}
              onValueChange={(timeZone) => change({ timeZone })}
            />
            {/* The server answers a default zone until one is saved, so the device's is offered rather than imposed. */}
            {draft.timeZone !== deviceTimeZone() && (
              <button type="button" className="link-button link-button--flush" onClick={() => change({ timeZone: deviceTimeZone() })}>
                {t('notificationPreferences.useDeviceTimeZone')}
              </button>
            )}
          </div>
          <SelectField
            id={FIELD_IDS.language}
            label={t('notificationPreferences.language')}
            value={draft.language}
            error={form.errors.language}
            options={SUPPORTED_LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
            onValueChange={(language) => isLanguage(language) && change({ language })}
          />
          <div className="field">
            <label className="checkbox">
              <input
                type="checkbox"
                aria-describedby="preferences-outside-hours-hint"
                checked={draft.emailOutsideWorkingHours}
                onChange={(event) => change({ emailOutsideWorkingHours: event.target.checked })}
              />
              {t('notificationPreferences.outsideHours')}
            </label>
            <p id="preferences-outside-hours-hint" className="field__hint">
              {t('notificationPreferences.outsideHoursHint')}
            </p>
          </div>
          <div className="form__actions">
            <button type="submit" className="button" disabled={saving}>
              {saving ? t('notificationPreferences.saving') : t('notificationPreferences.save')}
            </button>
            {saved && (
              <p className="form__status" role="status">
                {t('notificationPreferences.saved')}
              </p>
            )}
          </div>
        </form>
      )}
      <DesktopNotificationsSetting />
      <MutedList />
    </>
  );
}
