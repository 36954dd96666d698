import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getProfile, listFollows } from '../api/profiles';
import { useCursorList } from '../components/useCursorList';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { PersonLine } from './PersonLine';

/** Who follows a person, or whom they follow, newest first, a page at a time. */
export function FollowListPage({ kind }: { kind: 'followers' | 'following' }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [name, setName] = useState('');
  const list = useCursorList(`${id}/${kind}`, (cursor, signal) => listFollows(id, kind, cursor, signal));
  const title = t(`follows.${kind}`, { name });
  useDocumentTitle(title);

  useEffect(() => {
    const controller = new AbortController();
    getProfile(id, controller.signal).then((profile) => setName(profile.displayName), () => undefined);
    return () => controller.abort();
  }, [id]);

  let status = '';
  if (list.status === 'loading') {
    status = t('follows.loading');
  } else if (list.status === 'ready') {
    status = list.items.length === 0 ? t(`follows.empty.${kind}`) : t('people.shown', { count: list.items.length });
  }

  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link to={`/people/${id}`}>{t('follows.backToProfile')}</Link>
      </p>
      <p role="status" className="directory__status">
        {status}
      </p>
      {list.error !== null && <p role="alert" className="alert">{t('errors.generic')}</p>}
      {list.items.length > 0 && (
        <ul className="colleagues" aria-label={title}>
          {list.items.map((person) => (
            <PersonLine key={person.id} person={person} />
          ))}
        </ul>
      )}
      {list.nextCursor !== null && (
        <button type="button" className="button" onClick={list.loadMore} disabled={list.loadingMore}>
          {list.loadingMore ? t('people.loadingMore') : t('people.loadMore')}
        </button>
      )}
    </>
  );
}
