import { useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { markAllRead as markAllReadOnServer, setRead as setReadOnServer, type NotificationView } from '../api/notifications';
import { useAuth } from '../auth/authContext';
import { LiveContext } from '../live/liveContext';
import { NotificationFollower } from './notificationFollower';
import { NotificationsContext, type Notifications } from './notificationsContext';

type Listener = (changed: NotificationView[]) => void;

/**
 * The signed-in person's notifications as the bell and the centre share them: the unread count
 * and the changes arriving live. New entries arrive with the hub's hint when they follow the last
 * change held (ADR 0040); otherwise, and after every reconnect, changes are read by sequence (ADR 0018).
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { status: authStatus } = useAuth();
  const channel = useContext(LiveContext);
  const [follower, setFollower] = useState<NotificationFollower | null>(null);
  const [status, setStatus] = useState<Notifications['status']>('loading');
  const [unread, setUnread] = useState<number | null>(null);
  const listeners = useRef(new Set<Listener>());

  useEffect(() => {
    if (authStatus !== 'signedIn') {
      return;
    }
    let stopped = false;
    const started = new NotificationFollower((changed, unreadAfter) => {
      setUnread(unreadAfter);
      for (const listener of listeners.current) {
        listener(changed);
      }
    });
    setFollower(started);
    void started.catchUp().then(() => !stopped && setStatus('ready'));
    // The last moment a page is sure to be heard: closing a tab, or a phone putting it away, hides it first.
    const hidden = () => document.visibilityState === 'hidden' && started.acknowledgeNow();
    document.addEventListener('visibilitychange', hidden);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', hidden);
      started.stop();
      setFollower(null);
      setStatus('loading');
      setUnread(null);
    };
  }, [authStatus]);

  useEffect(() => {
    if (!channel || !follower) {
      return;
    }
    const catchUp = () => void follower.catchUp();
    const stops = [channel.on('notifications.changed', (hint) => follower.receive(hint)), channel.onReconnected(catchUp)];
    // Hints sent before the connection was up reached nobody.
    catchUp();
    return () => stops.forEach((stop) => stop());
  }, [channel, follower]);

  const onChanges = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  const setRead = useCallback(
    async (notification: NotificationView, read: boolean) => {
      try {
        await setReadOnServer(notification.id, read);
        if (notification.read !== read) {
          setUnread((count) => (count === null ? count : Math.max(0, count + (read ? -1 : 1))));
        }
      } finally {
        // The count shown until then is a guess; the changes carry the server's, also after a refusal
        // (an entry deleted meanwhile took its unread mark with it).
        void follower?.catchUp();
      }
    },
    [follower],
  );

  const markAllRead = useCallback(async () => {
    await markAllReadOnServer();
    setUnread(0);
    void follower?.catchUp();
  }, [follower]);

  const value = useMemo(() => ({ status, unread, onChanges, setRead, markAllRead }), [status, unread, onChanges, setRead, markAllRead]);
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}
