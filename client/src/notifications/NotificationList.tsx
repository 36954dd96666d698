import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http';
import { listNotifications, type NotificationType, type NotificationView } from '../api/notifications';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { ErrorText } from '../components/form/ErrorText';
import { LoadFailed } from '../components/LoadFailed';
import { MoreButton } from '../components/MoreButton';
import { useCursorList } from '../components/useCursorList';
import { mergeChanges, type ShownList } from './mergeChanges';
import { NotificationEntry } from './NotificationEntry';
import { useNotifications } from './notificationsContext';

const PAGE_SIZE = 20;

interface NotificationListProps {
  unreadOnly: boolean;
  type: NotificationType | null;
}

/** The entries matching the filters, most recently changed first, with what changes live merged in. */
export function NotificationList({ unreadOnly, type }: NotificationListProps) {
  const { t } = useTranslation();
  const { unread, onChanges, setRead, markAllRead } = useNotifications();
  const list = useCursorList(`${unreadOnly}:${type}`, (cursor, signal) =>
    listNotifications({ unread: unreadOnly, type, cursor, limit: PAGE_SIZE }, signal),
  );
  const { status, items, nextCursor, update, transform } = list;
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const shown: ShownList = {
    belongs: (notification) => (!unreadOnly || !notification.read) && (!type || notification.type === type),
    complete: status === 'ready' && nextCursor === null,
  };
  const merge = useEffectEvent((changed: NotificationView[]) => transform((current) => mergeChanges(current, changed, shown)));
  // Changes arriving while the first page loads may be missing from it: they are merged once it is there.
  const arrivedWhileLoading = useRef<NotificationView[]>([]);
  const receive = useEffectEvent((changed: NotificationView[]) => {
    if (status === 'loading') {
      arrivedWhileLoading.current.push(...changed);
    } else {
      merge(changed);
    }
  });

  useEffect(() => onChanges((changed) => receive(changed)), [onChanges]);

  useEffect(() => {
    if (status === 'loading') {
      return;
    }
    const waiting = arrivedWhileLoading.current;
    arrivedWhileLoading.current = [];
    if (waiting.length > 0) {
      merge(waiting);
    }
  }, [status]);

  function read(notification: NotificationView, value: boolean) {
    setMessage(null);
    setRead(notification, value).then(
      () => update((item) => (item.id === notification.id ? { ...item, read: value } : item)),
      (failure: unknown) => {
        // Deleted since the list was read: kept for a declared time only (ADR 0043), and a deletion is not a change.
        if (failure instanceof ApiError && failure.status === 404) {
          list.remove((item) => item.id === notification.id);
          setMessage(t('notifications.noLongerKept'));
        } else {
          setError(apiErrorMessage(failure, t));
        }
      },
    );
  }

  function readAll() {
    markAllRead().then(
      () => {
        transform((current) => current.map((item) => ({ ...item, read: true })));
        setError(null);
        setMessage(t('notifications.allRead'));
      },
      (failure: unknown) => setError(apiErrorMessage(failure, t)),
    );
  }

  let statusText = message ?? '';
  if (status === 'loading') {
    statusText = t('notifications.loading');
  } else if (status === 'ready' && items.length === 0) {
    statusText = unreadOnly || type ? t('notifications.emptyFiltered') : t('notifications.empty');
  }

  return (
    <>
      <div className="notification-actions">
        <button type="button" className="button button--secondary" onClick={readAll} disabled={!unread}>
          {t('notifications.markAllRead')}
        </button>
      </div>
      <p className="directory__status" role="status">
        {statusText}
      </p>
      {status === 'failed' && <LoadFailed error={list.error} onRetry={list.reload} />}
      <ErrorText message={error} />
      {items.length > 0 && (
        <ol className="notification-list" aria-label={t('notifications.listLabel')}>
          {items.map((notification) => (
            <NotificationEntry key={notification.id} notification={notification} onRead={read} />
          ))}
        </ol>
      )}
      <MoreButton list={list} label={t('notifications.more')} loadingLabel={t('notifications.loadingMore')} />
    </>
  );
}
