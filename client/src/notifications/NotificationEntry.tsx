import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { NotificationView } from '../api/notifications';
import { relativeTime } from '../activity/formatting';
import { useAuth } from '../auth/authContext';
import { LineIcon, type LineIconName } from '../components/LineIcon';
import { Avatar } from '../pages/Avatar';
import { notificationLink, notificationText } from './notificationText';

/** Entries that no colleague is the face of: a badge earned, a moderator's decision, a space's answer. */
const GLYPHS: Partial<Record<NotificationView['type'], LineIconName>> = { badge: 'medal', moderation: 'shield', 'join-decided': 'compass' };

/** These name their space in the sentence already. */
const ABOUT_A_SPACE = new Set(['space-invitation', 'join-request', 'join-decided', 'praise']);

interface NotificationEntryProps {
  notification: NotificationView;
  /** Following the link reads the entry; the toggle marks it read or unread again. */
  onRead: (notification: NotificationView, read: boolean) => void;
}

export function NotificationEntry({ notification, onRead }: NotificationEntryProps) {
  const { t, i18n } = useTranslation();
  const textId = useId();
  const { me } = useAuth();
  const link = notificationLink(notification, me?.id ?? null);
  const text = notificationText(notification, t);
  const actor = notification.actors[0];
  const glyph = GLYPHS[notification.type];
  const changedAt = new Date(notification.updatedAt);

  return (
    <li className={notification.read ? 'notification' : 'notification notification--unread'}>
      {actor ? (
        <Avatar person={actor} size={64} />
      ) : (
        <span className="notification__icon" aria-hidden="true">
          {glyph && <LineIcon name={glyph} className="notification__glyph" />}
        </span>
      )}
      <div className="notification__body">
        <p id={textId} className="notification__text">
          {!notification.read && <span className="visually-hidden">{t('notifications.unreadPrefix')} </span>}
          {link ? (
            <Link to={link} onClick={() => !notification.read && onRead(notification, true)}>
              {text}
            </Link>
          ) : (
            text
          )}
        </p>
        {notification.post?.excerpt && <p className="notification__excerpt">{notification.post.excerpt}</p>}
        {notification.reason && <p className="notification__reason">{t('notifications.reason', { reason: notification.reason })}</p>}
        <p className="notification__meta">
          <time dateTime={notification.updatedAt} title={changedAt.toLocaleString(i18n.resolvedLanguage)}>
            {relativeTime(notification.updatedAt, i18n.resolvedLanguage ?? 'en')}
          </time>
          {notification.space && !ABOUT_A_SPACE.has(notification.type) && ` · ${notification.space.name}`}
        </p>
      </div>
      <button type="button" className="link-button notification__toggle" aria-describedby={textId} onClick={() => onRead(notification, !notification.read)}>
        {notification.read ? t('notifications.markUnread') : t('notifications.markRead')}
      </button>
    </li>
  );
}
