import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { namesNothing } from '../api/http';
import { getProfile } from '../api/profiles';
import { LoadFailed } from '../components/LoadFailed';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { PersonNotLoaded } from './PersonNotLoaded';

/**
 * The name of the person a page lists something of (followers, posts) and the page's title made
 * from it: until the name is known, and if it cannot be, the title still reads as a sentence.
 */
export function usePersonTitle(id: string, titled: (name: string) => string, unnamed: string) {
  const name = useLoad(id, (signal) => getProfile(id, signal).then((profile) => profile.displayName));
  const title = name.status === 'ready' ? titled(name.value) : unnamed;
  useDocumentTitle(title);
  return { name, title };
}

/**
 * Such a page's heading, a name that failed to load, and the way back to the profile, above what the
 * page lists. Nobody by that address is said once, instead of the list failing the same way.
 */
export function PersonPageTop({ id, person, children }: { id: string; person: ReturnType<typeof usePersonTitle>; children: ReactNode }) {
  const { t } = useTranslation();
  const { name, title } = person;
  if (name.status === 'failed' && namesNothing(name.error)) {
    return <PersonNotLoaded title={title} error={name.error} onRetry={name.reload} />;
  }
  return (
    <>
      <h1>{title}</h1>
      {name.status === 'failed' && <LoadFailed error={name.error} onRetry={name.reload} message={t('follows.nameFailed')} compact />}
      <p>
        <Link to={`/people/${id}`}>{t('follows.backToProfile')}</Link>
      </p>
      {children}
    </>
  );
}
