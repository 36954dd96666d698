import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getDirectoryFacets, listProfiles } from '../api/profiles';
import { ApiError } from '../api/http';
import { decideJoinRequest, invite, listJoinRequests, removeCover, setArchived, updateSpace, uploadCover, type JoinRequest, type Space } from '../api/spaces';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { FileButton } from '../components/form/FileButton';
import { useAttempt } from '../components/form/useAttempt';
import { LoadFailed } from '../components/LoadFailed';
import { useLoad } from '../components/useLoad';
import { PersonLine } from '../pages/PersonLine';
import { useDebouncedValue } from '../pages/useDebouncedValue';
import { SpaceForm } from './SpaceForm';
import { ErrorText } from '../components/form/ErrorText';

function JoinRequests({ space, onDecided }: { space: Space; onDecided: () => void }) {
  const { t } = useTranslation();
  const requests = useLoad(space.id, (signal) => listJoinRequests(space.id, signal));
  const { error, attempt } = useAttempt();

  function decide(request: JoinRequest, approve: boolean) {
    attempt(decideJoinRequest(space.id, request.personId, approve), () => {
      requests.update((current) => current.filter((r) => r.personId !== request.personId));
      onDecided();
    });
  }

  return (
    <section aria-labelledby="join-requests">
      <h3 id="join-requests">{requests.status === 'ready' ? t('spaces.requests', { count: requests.value.length }) : t('spaces.requestsHeading')}</h3>
      {requests.status === 'failed' && <LoadFailed error={requests.error} onRetry={requests.reload} />}
      {requests.value?.length === 0 && <p>{t('spaces.noRequests')}</p>}
      <ul className="plain-list">
        {requests.value?.map((request) => (
          <li key={request.personId} className="join-request">
            <span className="join-request__who">
              {request.displayName}
              {request.jobTitle && <span className="person__title"> — {request.jobTitle}</span>}
            </span>
            <button type="button" className="button" onClick={() => decide(request, true)}>
              {t('spaces.approve', { name: request.displayName })}
            </button>
            <button type="button" className="button button--secondary" onClick={() => decide(request, false)}>
              {t('spaces.decline', { name: request.displayName })}
            </button>
          </li>
        ))}
      </ul>
      <ErrorText message={error} />
    </section>
  );
}

function InviteForm({ space, onInvited }: { space: Space; onInvited: () => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [department, setDepartment] = useState('');
  const facets = useLoad('directory-facets', getDirectoryFacets);
  const [message, setMessage] = useState<string | null>(null);
  const search = useDebouncedValue(query.trim(), 250);
  const found = useLoad(['invite-search', search], async (signal) =>
    search ? (await listProfiles({ search, limit: 5 }, signal)).items : [],
  );

  function send(invitation: { personIds?: string[]; department?: string }) {
    invite(space.id, invitation).then((result) => {
      setMessage(t('spaces.invited', { count: result.added }));
      onInvited();
    }, (failure: unknown) => setMessage(apiErrorMessage(failure, t)));
  }

  return (
    <section aria-labelledby="invite-people">
      <h3 id="invite-people">{t('spaces.invite')}</h3>
      <label className="field__label" htmlFor="invite-search">
        {t('spaces.invitePerson')}
      </label>
      <input id="invite-search" className="field__input" type="search" autoComplete="off" value={query} onChange={(event) => setQuery(event.target.value)} />
      {found.status === 'failed' && <LoadFailed error={found.error} onRetry={found.reload} compact />}
      <ul className="colleagues">
        {found.value?.map((person) => (
          <PersonLine
            key={person.id}
            person={person}
            action={{ shown: t('spaces.addShort'), heard: t('spaces.add', { name: person.displayName }), onClick: () => send({ personIds: [person.id] }) }}
          />
        ))}
      </ul>
      <form
        className="invite-department"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          if (department) {
            send({ department });
          }
        }}
      >
        <label className="field__label" htmlFor="invite-department">
          {t('spaces.inviteDepartment')}
        </label>
        <select id="invite-department" className="field__input" value={department} onChange={(event) => setDepartment(event.target.value)}>
          <option value="">{t('spaces.chooseDepartment')}</option>
          {facets.value?.departments.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary" disabled={!department}>
          {t('spaces.inviteDepartmentSubmit')}
        </button>
        {facets.status === 'failed' && <LoadFailed error={facets.error} onRetry={facets.reload} compact />}
      </form>
      {message && <p role="status">{message}</p>}
    </section>
  );
}

function CoverPicker({ space, onChange }: { space: Space; onChange: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const done = () => {
    setError(null);
    onChange();
  };
  const failed = (failure: unknown) => setError(failure instanceof ApiError && failure.status === 422 ? t('spaces.coverRefused') : apiErrorMessage(failure, t));
  return (
    <div className="cover-picker">
      <FileButton
        label={t('spaces.cover')}
        accept="image/png,image/jpeg,image/webp"
        onFiles={([file]) => {
          if (file) {
            uploadCover(space.id, file).then(done, failed);
          }
        }}
      />
      {space.coverVersion > 0 && (
        <button type="button" className="link-button" onClick={() => removeCover(space.id).then(done, failed)}>
          {t('spaces.removeCover')}
        </button>
      )}
      <ErrorText message={error} />
    </div>
  );
}

/** What owners and community managers run: requests, invitations, settings, archiving. */
export function ManagePanel({ space, onChange }: { space: Space; onChange: (next?: Space) => void }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const { error: archiveError, attempt } = useAttempt();
  return (
    <section className="panel manage-panel" aria-labelledby="manage-space">
      <h2 id="manage-space">{t('spaces.manage')}</h2>
      {space.visibility !== 'public' && <JoinRequests space={space} onDecided={() => onChange()} />}
      <InviteForm space={space} onInvited={() => onChange()} />
      <details>
        <summary>{t('spaces.settings')}</summary>
        <SpaceForm
          initial={{ name: space.name, description: space.description, guidelines: space.guidelines, welcome: space.welcome, visibility: space.visibility }}
          submitLabel={t('spaces.form.save')}
          onSubmit={async (draft) => {
            onChange(await updateSpace(space.id, draft));
            setSaved(true);
          }}
        />
        {saved && <p role="status">{t('spaces.form.saved')}</p>}
      </details>
      <CoverPicker space={space} onChange={() => onChange()} />
      <button type="button" className="button button--secondary" onClick={() => attempt(setArchived(space.id, !space.archived), () => onChange())}>
        {t(space.archived ? 'spaces.unarchive' : 'spaces.archive')}
      </button>
      <ErrorText message={archiveError} />
    </section>
  );
}
