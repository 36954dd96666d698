import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { getDirectoryFacets, type DirectoryPerson } from '../api/profiles';
import { LoadFailed } from '../components/LoadFailed';
import { MoreButton } from '../components/MoreButton';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { Avatar } from './Avatar';
import { Suggestions } from './Suggestions';
import { useDebouncedValue } from './useDebouncedValue';
import { useMatchedExpertise } from './useMatchedExpertise';
import { usePeopleDirectory } from './usePeopleDirectory';

export const SEARCH_DEBOUNCE_MS = 250;

function PersonCard({ person }: { person: DirectoryPerson }) {
  const meta = [person.department, person.site].filter(Boolean).join(' · ');
  const expertise = useMatchedExpertise(person.matchedExpertise);
  return (
    <li className="person">
      <Avatar person={person} size={64} />
      <div>
        <h2 className="person__name">
          <Link to={`/people/${person.id}`}>{person.displayName}</Link>
        </h2>
        {person.jobTitle && <p className="person__title">{person.jobTitle}</p>}
        {meta && <p className="person__meta">{meta}</p>}
        {expertise && <p className="person__expertise">{expertise}</p>}
      </div>
    </li>
  );
}

/** The address's parameters with one of them set, or left out when empty. */
function withParam(params: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) {
    next.set(name, value);
  } else {
    next.delete(name);
  }
  return next;
}

export function PeoplePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('people.title'));
  const searchId = useId();
  // The search and the filters live in the address, so that a skill's link opens the directory on it and
  // coming back from a profile finds the list as it was left.
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const department = params.get('department') ?? '';
  const site = params.get('site') ?? '';
  const [searchText, setSearchText] = useState(search);
  const typed = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  // The search last agreed between the field and the address: each side follows the other only when it moved.
  const agreed = useRef(search);
  const setParam = (name: string, value: string) => setParams((current) => withParam(current, name, value), { replace: true });
  useEffect(() => {
    if (typed !== agreed.current) {
      agreed.current = typed;
      setParams((current) => withParam(current, 'q', typed), { replace: true });
    }
  }, [typed, setParams]);
  useEffect(() => {
    if (search !== agreed.current) {
      agreed.current = search;
      setSearchText(search);
    }
  }, [search]);
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
          <select id={`${searchId}-department`} className="search__input" value={department} onChange={(event) => setParam('department', event.target.value)}>
            <option value="">{t('people.allDepartments')}</option>
            {facets.value?.departments.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
          <label className="search__label" htmlFor={`${searchId}-site`}>
            {t('people.site')}
          </label>
          <select id={`${searchId}-site`} className="search__input" value={site} onChange={(event) => setParam('site', event.target.value)}>
            <option value="">{t('people.allSites')}</option>
            {facets.value?.sites.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </div>
      </form>
      {facets.status === 'failed' && <LoadFailed error={facets.error} onRetry={facets.reload} compact />}
      {/* Suggestions are for browsing; whoever searches or filters is looking for someone in particular. */}
      {!search && !department && !site && <Suggestions />}
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
