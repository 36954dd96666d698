import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getComment } from '../api/activity';
import { namesNothing } from '../api/http';
import { LoadFailed } from '../components/LoadFailed';
import { useLoad } from '../components/useLoad';
import { Avatar } from '../pages/Avatar';
import { PostBody } from './PostBody';

/**
 * A question's chosen answer right under it: whoever comes for the answer reads it first, wherever it
 * sits in the conversation, whose pages load oldest first.
 */
export function BestAnswer({ commentId }: { commentId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const loaded = useLoad(['best-answer', commentId], (signal) => getComment(commentId, signal));

  if (loaded.status === 'failed') {
    return namesNothing(loaded.error) ? null : <LoadFailed compact error={loaded.error} onRetry={loaded.reload} message={t('conversation.bestAnswerFailed')} />;
  }
  const answer = loaded.value;
  // Deleted, or hidden by a moderator, it is only a mark in its place in the conversation.
  if (!answer || answer.deleted || answer.hidden) {
    return null;
  }
  return (
    <section className="best-answer" aria-labelledby={titleId}>
      <h2 id={titleId} className="best-answer__title">
        {t('conversation.bestAnswer')}
      </h2>
      <p className="comment__header">
        <Avatar person={answer.author} size={64} />
        <Link to={`/people/${answer.author.id}`}>{answer.author.displayName}</Link>
      </p>
      <PostBody html={answer.bodyHtml} className="comment__body" />
    </section>
  );
}
