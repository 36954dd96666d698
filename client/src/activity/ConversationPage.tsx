import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { getPost } from '../api/activity';
import { namesNothing } from '../api/http';
import { getSpace, moderates } from '../api/spaces';
import { useAuth } from '../auth/authContext';
import { LoadFailed } from '../components/LoadFailed';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { NotificationMuteButton } from '../notifications/NotificationMuteButton';
import { NotFoundPage } from '../pages/NotFoundPage';
import { CommentApart } from './CommentApart';
import { Comments } from './Comments';
import { PostCard } from './PostCard';

/** A post and its whole conversation. */
export function ConversationPage() {
  const { id = '' } = useParams();
  // Another post is another conversation: nothing of the last one (its role, its comments) carries over.
  return <Conversation key={id} id={id} />;
}

function Conversation({ id }: { id: string }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  // The comment a notification is about, shown above the conversation.
  const linked = useSearchParams()[0].get('comment');
  const loaded = useLoad(id, (signal) => getPost(id, signal));
  const spaceId = loaded.value?.space?.id;
  // In a space, its moderators may also choose a question's best answer.
  const myRole = useLoad([spaceId], async (signal) => (spaceId ? (await getSpace(spaceId, signal)).myRole : null));
  const moderated = moderates(myRole.value ?? null);
  useDocumentTitle(loaded.value ? t('conversation.title', { name: loaded.value.author.displayName }) : t('conversation.loading'));

  if (loaded.status === 'failed') {
    return namesNothing(loaded.error) ? <NotFoundPage /> : <LoadFailed error={loaded.error} onRetry={loaded.reload} />;
  }
  if (loaded.status === 'loading') {
    return <p role="status">{t('conversation.loading')}</p>;
  }

  const post = loaded.value;
  const bestAnswer = post.kind === 'question' && !post.deleted ? post.bestAnswerId : null;
  return (
    <>
      <h1 className="visually-hidden">{t('conversation.title', { name: post.author.displayName })}</h1>
      <PostCard post={post} onChange={loaded.update} />
      {bestAnswer && <CommentApart kind="best" commentId={bestAnswer} />}
      {linked && linked !== bestAnswer && <CommentApart kind="linked" commentId={linked} />}
      <NotificationMuteButton kind="conversation" id={post.id} />
      {/* The role only decides who may choose a question's best answer, which its author may anyway. */}
      {myRole.status === 'failed' && post.kind === 'question' && post.author.id !== me?.id && (
        <LoadFailed error={myRole.error} onRetry={myRole.reload} message={t('conversation.roleUnknown')} compact />
      )}
      <Comments post={post} onChange={loaded.update} moderated={moderated} />
    </>
  );
}
