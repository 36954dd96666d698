import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { createSpace, listSpaces, type Space } from '../api/spaces';
import { useAuth } from '../auth/authContext';
import { LoadFailed } from '../components/LoadFailed';
import { MoreButton } from '../components/MoreButton';
import { useCursorList } from '../components/useCursorList';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useDebouncedValue } from '../pages/useDebouncedValue';
import { SpaceForm } from './SpaceForm';

function SpaceCard({ space }: { space: Space }) {
  const { t } = useTranslation();
  return (
    <li className="space-card">
      <h2 className="space-card__name">
        <Link to={`/spaces/${space.id}`}>{space.name}</Link>
      </h2>
      <p className="person__meta">
        {t(`spaces.visibility.${space.visibility}`)} · {t('spaces.members', { count: space.memberCount })}
        {space.myRole && ` · ${t(`spaces.role.${space.myRole}`)}`}
        {space.archived && ` · ${t('spaces.archived')}`}
      </p>
      {space.description && <p className="space-card__description">{space.description}</p>}
    </li>
  );
}

/** The spaces directory: every public and private space, and the secret ones I belong to. */
export function SpacesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('spaces.title'));
  const navigate = useNavigate();
  const searchId = useId();
  const [searchText, setSearchText] = useState('');
  const [mine, setMine] = useState(false);
  const [creating, setCreating] = useState(false);
  // Spaces are created inside the company; an external guest sees the ones they were invited to.
  const inCompany = useAuth().can('UseCompanyDirectory');
  const search = useDebouncedValue(searchText.trim(), 250);
  const list = useCursorList<Space>(`${search}|${mine}`, (cursor, signal) => listSpaces({ search, mine, cursor }, signal));

  return (
    <>
      <h1>{t('spaces.title')}</h1>
      <p className="lead">{t(inCompany ? 'spaces.intro' : 'spaces.guestIntro')}</p>
      {inCompany && (
        <button type="button" className="button spaces__create" aria-expanded={creating} onClick={() => setCreating((open) => !open)}>
          {t('spaces.create')}
        </button>
      )}
      {inCompany && creating && (
        <section aria-labelledby="create-space">
          <h2 id="create-space">{t('spaces.createTitle')}</h2>
          <SpaceForm
            initial={{ name: '', description: '', guidelines: '', welcome: '', visibility: 'public' }}
            submitLabel={t('spaces.form.create')}
            onSubmit={async (draft) => navigate(`/spaces/${(await createSpace(draft)).id}`)}
          />
        </section>
      )}
      <form className="search" role="search" onSubmit={(event) => event.preventDefault()}>
        <label className="search__label" htmlFor={searchId}>
          {t('spaces.search')}
        </label>
        <input id={searchId} className="search__input" type="search" autoComplete="off" value={searchText} onChange={(event) => setSearchText(event.target.value)} />
        <label className="checkbox">
          <input type="checkbox" checked={mine} onChange={(event) => setMine(event.target.checked)} />
          {t('spaces.mine')}
        </label>
      </form>
      {list.status === 'loading' && <p role="status">{t('spaces.loading')}</p>}
      {list.status === 'ready' && list.items.length === 0 && <p role="status">{t('spaces.none')}</p>}
      {list.status === 'failed' && <LoadFailed error={list.error} onRetry={list.reload} />}
      {list.items.length > 0 && (
        <ul className="space-list" aria-label={t('spaces.directory')}>
          {list.items.map((space) => (
            <SpaceCard key={space.id} space={space} />
          ))}
        </ul>
      )}
      <MoreButton list={list} label={t('people.loadMore')} loadingLabel={t('people.loadingMore')} />
    </>
  );
}
