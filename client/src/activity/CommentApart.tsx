import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getComment, type Comment } from '../api/activity';
import { namesNothing } from '../api/http';
import { LoadFailed } from '../components/LoadFailed';
import { useLoad } from '../components/useLoad';
import { Avatar } from '../pages/Avatar';
import { PostBody } from './PostBody';

function Written({ comment }: { comment: Comment }) {
  return (
    <>
      <p className="comment__header">
        <Avatar person={comment.author} size={64} />
        <Link to={`/people/${comment.author.id}`}>{comment.author.displayName}</Link>
      </p>
      <PostBody html={comment.bodyHtml} className="comment__body" />
    </>
  );
}

/**
 * One comment above the conversation, with its first replies: a question's best answer, or the
 * comment a notification is about. Whoever comes for it reads it first, wherever it sits in the
 * conversation, whose pages load oldest first. A deleted or hidden one is only a mark in its place.
 */
export function CommentApart({ commentId, kind }: { commentId: string; kind: 'best' | 'linked' }) {
  const { t } = useTranslation();
  const titleId = useId();
  const loaded = useLoad(['comment-apart', commentId], (signal) => getComment(commentId, signal));

  if (loaded.status === 'failed') {
    return namesNothing(loaded.error) ? null : <LoadFailed compact error={loaded.error} onRetry={loaded.reload} message={t('conversation.commentApartFailed')} />;
  }
  const comment = loaded.value;
  if (!comment || comment.deleted || comment.hidden) {
    return null;
  }
  const replies = comment.replies.filter((reply) => !reply.deleted && !reply.hidden);
  return (
    <section className={`comment-apart comment-apart--${kind}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="comment-apart__title">
        {t(kind === 'best' ? 'conversation.bestAnswer' : 'conversation.linkedComment')}
      </h2>
      <Written comment={comment} />
      {replies.length > 0 && (
        <ul className="comment-apart__replies" aria-label={t('conversation.replies')}>
          {replies.map((reply) => (
            <li key={reply.id}>
              <Written comment={reply} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
