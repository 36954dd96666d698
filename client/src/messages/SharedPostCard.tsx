import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SharedPost } from '../api/messages';

/**
 * The post a message sent along: who wrote it and where, its first words, as a link to it. A reader who may not see it,
 * or may no longer, learns only that it is not available.
 */
export function SharedPostCard({ post, id }: { post: SharedPost; id?: string }) {
  const { t } = useTranslation();
  if (!post.available) {
    return (
      <p id={id} className="chat__post chat__post--unavailable">
        {t('messages.postUnavailable')}
      </p>
    );
  }

  const name = post.author.displayName || t('profile.former');
  return (
    <Link id={id} to={`/posts/${post.id}`} className="chat__post">
      <span className="chat__post-source">{post.space ? t('messages.postByIn', { name, space: post.space.name }) : t('messages.postBy', { name })}</span>{' '}
      <span className="chat__post-excerpt">{post.excerpt}</span>
    </Link>
  );
}
