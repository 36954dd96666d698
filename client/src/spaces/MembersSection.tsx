import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listMembers, manages, removeMember, setRole, type Member, type Space, type SpaceRole } from '../api/spaces';
import { useAuth } from '../auth/authContext';
import { LoadFailed } from '../components/LoadFailed';
import { MoreButton } from '../components/MoreButton';
import { useCursorList } from '../components/useCursorList';
import { Avatar } from '../pages/Avatar';
import { useDebouncedValue } from '../pages/useDebouncedValue';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';

const ROLES: readonly SpaceRole[] = ['owner', 'manager', 'moderator', 'member', 'guest'];

/** The members, searchable, with role changes and removal for the space's managers. */
export function MembersSection({ space, generation }: { space: Space; generation: number }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const searchId = useId();
  const [searchText, setSearchText] = useState('');
  const { error, attempt } = useAttempt();
  const search = useDebouncedValue(searchText.trim(), 250);
  const list = useCursorList<Member>(`${space.id}|${search}|${generation}`, (cursor, signal) => listMembers(space.id, search, cursor, signal));
  const canManage = manages(space.myRole);

  function act(action: () => Promise<void>, done: () => void) {
    attempt(action(), done);
  }

  return (
    <section aria-labelledby="space-members">
      <h2 id="space-members">{t('spaces.membersTitle', { count: space.memberCount })}</h2>
      <div className="members__search">
        <label className="search__label" htmlFor={searchId}>
          {t('spaces.searchMembers')}
        </label>
        <input id={searchId} className="search__input" type="search" autoComplete="off" value={searchText} onChange={(event) => setSearchText(event.target.value)} />
      </div>
      <ErrorText message={error} />
      {list.status === 'failed' && <LoadFailed error={list.error} onRetry={list.reload} />}
      <ul className="colleagues" aria-label={t('spaces.membersList')}>
        {list.items.map((member) => (
          <li key={member.personId} className="colleague">
            <Avatar person={{ id: member.personId, displayName: member.displayName, avatarVersion: member.avatarVersion }} size={64} />
            <span>
              <Link to={`/people/${member.personId}`}>{member.displayName}</Link>
              <span className="person__title"> — {t(`spaces.role.${member.role}`)}</span>
            </span>
            {canManage && member.personId !== me?.id && (
              <span className="member__actions">
                <label className="visually-hidden" htmlFor={`role-${member.personId}`}>
                  {t('spaces.roleOf', { name: member.displayName })}
                </label>
                <select
                  id={`role-${member.personId}`}
                  className="field__input"
                  value={member.role}
                  onChange={(event) => {
                    const role = event.target.value as SpaceRole;
                    act(() => setRole(space.id, member.personId, role), () => list.update((m) => (m.personId === member.personId ? { ...m, role } : m)));
                  }}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(`spaces.role.${role}`)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => act(() => removeMember(space.id, member.personId), () => list.remove((m) => m.personId === member.personId))}
                >
                  {t('spaces.remove', { name: member.displayName })}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <MoreButton list={list} label={t('people.loadMore')} loadingLabel={t('people.loadingMore')} />
    </section>
  );
}
