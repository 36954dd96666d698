import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { getPost, type Change, type Post } from '../api/activity';
import { ApiError } from '../api/http';
import { getSpace } from '../api/spaces';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { NotificationMuteButton } from '../notifications/NotificationMuteButton';
import { NotFoundPage } from '../pages/NotFoundPage';
import { Comments } from './Comments';
import { PostCard } from './PostCard';

/** A post and its whole conversation. */
export function ConversationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [post, setPost] = useState<Post | null | 'missing' | 'failed'>(null);
  const [moderated, setModerated] = useState(false);
  const spaceId = post && typeof post === 'object' ? post.space?.id : undefined;
  useDocumentTitle(post && typeof post === 'object' ? t('conversation.title', { name: post.author.displayName }) : t('conversation.loading'));

  useEffect(() => {
    const controller = new AbortController();
    setPost(null);
    getPost(id, controller.signal).then(setPost, (error: unknown) => {
      if (!controller.signal.aborted) {
        setPost(error instanceof ApiError && (error.status === 404 || error.status === 400) ? 'missing' : 'failed');
      }
    });
    return () => controller.abort();
  }, [id]);

  const change = (apply: Change<Post>) => setPost((current) => (current && typeof current === 'object' ? apply(current) : current));

  useEffect(() => {
    if (!spaceId) {
      setModerated(false);
      return;
    }
    // In a space, its moderators may also choose a question's best answer.
    const controller = new AbortController();
    getSpace(spaceId, controller.signal).then((space) => setModerated(['owner', 'manager', 'moderator'].includes(space.myRole ?? '')), () => setModerated(false));
    return () => controller.abort();
  }, [spaceId]);

  if (post === 'missing') {
    return <NotFoundPage />;
  }
  if (post === 'failed') {
    return <p role="alert">{t('errors.generic')}</p>;
  }
  if (post === null) {
    return <p role="status">{t('conversation.loading')}</p>;
  }

  return (
    <>
      <h1 className="visually-hidden">{t('conversation.title', { name: post.author.displayName })}</h1>
      <PostCard post={post} onChange={change} />
      <NotificationMuteButton kind="conversation" id={post.id} />
      <Comments post={post} onChange={change} moderated={moderated} />
    </>
  );
}
