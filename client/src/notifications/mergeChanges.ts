import type { NotificationView } from '../api/notifications';

export interface ShownList {
  /** Whether a changed entry the list does not hold belongs in it (the filters). */
  belongs: (notification: NotificationView) => boolean;
  /** False while older pages remain to load: an entry older than all shown waits for its page. */
  complete: boolean;
}

const recency = (notification: NotificationView) => Date.parse(notification.updatedAt);

function insertByRecency(list: NotificationView[], notification: NotificationView, complete: boolean): NotificationView[] {
  const at = list.findIndex((shown) => recency(shown) <= recency(notification));
  if (at === -1) {
    return complete ? [...list, notification] : list;
  }
  return [...list.slice(0, at), notification, ...list.slice(at)];
}

/**
 * Puts changed entries (ascending sequence) into a list shown most recently changed first. An
 * entry the list holds is replaced, never doubled: in place when only its state changed (read),
 * at its new place when new activity joined the group. A version older than the one shown, from
 * a catch-up answered late, changes nothing.
 */
export function mergeChanges(list: NotificationView[], changed: NotificationView[], shown: ShownList): NotificationView[] {
  let result = list;
  for (const incoming of changed) {
    const index = result.findIndex((notification) => notification.id === incoming.id);
    if (index === -1) {
      result = shown.belongs(incoming) ? insertByRecency(result, incoming, shown.complete) : result;
      continue;
    }
    const current = result[index];
    if (current.sequence >= incoming.sequence) {
      continue;
    }
    if (current.updatedAt === incoming.updatedAt) {
      result = result.map((notification, at) => (at === index ? incoming : notification));
    } else {
      result = insertByRecency(
        result.filter((_, at) => at !== index),
        incoming,
        true,
      );
    }
  }
  return result;
}
