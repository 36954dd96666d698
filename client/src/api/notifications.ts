import { getJson, request, type CursorPage } from './http';

export const NOTIFICATION_TYPES = [
  'mention',
  'reply',
  'reaction',
  'follower',
  'space-invitation',
  'join-request',
  'join-decided',
  'announcement',
  'moderation',
  'best-answer',
  'praise',
  'badge',
  'message',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export function isNotificationType(value: string): value is NotificationType {
  return (NOTIFICATION_TYPES as readonly string[]).includes(value);
}

export interface NotificationActor {
  id: string;
  displayName: string;
  avatarVersion: number;
}

/** One entry of the centre: a group of events of one kind about one thing, such as every reaction to a post. */
export interface NotificationView {
  id: string;
  /** Taken anew each time the entry changes: the larger one is the later version. */
  sequence: number;
  type: NotificationType;
  /** Up to three, most recent first. */
  actors: NotificationActor[];
  /** Everyone in the group, including those not in `actors`. */
  actorCount: number;
  post: { id: string; excerpt: string } | null;
  commentId: string | null;
  space: { id: string; name: string } | null;
  /**
   * The reaction, the moderation action, the join decision, must-read for an announcement, copy for
   * praise told to a receiver's manager, or the achievement's key for a badge earned.
   */
  detail: string | null;
  /** What the moderator wrote. */
  reason: string | null;
  createdAt: string;
  updatedAt: string;
  read: boolean;
}

export interface NotificationChanges {
  /** Ascending sequence. */
  items: NotificationView[];
  /** The latest sequence these changes cover: the next call asks for what came after it. */
  sequence: number;
  unread: number;
  hasMore: boolean;
}

/**
 * New entries pushed with a live hint: they took the numbers after `since`, up to `sequence`, and
 * may be applied by a client holding every change up to `since`. Other hints carry nothing.
 */
export interface NotificationPush {
  since: number;
  sequence: number;
  /** Ascending sequence. */
  items: NotificationView[];
  /** How many of the entries became unread: new ones, and ones that were read. */
  unreadAdded: number;
}

export function isNotificationPush(hint: unknown): hint is NotificationPush {
  if (typeof hint !== 'object' || hint === null) {
    return false;
  }
  const push = hint as Partial<NotificationPush>;
  return typeof push.since === 'number' && typeof push.sequence === 'number' && Array.isArray(push.items) && typeof push.unreadAdded === 'number';
}

export type Digest = 'never' | 'daily' | 'weekly';

export interface NotificationPreferences {
  types: { type: string; inApp: boolean; email: boolean }[];
  digest: Digest;
  timeZone: string;
  language: 'fr' | 'en';
  quietHours: { start: string; end: string } | null;
  emailOutsideWorkingHours: boolean;
}

/** The preferences as the server answers them, with how long the platform keeps notifications. */
export interface PreferencesAnswer extends NotificationPreferences {
  keptForDays: number;
}

/** A post's conversation or a space by its id; `messages` is one's direct conversation with a colleague, by the colleague's id. */
export type MuteKind = 'conversation' | 'space' | 'messages';

export interface NotificationMute {
  kind: MuteKind;
  id: string;
  name: string | null;
}

export interface Delivered {
  inApp: number;
  emailed: number;
}

export interface EmailAvoided {
  days: (Delivered & { day: string; byType: Record<string, Delivered> })[];
  totals: Delivered & { byType: Record<string, Delivered> };
}

const BASE = '/api/v1/notifications';

export function listNotifications(
  query: { unread?: boolean; type?: NotificationType | null; cursor?: string | null; limit?: number },
  signal?: AbortSignal,
): Promise<CursorPage<NotificationView>> {
  return getJson<CursorPage<NotificationView>>(
    BASE,
    { unread: query.unread ? 'true' : undefined, type: query.type, cursor: query.cursor, limit: query.limit },
    signal,
  );
}

export function notificationChanges(since: number, signal?: AbortSignal): Promise<NotificationChanges> {
  return getJson<NotificationChanges>(`${BASE}/changes`, { since }, signal);
}

/**
 * Tells the server the app has shown every change up to `sequence`, so that no e-mail digest repeats
 * them; `keepalive` when the page is going away and the request must outlive it.
 */
export function acknowledgeSeen(sequence: number, keepalive = false): Promise<void> {
  return request<void>('POST', `${BASE}/seen`, { body: { sequence }, keepalive });
}

export function setRead(id: string, read: boolean): Promise<void> {
  return request<void>(read ? 'PUT' : 'DELETE', `${BASE}/${encodeURIComponent(id)}/read`);
}

export function markAllRead(): Promise<void> {
  return request<void>('POST', `${BASE}/read-all`);
}

export function getPreferences(signal?: AbortSignal): Promise<PreferencesAnswer> {
  return getJson<PreferencesAnswer>(`${BASE}/preferences`, undefined, signal);
}

export function savePreferences(preferences: NotificationPreferences): Promise<PreferencesAnswer> {
  return request<PreferencesAnswer>('PUT', `${BASE}/preferences`, { body: preferences });
}

export function listNotificationMutes(signal?: AbortSignal): Promise<NotificationMute[]> {
  return getJson<{ items: NotificationMute[] }>(`${BASE}/mutes`, undefined, signal).then((page) => page.items);
}

export function setNotificationsMuted(kind: MuteKind, id: string, muted: boolean): Promise<void> {
  return request<void>(muted ? 'PUT' : 'DELETE', `${BASE}/mutes/${kind}/${encodeURIComponent(id)}`);
}

export function emailAvoided(days: number, signal?: AbortSignal): Promise<EmailAvoided> {
  return getJson<EmailAvoided>(`${BASE}/email-avoided`, { days }, signal);
}
