import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readFeed, type FeedName, type Post } from '../api/activity';
import { useAuth } from '../auth/authContext';
import { LoadFailed } from '../components/LoadFailed';
import { MoreButton } from '../components/MoreButton';
import { useCursorList } from '../components/useCursorList';
import { useLive } from '../live/liveContext';
import { Composer } from './Composer';
import { PostCard } from './PostCard';

interface FeedProps {
  feed: FeedName;
  /** The hub key announcing new posts in this feed; none for feeds without live hints (saved items). */
  liveKey?: string;
  label: string;
  withComposer?: boolean;
  /** The space the composer writes in, when the feed is a space's. */
  space?: { id: string; managed: boolean; moderated: boolean };
  empty: string;
}

/** A stream of posts, newest first: pages load as the reader scrolls, new posts are announced live. */
export function Feed({ feed, liveKey, label, withComposer = false, space, empty }: FeedProps) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const [generation, setGeneration] = useState(0);
  const [arrived, setArrived] = useState<Set<string>>(new Set());
  const [missedWhileAway, setMissedWhileAway] = useState(false);
  const list = useCursorList<Post>(`${feed}#${generation}`, (cursor, signal) => readFeed(feed, cursor, signal));
  const { items, loadMore, update, prepend } = list;
  // A share goes on top of the feed it is read in: the home feed holds all of one's own, a space's its own, the company's the rest.
  const belongsHere = (share: Post) => (space ? share.space?.id === space.id : feed === 'home' || !share.space);
  // After a failed page the reader asks again with the button: scrolling does not retry it over and over.
  const loadOnScroll = list.moreError === null ? loadMore : null;
  const sentinel = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  useLive(
    liveKey ?? null,
    {
      'feed.posted': (hint: { postId: string; authorId: string }) => {
        if (hint.authorId !== me?.id && !items.some((post) => post.id === hint.postId)) {
          setArrived((current) => new Set(current).add(hint.postId));
        }
      },
    },
    () => setMissedWhileAway(true),
  );

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !loadOnScroll || typeof IntersectionObserver === 'undefined') {
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        loadOnScroll();
      }
    }, { rootMargin: '600px' });
    observer.observe(target);
    return () => observer.disconnect();
  }, [loadOnScroll]);

  const showNew = useCallback(() => {
    setArrived(new Set());
    setMissedWhileAway(false);
    setGeneration((value) => value + 1);
    listRef.current?.focus();
  }, []);


  return (
    <>
      {withComposer && <Composer onPublished={prepend} space={space} />}
      {(arrived.size > 0 || missedWhileAway) && (
        <div className="feed__banner" role="status">
          <button type="button" className="button" onClick={showNew}>
            {arrived.size > 0 ? t('feed.newPosts', { count: arrived.size }) : t('feed.mayHaveNewPosts')}
          </button>
        </div>
      )}
      {list.status === 'loading' && <p role="status">{t('feed.loading')}</p>}
      {list.status === 'failed' && <LoadFailed error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && items.length === 0 && <p>{empty}</p>}
      {/* A feed holds articles only, so an empty stream shows its message instead of an empty feed. */}
      {items.length > 0 && (
        <div ref={listRef} className="feed" role="feed" aria-label={label} aria-busy={list.loadingMore} tabIndex={-1}>
          {items.map((post) => (
            <PostCard
              key={post.id}
              post={post}
              onChange={(change) => update((item) => (item.id === post.id ? change(item) : item))}
              onShared={
                withComposer
                  ? (share) => {
                      if (belongsHere(share)) {
                        prepend(share);
                      }
                    }
                  : undefined
              }
              pinnable={space?.moderated}
              inItsSpace={space !== undefined}
            />
          ))}
        </div>
      )}
      <div ref={sentinel} />
      <MoreButton list={list} label={t('feed.more')} loadingLabel={t('feed.loadingMore')} className="button button--secondary feed__more" />
    </>
  );
}
