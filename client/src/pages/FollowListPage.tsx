import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getProfile, listFollows } from '../api/profiles';
import { LoadFailed } from '../components/LoadFailed';
import { MoreButton } from '../components/MoreButton';
import { useCursorList } from '../components/useCursorList';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { PersonLine } from './PersonLine';

/** Who follows a person, or whom they follow, newest first, a page at a time. */
export function FollowListPage({ kind }: { kind: 'followers' | 'following' }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const name = useLoad(id, (signal) => getProfile(id, signal).then((profile) => profile.displayName));
  const list = useCursorList(`${id}/${kind}`, (cursor, signal) => listFollows(id, kind, cursor, signal));
  // Until the name is known, and if it cannot be, the heading still reads as a sentence.
  const title = name.status === 'ready' ? t(`follows.${kind}`, { name: name.value }) : t(`follows.unnamed.${kind}`);
  useDocumentTitle(title);

  let status = '';
  if (list.status === 'loading') {
    status = t('follows.loading');
  } else if (list.status === 'ready') {
    status = list.items.length === 0 ? t(`follows.empty.${kind}`) : t('people.shown', { count: list.items.length });
  }

  return (
    <>
      <h1>{title}</h1>
      {name.status === 'failed' && <LoadFailed error={name.error} onRetry={name.reload} message={t('follows.nameFailed')} compact />}
      <p>
        <Link to={`/people/${id}`}>{t('follows.backToProfile')}</Link>
      </p>
      <p role="status" className="directory__status">
        {status}
      </p>
      {list.status === 'failed' && <LoadFailed error={list.error} onRetry={list.reload} />}
      {list.items.length > 0 && (
        <ul className="colleagues" aria-label={title}>
          {list.items.map((person) => (
            <PersonLine key={person.id} person={person} />
          ))}
        </ul>
      )}
      <MoreButton list={list} label={t('people.loadMore')} loadingLabel={t('people.loadingMore')} className="button" />
    </>
  );
}
