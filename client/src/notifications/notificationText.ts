import type { TFunction } from 'i18next';
import type { NotificationView } from '../api/notifications';
import { conversationPath } from '../activity/conversationPath';
import { isAchievementKey } from '../api/recognition';

/** "Alice", "Alice and Bob", "Alice and 4 others": the group's most recent actor first. */
export function actorsPhrase(notification: NotificationView, t: TFunction): string {
  const [first, second] = notification.actors;
  if (!first) {
    return t('notifications.someone');
  }
  if (notification.actorCount <= 1) {
    return first.displayName;
  }
  if (notification.actorCount === 2 && second) {
    return t('notifications.actors.two', { first: first.displayName, second: second.displayName });
  }
  return t('notifications.actors.others', { name: first.displayName, count: notification.actorCount - 1 });
}

const MODERATION_TEXTS = {
  hide: { post: 'notifications.text.moderationHidePost', comment: 'notifications.text.moderationHideComment' },
  restore: { post: 'notifications.text.moderationRestorePost', comment: 'notifications.text.moderationRestoreComment' },
  delete: { post: 'notifications.text.moderationDeletePost', comment: 'notifications.text.moderationDeleteComment' },
} as const;

function isModerationAction(detail: string | null): detail is keyof typeof MODERATION_TEXTS {
  return detail !== null && Object.hasOwn(MODERATION_TEXTS, detail);
}

/** The sentence saying what happened, its verb agreeing with how many people took part. */
export function notificationText(notification: NotificationView, t: TFunction): string {
  const onComment = notification.commentId !== null;
  const space = notification.space?.name ?? t('notifications.aSpace');
  const who = { actors: actorsPhrase(notification, t), count: notification.actorCount, space };
  switch (notification.type) {
    case 'mention':
      return t(onComment ? 'notifications.text.mentionComment' : 'notifications.text.mentionPost', who);
    case 'reply':
      return t(onComment ? 'notifications.text.replyComment' : 'notifications.text.replyPost', who);
    case 'reaction':
      return t(onComment ? 'notifications.text.reactionComment' : 'notifications.text.reactionPost', who);
    case 'follower':
      return t('notifications.text.follower', who);
    case 'space-invitation':
      return t('notifications.text.spaceInvitation', who);
    case 'join-request':
      return t('notifications.text.joinRequest', who);
    case 'join-decided':
      return t(notification.detail === 'approved' ? 'notifications.text.joinApproved' : 'notifications.text.joinDeclined', { space });
    case 'announcement':
      return t(notification.detail === 'must-read' ? 'notifications.text.announcementMustRead' : 'notifications.text.announcement', who);
    case 'moderation':
      if (notification.detail === 'warn') {
        return t('notifications.text.moderationWarn');
      }
      if (notification.detail === 'delete-message') {
        return t('notifications.text.moderationDeleteMessage');
      }
      if (isModerationAction(notification.detail)) {
        return t(MODERATION_TEXTS[notification.detail][onComment ? 'comment' : 'post']);
      }
      return t(onComment ? 'notifications.text.moderationReviewComment' : 'notifications.text.moderationReviewPost');
    case 'best-answer':
      return t('notifications.text.bestAnswer', who);
    case 'praise':
      if (notification.detail === 'copy') {
        return t('notifications.text.praiseCopy', who);
      }
      return t(notification.space ? 'notifications.text.praiseInSpace' : 'notifications.text.praise', who);
    case 'badge':
      return isAchievementKey(notification.detail)
        ? t('notifications.text.badge', { name: t(`recognition.achievements.${notification.detail}`) })
        : t('notifications.text.badgeOther');
    case 'message':
      return t('notifications.text.message', who);
  }
}

/**
 * Where reading the entry leads: the person who followed, the space (its managing tools for a
 * request to join), the praise wall, my own profile for a badge I earned, the messages exchanged
 * with the sender, or the conversation.
 */
export function notificationLink(notification: NotificationView, myId: string | null): string | null {
  switch (notification.type) {
    case 'praise':
      // Praise given in a space shows on that space's wall only.
      return notification.space ? `/spaces/${notification.space.id}/recognition` : '/recognition';
    case 'badge':
      return myId ? `/people/${myId}` : null;
    case 'follower':
      return notification.actors[0] ? `/people/${notification.actors[0].id}` : null;
    case 'message':
      // One entry per conversation, its actor the other person.
      return notification.actors[0] ? `/messages/${notification.actors[0].id}` : null;
    case 'join-request':
      // Requests are decided among the space's managing tools.
      return notification.space ? `/spaces/${notification.space.id}/manage` : null;
    case 'space-invitation':
    case 'join-decided':
      return notification.space ? `/spaces/${notification.space.id}` : null;
    default:
      // The conversation's page shows the comment an entry is about above the conversation, however long.
      return notification.post ? conversationPath(notification.post.id, notification.commentId) : null;
  }
}
