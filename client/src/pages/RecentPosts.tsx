import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getJson } from '../api/http';
import { LoadFailed } from '../components/LoadFailed';
import { useLoad } from '../components/useLoad';

interface PostSummary {
  id: string;
  bodyHtml: string;
  createdAt: string;
  commentCount: number;
  reactions: Record<string, number>;
}

/** A person's latest posts on their profile, each leading to its conversation, and the way to all of them. */
export function RecentPosts({ personId, name }: { personId: string; name: string }) {
  const { t, i18n } = useTranslation();
  const posts = useLoad(personId, (signal) =>
    getJson<{ items: PostSummary[] }>(`/api/v1/activity/feeds/people/${encodeURIComponent(personId)}`, { limit: 5 }, signal).then((page) => page.items),
  );

  if (posts.status === 'loading') {
    return null;
  }

  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="recent-posts">
      <h2 id="recent-posts">{t('profile.recentPosts')}</h2>
      {posts.status === 'failed' && <LoadFailed error={posts.error} onRetry={posts.reload} />}
      {posts.status === 'ready' &&
        (posts.value.length === 0 ? (
          <p>{t('profile.noPosts')}</p>
        ) : (
          <ul className="recent-posts">
            {posts.value.map((post) => (
              <li key={post.id} className="recent-post">
                <Link to={`/posts/${post.id}`} className="post__time">
                  <time dateTime={post.createdAt}>{date.format(new Date(post.createdAt))}</time>
                </Link>
                {/* bodyHtml was rendered from Markdown and sanitized by the server's allowlist. */}
                <div className="recent-post__body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
                <p className="person__meta">
                  {t('profile.reactionCount', { count: Object.values(post.reactions).reduce((sum, n) => sum + n, 0) })} ·{' '}
                  {t('profile.commentCount', { count: post.commentCount })}
                </p>
              </li>
            ))}
          </ul>
        ))}
      {posts.status === 'ready' && posts.value.length > 0 && (
        <p>
          <Link to={`/people/${personId}/posts`}>{t('profile.allPosts', { name })}</Link>
        </p>
      )}
    </section>
  );
}
