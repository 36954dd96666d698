import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { unreadShown, useNotifications } from './notificationsContext';

/** The way to the centre from every page, with the unread count kept up to date live (the exact number in its name). */
export function NotificationBell() {
  const { t } = useTranslation();
  const { unread } = useNotifications();
  if (unread === null) {
    return null;
  }
  return (
    <Link className="bell" to="/notifications" aria-label={t('notifications.bell', { count: unread })}>
      <svg className="bell__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread > 0 && (
        <span className="count-badge bell__count" aria-hidden="true">
          {unreadShown(unread)}
        </span>
      )}
    </Link>
  );
}
