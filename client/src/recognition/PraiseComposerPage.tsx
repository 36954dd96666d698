import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { fieldErrors, namesNothing } from '../api/http';
import { lookupProfiles, type Profile } from '../api/profiles';
import { getAllowance, givePraise, listBadges, type Allowance } from '../api/recognition';
import { getSpace, listSpaces, MOST_SPACES_AT_ONCE } from '../api/spaces';
import { useAuth } from '../auth/authContext';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { ErrorText } from '../components/form/ErrorText';
import { ColleaguePicker, type Colleague } from '../components/ColleaguePicker';
import { LoadFailed } from '../components/LoadFailed';
import { SelectField } from '../components/form/SelectField';
import { TextAreaField } from '../components/form/TextAreaField';
import { useFormErrors } from '../components/form/useFormErrors';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { BadgeChoice } from './BadgeChoice';
import type { WallState } from './WallPages';

const MAX_RECEIVERS = 10;
const MESSAGE_MAX_LENGTH = 1000;

type Field = 'people' | 'badge' | 'message' | 'space';
const FIELD_IDS: Record<Field, string> = {
  people: 'praise-people',
  badge: 'praise-badge',
  message: 'praise-message',
  space: 'praise-space',
};

/** The server's names for the fields it refuses. */
const SERVER_FIELDS: Record<string, Field> = { receiverids: 'people', badgeid: 'badge', message: 'message', spaceid: 'space' };

function AllowanceText({ allowance }: { allowance: Allowance | undefined }) {
  const { t, i18n } = useTranslation();
  if (!allowance) {
    return null;
  }
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' }).format(new Date(allowance.resetsAt));
  return <p className="praise-allowance">{t('recognition.composer.allowance', { count: allowance.remaining, date })}</p>;
}

/** The person an address names, or nobody: the lookup leaves out an id it does not know, and refuses one that is not even an id. */
function lookupNamed(id: string, signal: AbortSignal): Promise<Profile[]> {
  return lookupProfiles([id], signal).catch((error: unknown) => {
    if (namesNothing(error)) {
      return [];
    }
    throw error;
  });
}

/**
 * Praising colleagues: whom, with which badge, in which words, and optionally in one of my spaces.
 * `?to=` names a person to start with (from their profile), `?space=` a space (from its page).
 */
export function PraiseComposerPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('recognition.composer.title'));
  const { me } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const to = params.get('to');
  const requestedSpace = params.get('space');
  const [chosen, setChosen] = useState<Colleague[]>([]);
  const [badgeId, setBadgeId] = useState('');
  const [message, setMessage] = useState('');
  const [spaceId, setSpaceId] = useState(requestedSpace ?? '');
  const [copyManagers, setCopyManagers] = useState(false);
  const badges = useLoad('praise-badges', (signal) =>
    listBadges(false, signal).then((all) => all.filter((badge) => badge.kind === 'praise' && !badge.retired)),
  );
  const allowance = useLoad('praise-allowance', getAllowance);
  const spaces = useLoad([requestedSpace], async (signal) => {
    const page = await listSpaces({ mine: true, limit: MOST_SPACES_AT_ONCE }, signal);
    const mine = page.items.filter((space) => space.canRead && !space.archived);
    // The space asked for may lie beyond the first page of mine.
    if (requestedSpace && !mine.some((space) => space.id === requestedSpace)) {
      mine.unshift(await getSpace(requestedSpace, signal));
    }
    return mine;
  });
  const named = useLoad([to], (signal) => (to ? lookupNamed(to, signal) : Promise.resolve([])));
  const nobodyNamed = Boolean(to) && named.value?.length === 0;
  const [sending, setSending] = useState(false);
  const { errors, attempt, show, summary } = useFormErrors<Field>();

  // The person named in the address is the first one chosen, once the directory has told who they are.
  useEffect(() => {
    if (named.value && named.value.length > 0) {
      setChosen(named.value.map(({ id, displayName }) => ({ id, displayName })));
    }
  }, [named.value]);

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (chosen.length === 0 || chosen.length > MAX_RECEIVERS) {
      found.people = t('recognition.composer.errors.people');
    }
    if (!badgeId) {
      found.badge = t('recognition.composer.errors.badge');
    }
    const text = message.trim();
    if (!text || text.length > MESSAGE_MAX_LENGTH) {
      found.message = t('recognition.composer.errors.message');
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
    setSending(true);
    try {
      await givePraise({ receiverIds: chosen.map((person) => person.id), badgeId, message: message.trim(), spaceId: spaceId || undefined, copyManagers });
      const state: WallState = { praised: true };
      void navigate(spaceId ? `/spaces/${spaceId}/recognition` : '/recognition', { state });
    } catch (error) {
      show(refusal(error));
    } finally {
      setSending(false);
    }
  }

  /** Field errors next to their fields; anything else the server refused (self-praise, allowance used up, a retired badge, a space I may not praise in) in its own words. */
  function refusal(error: unknown): Partial<Record<Field | 'form', string>> {
    const fields = Object.keys(fieldErrors(error)).map((name) => SERVER_FIELDS[name.toLowerCase()]);
    if (fields.some(Boolean)) {
      return Object.fromEntries(fields.filter(Boolean).map((field) => [field, t(`recognition.composer.errors.${field}`)]));
    }
    return { form: apiErrorMessage(error, t) };
  }

  return (
    <>
      <h1>{t('recognition.composer.title')}</h1>
      <p className="lead">{t('recognition.composer.intro')}</p>
      <AllowanceText allowance={allowance.value} />
      {allowance.status === 'failed' && <LoadFailed error={allowance.error} onRetry={allowance.reload} compact />}
      <ErrorSummary errors={summary(FIELD_IDS)} attempt={attempt} />
      <form className="form praise-form" noValidate onSubmit={(event) => void submit(event)}>
        <ColleaguePicker
          id={FIELD_IDS.people}
          label={t('recognition.composer.people')}
          hint={t('recognition.composer.peopleHint')}
          chosen={chosen} excludedId={me?.id ?? null} error={errors.people} onChange={setChosen} />
        {named.status === 'failed' && <LoadFailed error={named.error} onRetry={named.reload} message={t('recognition.composer.toFailed')} compact />}
        <ErrorText message={nobodyNamed ? t('recognition.composer.toNotFound') : null} />
        <BadgeChoice id={FIELD_IDS.badge} badges={badges.value} chosenId={badgeId} error={errors.badge} onChoose={setBadgeId} />
        {badges.status === 'failed' && <LoadFailed error={badges.error} onRetry={badges.reload} />}
        <TextAreaField
          id={FIELD_IDS.message}
          label={t('recognition.composer.message')}
          hint={t('recognition.composer.messageHint')}
          rows={4}
          maxLength={MESSAGE_MAX_LENGTH}
          value={message}
          error={errors.message}
          onValueChange={setMessage}
        />
        <SelectField
          id={FIELD_IDS.space}
          label={t('recognition.composer.space')}
          hint={t('recognition.composer.spaceHint')}
          value={spaceId}
          error={errors.space}
          options={[{ value: '', label: t('recognition.composer.noSpace') }, ...(spaces.value ?? []).map((space) => ({ value: space.id, label: space.name }))]}
          onValueChange={setSpaceId}
        />
        {spaces.status === 'failed' && <LoadFailed error={spaces.error} onRetry={spaces.reload} compact />}
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={copyManagers} aria-describedby="praise-copy-hint" onChange={(event) => setCopyManagers(event.target.checked)} />
            {t('recognition.composer.copyManagers')}
          </label>
          <p id="praise-copy-hint" className="field__hint">
            {t('recognition.composer.copyManagersHint')}
          </p>
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={sending}>
            {sending ? t('recognition.composer.submitting') : t('recognition.composer.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
