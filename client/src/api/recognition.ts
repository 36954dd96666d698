import { getJson, request, type CursorPage } from './http';

export const BADGE_ICONS = ['star', 'heart', 'rocket', 'lightbulb', 'handshake', 'trophy', 'medal', 'sparkles', 'shield', 'compass'] as const;
export type BadgeIconKey = (typeof BADGE_ICONS)[number];

export const ACHIEVEMENT_KEYS = ['first-post', 'first-best-answer', 'ten-best-answers', 'bridge-builder', 'welcomer'] as const;
export type AchievementKey = (typeof ACHIEVEMENT_KEYS)[number];

export function isAchievementKey(value: string | null): value is AchievementKey {
  return value !== null && (ACHIEVEMENT_KEYS as readonly string[]).includes(value);
}

/** Text written in both of the app's languages by the catalogue's administrators. */
export interface Bilingual {
  fr: string;
  en: string;
}

export interface RecognitionPerson {
  id: string;
  displayName: string;
  avatarVersion: number;
  department: string;
}

export interface Badge {
  id: string;
  kind: 'praise' | 'achievement';
  name: Bilingual;
  description: Bilingual;
  /** The company value it stands for; achievements stand for contribution itself. */
  value: string | null;
  icon: string;
  /** Zero without an uploaded image; part of the image's URL otherwise. */
  imageVersion: number;
  retired: boolean;
  achievementKey: string | null;
}

export interface Praise {
  id: string;
  giver: RecognitionPerson;
  receivers: RecognitionPerson[];
  badge: Badge;
  message: string;
  space: { id: string; name: string } | null;
  createdAt: string;
  /** Only ever true for the receiver reading it: others never see a praise its receiver hid. */
  hiddenByMe: boolean;
}

export interface Allowance {
  allowance: number;
  used: number;
  remaining: number;
  resetsAt: string;
}

export interface PersonRecognition {
  badges: { badge: Badge; count: number }[];
  praise: Praise[];
}

export interface BadgeDraft {
  name: Bilingual;
  description: Bilingual;
  value: string;
  icon: string;
}

export interface PraiseDraft {
  receiverIds: string[];
  badgeId: string;
  message: string;
  spaceId?: string;
  copyManagers: boolean;
}

export interface WallQuery {
  spaceId?: string;
  value?: string;
  department?: string;
  cursor?: string | null;
  limit?: number;
}

const BASE = '/api/v1/recognition';

function badge(id: string): string {
  return `${BASE}/badges/${encodeURIComponent(id)}`;
}

export function badgeImageUrl(badge: Pick<Badge, 'id' | 'imageVersion'>): string {
  return `${BASE}/badges/${encodeURIComponent(badge.id)}/image?v=${badge.imageVersion}`;
}

export function listBadges(includeRetired: boolean, signal?: AbortSignal): Promise<Badge[]> {
  return getJson<Badge[]>(`${BASE}/badges`, { includeRetired: includeRetired ? 'true' : undefined }, signal);
}

export function createBadge(draft: BadgeDraft): Promise<Badge> {
  return request<Badge>('POST', `${BASE}/badges`, { body: draft });
}

export function updateBadge(id: string, change: Partial<BadgeDraft> & { retired?: boolean }): Promise<Badge> {
  return request<Badge>('PATCH', badge(id), { body: change });
}

export function uploadBadgeImage(id: string, file: File): Promise<Badge> {
  const form = new FormData();
  form.append('file', file);
  return request<Badge>('PUT', `${badge(id)}/image`, { body: form });
}

export function removeBadgeImage(id: string): Promise<Badge> {
  return request<Badge>('DELETE', `${badge(id)}/image`);
}

export function listValues(signal?: AbortSignal): Promise<string[]> {
  return getJson<string[]>(`${BASE}/values`, undefined, signal);
}

export function getAllowance(signal?: AbortSignal): Promise<Allowance> {
  return getJson<Allowance>(`${BASE}/allowance`, undefined, signal);
}

export function givePraise(draft: PraiseDraft): Promise<Praise> {
  return request<Praise>('POST', `${BASE}/praise`, { body: draft });
}

export function listWall(query: WallQuery, signal?: AbortSignal): Promise<CursorPage<Praise>> {
  return getJson<CursorPage<Praise>>(`${BASE}/wall`, { ...query }, signal);
}

export function getPersonRecognition(personId: string, signal?: AbortSignal): Promise<PersonRecognition> {
  return getJson<PersonRecognition>(`${BASE}/people/${encodeURIComponent(personId)}`, undefined, signal);
}

/** Only a receiver may hide a praise, and only from their own profile: it stays on the wall. */
export function setPraiseHidden(praiseId: string, hidden: boolean): Promise<void> {
  return request<void>(hidden ? 'PUT' : 'DELETE', `${BASE}/praise/${encodeURIComponent(praiseId)}/hidden`);
}

export function recomputeAchievements(): Promise<{ awarded: number }> {
  return request<{ awarded: number }>('POST', `${BASE}/achievements/recompute`);
}
