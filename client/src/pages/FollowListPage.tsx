import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getProfile, listFollows, type Profile } from '../api/profiles';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { Avatar } from './Avatar';

/** Who follows a person, or whom they follow, newest first, a page at a time. */
export function FollowListPage({ kind }: { kind: 'followers' | 'following' }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [name, setName] = useState('');
  const [items, setItems] = useState<Profile[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const title = t(`follows.${kind}`, { name });
  useDocumentTitle(title);

  const load = useCallback(
    async (from: string | null, signal?: AbortSignal) => {
      try {
        const page = await listFollows(id, kind, from, signal);
        setItems((shown) => (from === null ? page.items : [...shown, ...page.items]));
        setCursor(page.nextCursor);
        setState('ready');
      } catch {
        if (!signal?.aborted) setState('failed');
      }
    },
    [id, kind],
  );

  useEffect(() => {
    const controller = new AbortController();
    setState('loading');
    void getProfile(id, controller.signal).then((profile) => setName(profile.displayName), () => undefined);
    void load(null, controller.signal);
    return () => controller.abort();
  }, [id, load]);

  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link to={`/people/${id}`}>{t('follows.backToProfile')}</Link>
      </p>
      <p role="status" className="directory__status">
        {state === 'loading' ? t('follows.loading') : state === 'ready' ? (items.length === 0 ? t(`follows.empty.${kind}`) : t('people.shown', { count: items.length })) : ''}
      </p>
      {state === 'failed' && <p role="alert" className="alert">{t('errors.generic')}</p>}
      {items.length > 0 && (
        <ul className="colleagues" aria-label={title}>
          {items.map((person) => (
            <li key={person.id} className="colleague">
              <Avatar person={person} size={64} />
              <span>
                <Link to={`/people/${person.id}`}>{person.displayName}</Link>
                {person.jobTitle && <span className="person__title"> — {person.jobTitle}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {cursor !== null && (
        <button type="button" className="button" onClick={() => void load(cursor)}>
          {t('people.loadMore')}
        </button>
      )}
    </>
  );
}
