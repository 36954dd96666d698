import { createContext, useContext } from 'react';
import type { NotificationView } from '../api/notifications';

export interface Notifications {
  /** 'loading' until the newest sequence is known: a list read before it could miss what changes meanwhile. */
  status: 'loading' | 'ready';
  /** Null until the server has answered once. */
  unread: number | null;
  /** Called with each batch of changed entries, ascending sequence, as they arrive. */
  onChanges: (listener: (changed: NotificationView[]) => void) => () => void;
  setRead: (notification: NotificationView, read: boolean) => Promise<void>;
  markAllRead: () => Promise<void>;
}

/** More than this shows as "99+" on the bell and in the tab's title. */
const MOST_SHOWN = 99;

export function unreadShown(unread: number): string {
  return unread > MOST_SHOWN ? `${MOST_SHOWN}+` : String(unread);
}

export const NotificationsContext = createContext<Notifications | null>(null);

export function useNotifications(): Notifications {
  const notifications = useContext(NotificationsContext);
  if (!notifications) {
    throw new Error('useNotifications must be used inside <NotificationsProvider>.');
  }
  return notifications;
}
