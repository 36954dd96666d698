import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { setMuted, setSaved, type Change, type Post, type PostCounts } from '../api/activity';
import { useAuth } from '../auth/authContext';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';
import { useLive } from '../live/liveContext';
import { Avatar } from '../pages/Avatar';
import { AnnouncementBar } from './AnnouncementBar';
import { Attachments } from './Attachments';
import { relativeTime } from './formatting';
import { latestCounts } from './latestCounts';
import { PollResults } from './PollResults';
import { PostBody } from './PostBody';
import { PostHistory } from './PostHistory';
import { PostMenu } from './PostMenu';
import { ReactionBar } from './ReactionBar';
import { ShareForm } from './ShareForm';
import { SendPostForm } from '../messages/SendPostForm';
import type { Colleague } from '../components/ColleaguePicker';

export interface PostCardProps {
  post: Post;
  onChange: (change: Change<Post>) => void;
  /** Where a share of this post goes once published, such as the top of the feed showing it. */
  onShared?: (share: Post) => void;
  headingLevel?: 2 | 3;
  /** The reader moderates the post's space and may pin it there. */
  pinnable?: boolean;
  /** Read on its own space's page, which names the space already. */
  inItsSpace?: boolean;
}

function AuthorLine({ post, headingLevel, spaceNamed = true }: { post: Post; headingLevel: 2 | 3; spaceNamed?: boolean }) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <header className="post__header">
      <Avatar person={post.author} size={64} />
      <div>
        <Heading className="post__author">
          <Link to={`/people/${post.author.id}`}>{post.author.displayName}</Link>
          {post.kind !== 'post' && <span className={`post__kind post__kind--${post.kind}`}>{t(`post.kind.${post.kind}`)}</span>}
        </Heading>
        <p className="person__meta">
          {post.author.jobTitle && `${post.author.jobTitle} · `}
          {spaceNamed && post.space && (
            <>
              {t('post.inSpace')} <Link to={`/spaces/${post.space.id}`}>{post.space.name}</Link>
              {' · '}
            </>
          )}
          <Link to={`/posts/${post.id}`} className="post__time">
            <time dateTime={post.createdAt}>{relativeTime(post.createdAt, i18n.language)}</time>
          </Link>
        </p>
      </div>
    </header>
  );
}

/** A post in a feed or at the head of its conversation, with everything a reader can do with it. */
export function PostCard({ post, onChange, onShared, headingLevel = 2, pinnable = false, inItsSpace = false }: PostCardProps) {
  const { t, i18n } = useTranslation();
  const { me, can } = useAuth();
  const [showHistory, setShowHistory] = useState(false);
  // Sharing to many and sending to one are two forms under the post; one is open at a time.
  const [passingOn, setPassingOn] = useState<'share' | 'send' | null>(null);
  const shareRef = useRef<HTMLButtonElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  const [sharedNotice, setSharedNotice] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<Colleague[]>([]);
  const { error: actionError, attempt } = useAttempt();
  const [muted, setMutedKind] = useState<'person' | 'conversation' | null>(null);
  const mine = me?.id === post.author.id;

  const showCounts = (counts: PostCounts) => onChange((current) => ({ ...current, commentCount: counts.commentCount, reactions: counts.reactions }));
  useLive(
    `activity:post:${post.id}`,
    {
      'post.counts': (counts: PostCounts) => {
        if (counts.postId === post.id) {
          showCounts(counts);
        }
      },
    },
    // A reconnect is a new connection: the counts that changed meanwhile were never sent to it.
    () => void latestCounts(post.id).then((counts) => counts && showCounts(counts)),
  );

  if (muted) {
    const key = muted === 'person' ? post.author.id : post.id;
    return (
      <article className="post post--muted" aria-label={t('post.mutedLabel')}>
        <p role="status">{t(muted === 'person' ? 'post.mutedPerson' : 'post.mutedConversation', { name: post.author.displayName })}</p>
        <button type="button" className="link-button" onClick={() => attempt(setMuted(muted, key, false), () => setMutedKind(null))}>
          {t('post.undoMute')}
        </button>
        <ErrorText message={actionError} />
      </article>
    );
  }

  if (post.deleted) {
    return (
      <article className="post post--deleted" aria-label={t('post.deleted')}>
        <p>{t('post.deleted')}</p>
        <Link to={`/posts/${post.id}`}>{t('post.comments', { count: post.commentCount })}</Link>
      </article>
    );
  }

  return (
    <article className="post" aria-labelledby={`post-${post.id}-author`}>
      <span id={`post-${post.id}-author`} className="visually-hidden">
        {t('post.by', { name: post.author.displayName })}
      </span>
      <AuthorLine post={post} headingLevel={headingLevel} spaceNamed={!inItsSpace} />
      {post.pinned && <p className="post__pinned">{t('post.pinned')}</p>}
      {post.hiddenReason && (
        <p className="notice" role="note">
          {t('post.hiddenForAuthor', { reason: post.hiddenReason })}
        </p>
      )}
      <PostBody html={post.bodyHtml} />
      {post.editedAt && (
        <button type="button" className="link-button post__edited" aria-expanded={showHistory} onClick={() => setShowHistory((shown) => !shown)}>
          {t('post.edited')}
        </button>
      )}
      {showHistory && <PostHistory postId={post.id} />}
      {post.sharedPost && (
        <blockquote className="post post--shared">
          <AuthorLine post={post.sharedPost} headingLevel={3} />
          {post.sharedPost.deleted ? <p>{t('post.deleted')}</p> : <PostBody html={post.sharedPost.bodyHtml} />}
          <Attachments attachments={post.sharedPost.attachments} />
        </blockquote>
      )}
      <Attachments attachments={post.attachments} />
      {post.poll && <PollResults post={post} onChange={onChange} />}
      {post.kind === 'question' && (
        <p className={post.bestAnswerId ? 'post__answered' : 'post__unanswered'}>{t(post.bestAnswerId ? 'post.answered' : 'post.unanswered')}</p>
      )}
      {post.kind === 'praise' && (
        <p>
          <Link to={post.space ? `/spaces/${post.space.id}/recognition` : '/recognition'}>{t('post.praiseWall')}</Link>
        </p>
      )}
      {post.announcement && <AnnouncementBar post={post} onChange={onChange} />}
      <footer className="post__actions">
        <ReactionBar target="posts" id={post.id} value={post} onChange={(change) => onChange((current) => ({ ...current, ...change(current) }))} />
        <Link to={`/posts/${post.id}`} className="post__comments">
          {t('post.comments', { count: post.commentCount })}
        </Link>
        <button ref={shareRef} type="button" className="link-button" aria-expanded={passingOn === 'share'} onClick={() => setPassingOn((open) => (open === 'share' ? null : 'share'))}>
          {t('post.share')}
        </button>
        {/* Direct messages are between the company's people: an external guest has none. */}
        {can('UseCompanyDirectory') && (
          <button ref={sendRef} type="button" className="link-button" aria-expanded={passingOn === 'send'} onClick={() => setPassingOn((open) => (open === 'send' ? null : 'send'))}>
            {t('post.send')}
          </button>
        )}
        <button
          type="button"
          className="link-button"
          aria-pressed={post.saved}
          onClick={() => attempt(setSaved(post.id, !post.saved), () => onChange((current) => ({ ...current, saved: !post.saved })))}
        >
          {t(post.saved ? 'post.saved' : 'post.save')}
        </button>
        <PostMenu post={post} mine={mine} pinnable={pinnable} onChange={onChange} onMuted={setMutedKind} />
      </footer>
      <ErrorText message={actionError} />
      {passingOn === 'share' && (
        <ShareForm
          post={post}
          onShared={(share) => {
            setPassingOn(null);
            // The form and its button are gone: focus returns to what opened it, by the notice that tells what happened.
            shareRef.current?.focus();
            setSharedNotice(share.space ? t('post.sharedInSpace', { space: share.space.name }) : t('post.sharedWithFollowers'));
            onShared?.(share);
          }}
        />
      )}
      {passingOn === 'send' && (
        <SendPostForm
          post={post}
          onSent={(reached, done) => {
            setPassingOn(done ? null : 'send');
            if (done) {
              sendRef.current?.focus();
            }
            setSentTo((earlier) => [...earlier.filter((e) => !reached.some((r) => r.id === e.id)), ...reached]);
          }}
        />
      )}
      {sharedNotice && <p role="status">{sharedNotice}</p>}
      {sentTo.length > 0 && (
        <p role="status">
          {t('post.sentTo', { names: new Intl.ListFormat(i18n.resolvedLanguage, { type: 'conjunction' }).format(sentTo.map((c) => c.displayName)) })}
          {sentTo.length === 1 && (
            <>
              {' '}
              <Link to={`/messages/${sentTo[0].id}`}>{t('post.openConversation')}</Link>
            </>
          )}
        </p>
      )}
    </article>
  );
}
