import { useTranslation } from 'react-i18next';
import { postHistory } from '../api/activity';
import { LoadFailed } from '../components/LoadFailed';
import { useLoad } from '../components/useLoad';
import { PostBody } from './PostBody';

/** The earlier versions of an edited post, newest first: an edit is visible, never silent. */
export function PostHistory({ postId }: { postId: string }) {
  const { t, i18n } = useTranslation();
  const revisions = useLoad(postId, (signal) => postHistory(postId, signal));

  if (revisions.status === 'loading') {
    return <p role="status">{t('post.loading')}</p>;
  }
  if (revisions.status === 'failed') {
    return <LoadFailed error={revisions.error} onRetry={revisions.reload} />;
  }
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="post-history" aria-label={t('post.history')}>
      <ol>
        {revisions.value.map((revision) => (
          <li key={revision.replacedAt}>
            <p className="person__meta">{t('post.versionOf', { date: date.format(new Date(revision.writtenAt)) })}</p>
            <PostBody html={revision.bodyHtml} className="post__body post__body--old" />
          </li>
        ))}
      </ol>
    </section>
  );
}
