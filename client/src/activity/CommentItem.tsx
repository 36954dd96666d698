import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { chooseBestAnswer, deleteComment, editComment, listReplies, type Change, type Comment, type Post } from '../api/activity';
import { useAuth } from '../auth/authContext';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { Avatar } from '../pages/Avatar';
import { CommentForm, type SendComment } from './CommentForm';
import { conversationPath } from './conversationPath';
import { relativeTime } from './formatting';
import { ReportButton } from '../moderation/ReportButton';
import { DeleteConfirmation } from './DeleteConfirmation';
import { EditForm } from './EditForm';
import { PostBody } from './PostBody';
import { ReactionBar } from './ReactionBar';
import { ErrorText } from '../components/form/ErrorText';

interface CommentItemProps {
  post: Post;
  comment: Comment;
  onChange: (change: Change<Comment>) => void;
  onReply: SendComment;
  onBestAnswer: (commentId: string) => void;
  /** The reader moderates the post's space, and may choose a best answer as its author may. */
  moderated: boolean;
}

/** One comment, or one reply when it has a parent: replies go one level deep only. */
export function CommentItem({ post, comment, onChange, onReply, onBestAnswer, moderated }: CommentItemProps) {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [moreReplies, setMoreReplies] = useState<string | null | undefined>(undefined);
  const mine = me?.id === comment.author.id;
  const isBest = post.bestAnswerId === comment.id;
  const topLevel = comment.parentId === null;

  function attempt(action: () => Promise<void>) {
    action().then(() => setError(null), (failure: unknown) => setError(apiErrorMessage(failure, t)));
  }

  function save(body: string) {
    attempt(async () => {
      const edited = await editComment(comment.id, body);
      onChange(() => edited);
      setEditing(false);
    });
  }

  function loadReplies() {
    // The first replies came with the comment; the rest are read from the start, oldest first.
    attempt(async () => {
      const page = await listReplies(comment.id, moreReplies ?? null);
      const known = moreReplies === undefined ? [] : comment.replies;
      const byId = new Map([...known, ...page.items].map((reply) => [reply.id, reply]));
      onChange((current) => ({ ...current, replies: [...byId.values()] }));
      setMoreReplies(page.nextCursor);
    });
  }


  return (
    <li className={isBest ? 'comment comment--best' : 'comment'} aria-label={t('conversation.commentBy', { name: comment.author.displayName })}>
      <div className="comment__header">
        <Avatar person={comment.author} size={64} />
        <Link to={`/people/${comment.author.id}`}>{comment.author.displayName}</Link>
        {/* Its address opens the conversation with this comment above it, to share or come back to. */}
        <Link to={conversationPath(post.id, comment.id)} className="person__meta comment__time">
          <time dateTime={comment.createdAt}>{relativeTime(comment.createdAt, i18n.language)}</time>
        </Link>
        {comment.editedAt && <span className="person__meta">· {t('post.edited')}</span>}
        {isBest && <span className="comment__best">{t('conversation.bestAnswer')}</span>}
      </div>
      {comment.hiddenReason && (
        <p className="notice" role="note">
          {t('conversation.hiddenForAuthor', { reason: comment.hiddenReason })}
        </p>
      )}
      {comment.deleted ? (
        <p className="comment__deleted">{t('conversation.deleted')}</p>
      ) : comment.hidden && !comment.hiddenReason ? (
        <p className="comment__deleted">{t('conversation.hidden')}</p>
      ) : editing ? (
        <EditForm
          id={`edit-comment-${comment.id}`}
          label={t('conversation.editLabel')}
          initial={comment.bodyMarkdown}
          rows={2}
          onSave={save}
          onCancel={() => setEditing(false)}
          spaceId={post.space?.id}
        />
      ) : (
        <PostBody html={comment.bodyHtml} className="comment__body" />
      )}
      {!comment.deleted && (
        <div className="comment__actions">
          <ReactionBar target="comments" id={comment.id} value={comment} onChange={(change) => onChange((current) => ({ ...current, ...change(current) }))} />
          {topLevel && !post.deleted && (
            <button type="button" className="link-button" aria-expanded={replying} onClick={() => setReplying((open) => !open)}>
              {t('conversation.reply')}
            </button>
          )}
          {mine && !editing && (
            <>
              <button type="button" className="link-button" onClick={() => setEditing(true)}>
                {t('post.edit')}
              </button>
              <button type="button" className="link-button" onClick={() => setConfirmingDelete(true)}>
                {t('post.delete')}
              </button>
            </>
          )}
          {!mine && <ReportButton kind="comment" id={comment.id} />}
          {post.kind === 'question' && topLevel && (me?.id === post.author.id || moderated) && !isBest && (
            <button type="button" className="link-button" onClick={() => attempt(async () => {
              await chooseBestAnswer(post.id, comment.id);
              onBestAnswer(comment.id);
            })}>
              {t('conversation.markBest')}
            </button>
          )}
        </div>
      )}
      {confirmingDelete && !comment.deleted && (
        <DeleteConfirmation
          prompt={t('conversation.confirmDelete')}
          onConfirm={() => attempt(async () => {
            await deleteComment(comment.id);
            setConfirmingDelete(false);
            onChange((current) => ({ ...current, deleted: true, bodyHtml: '', bodyMarkdown: '' }));
          })}
          onCancel={() => setConfirmingDelete(false)}
        />
      )}
      <ErrorText message={error} />
      {topLevel && comment.replies.length > 0 && (
        <ol className="comment-list comment-list--replies">
          {comment.replies.map((reply) => (
            <CommentItem
              key={reply.id}
              post={post}
              comment={reply}
              onChange={(change) => onChange((current) => ({ ...current, replies: current.replies.map((r) => (r.id === reply.id ? change(r) : r)) }))}
              onReply={onReply}
              onBestAnswer={onBestAnswer}
              moderated={moderated}
            />
          ))}
        </ol>
      )}
      {topLevel && (moreReplies === undefined ? comment.replyCount > comment.replies.length : moreReplies !== null) && (
        <button type="button" className="link-button" onClick={loadReplies}>
          {t('conversation.moreReplies', { count: comment.replyCount - comment.replies.length })}
        </button>
      )}
      {replying && (
        <CommentForm
          id={`reply-${comment.id}`}
          parentId={comment.id}
          label={t('conversation.replyTo', { name: comment.author.displayName })}
          spaceId={post.space?.id}
          focusWhenShown
          onSend={async (body, parentId) => {
            await onReply(body, parentId);
            setReplying(false);
          }}
        />
      )}
    </li>
  );
}
