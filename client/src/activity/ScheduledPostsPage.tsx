import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { cancelScheduledPost, reschedulePost, scheduledPosts, type ScheduledPost } from '../api/scheduled';
import { ErrorText } from '../components/form/ErrorText';
import { TextField } from '../components/form/TextField';
import { LoadFailed } from '../components/LoadFailed';
import { useLoad } from '../components/useLoad';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { StreamTabs } from './StreamTabs';

/** The value a datetime-local input shows for an instant, in the browser's own time zone. */
function localInputValue(iso: string): string {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** My posts waiting for their time: move or cancel them, and see why one could not be published. */
export function ScheduledPostsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('streams.scheduled'));
  const posts = useLoad('scheduled-posts', scheduledPosts);

  function replace(changed: ScheduledPost) {
    posts.update((current) => current.map((p) => (p.id === changed.id ? changed : p)).sort((a, b) => a.publishAt.localeCompare(b.publishAt)));
  }

  return (
    <>
      <h1>{t('scheduled.heading')}</h1>
      <StreamTabs />
      <p className="lead">{t('scheduled.intro')}</p>
      {posts.status === 'loading' && <p role="status">{t('feed.loading')}</p>}
      {posts.status === 'failed' && <LoadFailed error={posts.error} onRetry={posts.reload} />}
      {posts.value?.length === 0 && <p>{t('scheduled.none')}</p>}
      <ul className="plain-list scheduled-list">
        {posts.value?.map((post) => (
          <ScheduledItem key={post.id} post={post} onChange={replace} onCancelled={() => posts.update((current) => current.filter((p) => p.id !== post.id))} />
        ))}
      </ul>
    </>
  );
}

interface ScheduledItemProps {
  post: ScheduledPost;
  onChange: (post: ScheduledPost) => void;
  onCancelled: () => void;
}

function ScheduledItem({ post, onChange, onCancelled }: ScheduledItemProps) {
  const { t, i18n } = useTranslation();
  const [publishAt, setPublishAt] = useState(() => localInputValue(post.publishAt));
  const [error, setError] = useState<string | null>(null);
  const excerpt = post.body.length > 160 ? `${post.body.slice(0, 160)}…` : post.body;
  const when = new Date(post.publishAt).toLocaleString(i18n.language, { dateStyle: 'full', timeStyle: 'short' });

  async function move(event: FormEvent) {
    event.preventDefault();
    if (!publishAt || new Date(publishAt).getTime() <= Date.now()) {
      setError(t('composer.scheduleInFuture'));
      return;
    }
    setError(null);
    try {
      onChange(await reschedulePost(post.id, new Date(publishAt).toISOString()));
    } catch {
      setError(t('scheduled.failedToMove'));
    }
  }

  return (
    <li className="panel scheduled-item">
      <p>
        <span className="tag">{t(`post.kind.${post.kind}`)}</span> <strong>{when}</strong>
        {post.spaceId && (
          <>
            {' '}
            <Link to={`/spaces/${post.spaceId}`}>{t('scheduled.inSpace')}</Link>
          </>
        )}
      </p>
      <p className="scheduled-item__body">{excerpt}</p>
      {post.failedReason && (
        <p className="field__error" role="alert">
          {t('scheduled.failed', { reason: post.failedReason })}
        </p>
      )}
      <form className="scheduled-item__move" onSubmit={move} noValidate>
        <TextField id={`publish-at-${post.id}`} type="datetime-local" label={t('composer.publishAt')} value={publishAt} onValueChange={setPublishAt} />
        <ErrorText message={error} />
        <div className="form__actions">
          <button type="submit" className="button button--secondary">
            {t('scheduled.move')}
          </button>
          <button type="button" className="link-button" onClick={() => void cancelScheduledPost(post.id).then(onCancelled, () => setError(t('scheduled.failedToCancel')))}>
            {t('scheduled.cancel')}
          </button>
        </div>
      </form>
    </li>
  );
}
