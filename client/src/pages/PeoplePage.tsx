import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getDirectoryFacets, type Profile } from '../api/profiles';
import { LoadFailed } from '../components/LoadFailed';
import { MoreButton } from '../components/MoreButton';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { Avatar } from './Avatar';
import { Suggestions } from './Suggestions';
import { useDebouncedValue } from './useDebouncedValue';
import { usePeopleDirectory } from './usePeopleDirectory';

export const SEARCH_DEBOUNCE_MS = 250;

function PersonCard({ person }: { person: Profile }) {
  const meta = [person.department, person.site].filter(Boolean).join(' · ');
  return (
    <li className="person">
      <Avatar person={person} size={64} />
      <div>
        <h2 className="person__name">
          <Link to={`/people/${person.id}`}>{person.displayName}</Link>
        </h2>
        {person.jobTitle && <p className="person__title">{person.jobTitle}</p>}
        {meta && <p className="person__meta">{meta}</p>}
      </div>
    </li>
  );
}

export function PeoplePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('people.title'));
  const searchId = useId();
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const [department, setDepartment] = useState('');
  const [site, setSite] = useState('');
  const facets = useLoad('directory-facets', getDirectoryFacets);
  const directory = usePeopleDirectory(search, department, site);

  let status = '';
  if (directory.status === 'loading') {
    status = t('people.loading');
  } else if (directory.status === 'ready') {
    status = directory.items.length === 0 ? t('people.empty') : t('people.shown', { count: directory.items.length });
  }

  return (
    <>
      <h1>{t('people.title')}</h1>
      <p className="lead">{t('people.intro')}</p>
      <Suggestions />
      <form className="search" role="search" onSubmit={(event: FormEvent) => event.preventDefault()}>
        <label className="search__label" htmlFor={searchId}>
          {t('people.searchLabel')}
        </label>
        <input
          id={searchId}
          className="search__input"
          type="search"
          autoComplete="off"
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
        />
        <div className="search__filters">
          <label className="search__label" htmlFor={`${searchId}-department`}>
            {t('people.department')}
          </label>
          <select id={`${searchId}-department`} className="search__input" value={department} onChange={(event) => setDepartment(event.target.value)}>
            <option value="">{t('people.allDepartments')}</option>
            {facets.value?.departments.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
          <label className="search__label" htmlFor={`${searchId}-site`}>
            {t('people.site')}
          </label>
          <select id={`${searchId}-site`} className="search__input" value={site} onChange={(event) => setSite(event.target.value)}>
            <option value="">{t('people.allSites')}</option>
            {facets.value?.sites.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </div>
      </form>
      {facets.status === 'failed' && <LoadFailed error={facets.error} onRetry={facets.reload} compact />}
      <p className="directory__status" role="status">
        {status}
      </p>
      {directory.status === 'failed' && <LoadFailed error={directory.error} onRetry={directory.reload} />}
      {directory.items.length > 0 && (
        <ul className="people-list" aria-label={t('people.listLabel')}>
          {directory.items.map((person) => (
            <PersonCard key={person.id} person={person} />
          ))}
        </ul>
      )}
      <MoreButton list={directory} label={t('people.loadMore')} loadingLabel={t('people.loadingMore')} className="button" />
    </>
  );
}
