import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { listFollows } from '../api/profiles';
import { LoadFailed } from '../components/LoadFailed';
import { MoreButton } from '../components/MoreButton';
import { useCursorList } from '../components/useCursorList';
import { PersonLine } from './PersonLine';
import { PersonPageTop, usePersonTitle } from './PersonPageTop';

/** Who follows a person, or whom they follow, newest first, a page at a time. */
export function FollowListPage({ kind }: { kind: 'followers' | 'following' }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const person = usePersonTitle(id, (name) => t(`follows.${kind}`, { name }), t(`follows.unnamed.${kind}`));
  const list = useCursorList(`${id}/${kind}`, (cursor, signal) => listFollows(id, kind, cursor, signal));

  let status = '';
  if (list.status === 'loading') {
    status = t('follows.loading');
  } else if (list.status === 'ready') {
    status = list.items.length === 0 ? t(`follows.empty.${kind}`) : t('people.shown', { count: list.items.length });
  }

  return (
    <PersonPageTop id={id} person={person}>
      <p role="status" className="directory__status">
        {status}
      </p>
      {list.status === 'failed' && <LoadFailed error={list.error} onRetry={list.reload} />}
      {list.items.length > 0 && (
        <ul className="colleagues" aria-label={person.title}>
          {list.items.map((person) => (
            <PersonLine key={person.id} person={person} />
          ))}
        </ul>
      )}
      <MoreButton list={list} label={t('people.loadMore')} loadingLabel={t('people.loadingMore')} className="button" />
    </PersonPageTop>
  );
}
