import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Feed } from '../activity/Feed';
import { PersonPageTop, usePersonTitle } from './PersonPageTop';

/** Everything a person posted that the reader may see, newest first, as the other streams show posts. */
export function PersonPostsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const person = usePersonTitle(id, (name) => t('profile.postsBy', { name }), t('profile.postsByUnnamed'));

  return (
    <PersonPageTop id={id} person={person}>
      <Feed key={id} feed={`people/${encodeURIComponent(id)}`} liveKey={`activity:people:${id}`} label={person.title} empty={t('profile.noPosts')} />
    </PersonPageTop>
  );
}
