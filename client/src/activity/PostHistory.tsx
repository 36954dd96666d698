import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postHistory, type Revision } from '../api/activity';
import { PostBody } from './PostBody';

/** The earlier versions of an edited post, newest first: an edit is visible, never silent. */
export function PostHistory({ postId }: { postId: string }) {
  const { t, i18n } = useTranslation();
  const [revisions, setRevisions] = useState<Revision[] | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    postHistory(postId, controller.signal).then(setRevisions, () => setRevisions([]));
    return () => controller.abort();
  }, [postId]);

  if (revisions === null) {
    return <p role="status">{t('post.loading')}</p>;
  }
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="post-history" aria-label={t('post.history')}>
      <ol>
        {revisions.map((revision) => (
          <li key={revision.replacedAt}>
            <p className="person__meta">{t('post.versionOf', { date: date.format(new Date(revision.writtenAt)) })}</p>
            <PostBody html={revision.bodyHtml} className="post__body post__body--old" />
          </li>
        ))}
      </ol>
    </section>
  );
}
