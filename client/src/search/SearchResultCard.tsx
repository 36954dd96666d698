import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SearchResult } from '../api/search';
import { conversationPath } from '../activity/conversationPath';
import { relativeTime } from '../activity/formatting';
import { Avatar } from '../pages/Avatar';
import { MatchedExcerpt } from './MatchedExcerpt';

/**
 * A post found by a search: who wrote it, where and when, and the words that matched, leading to its
 * conversation, and to the comment that matched above it.
 */
export function SearchResultCard({ result }: { result: SearchResult }) {
  const { t, i18n } = useTranslation();
  const { post, match } = result;
  return (
    <article className="post search-result" aria-labelledby={`result-${post.id}`}>
      <header className="post__header">
        <Avatar person={post.author} size={64} />
        <div>
          <h3 className="post__author" id={`result-${post.id}`}>
            <Link to={`/people/${post.author.id}`}>{post.author.displayName}</Link>
            {post.kind !== 'post' && <span className={`post__kind post__kind--${post.kind}`}>{t(`post.kind.${post.kind}`)}</span>}
          </h3>
          <p className="person__meta">
            {post.space && (
              <>
                {t('post.inSpace')} <Link to={`/spaces/${post.space.id}`}>{post.space.name}</Link>
                {' · '}
              </>
            )}
            <time dateTime={post.createdAt}>{relativeTime(post.createdAt, i18n.language)}</time>
          </p>
        </div>
      </header>
      {post.hiddenReason && (
        <p className="notice" role="note">
          {t('post.hiddenForAuthor', { reason: post.hiddenReason })}
        </p>
      )}
      {match.in === 'comment' && <p className="search-result__where">{t('search.inComment')}</p>}
      <MatchedExcerpt match={match} />
      <p className="search-result__open">
        <Link to={conversationPath(post.id, match.commentId)}>{t(match.in === 'comment' ? 'search.openConversation' : 'search.openPost')}</Link>
      </p>
    </article>
  );
}
