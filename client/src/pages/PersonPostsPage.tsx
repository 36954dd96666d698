import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Feed } from '../activity/Feed';
import { namesNothing } from '../api/http';
import { getProfile } from '../api/profiles';
import { LoadFailed } from '../components/LoadFailed';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { PersonNotLoaded } from './PersonNotLoaded';

/** Everything a person posted that the reader may see, newest first, as the other streams show posts. */
export function PersonPostsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const name = useLoad(id, (signal) => getProfile(id, signal).then((profile) => profile.displayName));
  // Until the name is known, and if it cannot be, the heading still reads as a sentence.
  const title = name.status === 'ready' ? t('profile.postsBy', { name: name.value }) : t('profile.postsByUnnamed');
  useDocumentTitle(title);

  // Nobody by that address: said once, without a stream that would fail the same way.
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
      <Feed key={id} feed={`people/${encodeURIComponent(id)}`} liveKey={`activity:people:${id}`} label={title} empty={t('profile.noPosts')} />
    </>
  );
}
