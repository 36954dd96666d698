import { getJson, request } from './http';
import type { NewPost, PostKind } from './activity';

/** A post its author asked to publish later; failedReason says why it could not be, when it could not. */
export interface ScheduledPost {
  id: string;
  publishAt: string;
  spaceId: string | null;
  kind: PostKind;
  body: string;
  failedReason: string | null;
}

const BASE = '/api/v1/activity';

export function schedulePost(draft: NewPost, publishAt: string): Promise<ScheduledPost> {
  return request<ScheduledPost>('POST', `${BASE}/posts`, { body: { ...draft, publishAt } });
}

export function scheduledPosts(signal?: AbortSignal): Promise<ScheduledPost[]> {
  return getJson<ScheduledPost[]>(`${BASE}/scheduled`, undefined, signal);
}

export function reschedulePost(id: string, publishAt: string): Promise<ScheduledPost> {
  return request<ScheduledPost>('PATCH', `${BASE}/scheduled/${id}`, { body: { publishAt } });
}

export function cancelScheduledPost(id: string): Promise<void> {
  return request<void>('DELETE', `${BASE}/scheduled/${id}`);
}
