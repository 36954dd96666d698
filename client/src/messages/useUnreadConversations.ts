import { MESSAGES_LIVE_KEY, unreadConversations, type MessageSent } from '../api/messages';
import { useLoad } from '../components/useLoad';
import { useLive } from '../live/liveContext';

/**
 * How many conversations have unread messages, for the navigation's badge: asked again whenever a
 * message is sent, read (in any tab) or deleted (one deleted unread no longer counts), and after a
 * reconnect, which may have missed any of them. Null for
 * someone who has no messages (an external guest) and while the count is unknown.
 */
export function useUnreadConversations(enabled: boolean): number | null {
  const count = useLoad(['messages-unread', enabled], (signal) =>
    enabled ? unreadConversations(signal).then((answer) => answer.conversations) : Promise.resolve(null),
  );
  const { reload } = count;
  useLive(
    enabled ? MESSAGES_LIVE_KEY : null,
    { 'message.sent': reload, 'message.read': reload, 'message.changed': (changed: MessageSent) => changed.message.deleted && reload() },
    reload,
  );
  return count.value ?? null;
}
