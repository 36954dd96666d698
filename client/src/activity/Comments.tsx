import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listComments, writeComment, type Change, type Comment, type Post } from '../api/activity';
import { LoadFailed } from '../components/LoadFailed';
import { MoreButton } from '../components/MoreButton';
import { useCursorList } from '../components/useCursorList';
import { CommentForm, type SendComment } from './CommentForm';
import { CommentItem } from './CommentItem';

/** The comments under a post, oldest first, each with its replies; new ones from others are announced. */
export function Comments({ post, onChange, moderated = false }: { post: Post; onChange: (change: Change<Post>) => void; moderated?: boolean }) {
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const list = useCursorList<Comment>(`${post.id}#${generation}`, (cursor, signal) => listComments(post.id, cursor, signal));
  // How many comments the reader has: those there when the list loads, and their own as they send them.
  const [known, setKnown] = useState(post.commentCount);

  useEffect(() => {
    if (list.status === 'loading') {
      setKnown(post.commentCount);
    }
  }, [list.status, post.commentCount]);

  // Counted before sending: the hub may announce the new count before the answer arrives, and a
  // comment of my own must not show up as news.
  const send: SendComment = async (body, parentId) => {
    const knownWithMine = known + 1;
    setKnown((count) => count + 1);
    let comment: Comment;
    try {
      comment = await writeComment(post.id, body, parentId);
    } catch (failure) {
      setKnown((count) => count - 1);
      throw failure;
    }
    onChange((current) => ({ ...current, commentCount: Math.max(current.commentCount, knownWithMine) }));
    if (comment.parentId) {
      list.update((c) => (c.id === comment.parentId ? { ...c, replies: [...c.replies, comment], replyCount: c.replyCount + 1 } : c));
    } else if (!list.nextCursor) {
      // With more pages still to load, the comment arrives with the last of them instead.
      list.append(comment);
    }
  };

  return (
    <section className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{t('post.comments', { count: post.commentCount })}</h2>
      {post.commentCount > known && (
        <p role="status">
          <button type="button" className="button button--secondary" onClick={() => setGeneration((g) => g + 1)}>
            {t('conversation.newComments')}
          </button>
        </p>
      )}
      {list.status === 'loading' && <p role="status">{t('conversation.loading')}</p>}
      {list.status === 'failed' && <LoadFailed error={list.error} onRetry={list.reload} />}
      <ol className="comment-list">
        {list.items.map((comment) => (
          <CommentItem
            key={comment.id}
            post={post}
            comment={comment}
            onChange={(change) => list.update((c) => (c.id === comment.id ? change(c) : c))}
            onReply={send}
            onBestAnswer={(id) => onChange((current) => ({ ...current, bestAnswerId: id }))}
            moderated={moderated}
          />
        ))}
      </ol>
      <MoreButton list={list} label={t('conversation.more')} />
      {!post.deleted && <CommentForm id={`comment-${post.id}`} parentId={null} label={t('conversation.write')} onSend={send} spaceId={post.space?.id} />}
    </section>
  );
}
