import { getJson, request, type CursorPage } from './http';

export type TargetKind = 'post' | 'comment' | 'person' | 'message';
export type ModerationAction = 'dismissed' | 'hidden' | 'restored' | 'deleted' | 'warned';

export interface QueueItem {
  targetKind: TargetKind;
  targetId: string;
  spaceId: string | null;
  postId: string | null;
  targetName: string;
  bodyHtml: string;
  hidden: boolean;
  reportCount: number;
  reasons: string[];
  firstReportedAt: string;
}

export interface LogEntry {
  action: ModerationAction | 'auto-hidden';
  targetKind: TargetKind;
  targetId: string;
  authorId: string;
  authorName: string;
  moderatorId: string;
  moderatorName: string;
  reason: string;
  at: string;
}

export interface KeywordRule {
  pattern: string;
  wholeWord: boolean;
  action: 'flag' | 'refuse';
  message: string;
}

const BASE = '/api/v1/activity';

export function report(targetKind: TargetKind, targetId: string, reason: string): Promise<{ id: string }> {
  return request('POST', `${BASE}/reports`, { body: { targetKind, targetId, reason } });
}

export function moderationQueue(spaceId: string | null, signal?: AbortSignal): Promise<QueueItem[]> {
  return getJson<QueueItem[]>(`${BASE}/moderation/queue`, { spaceId }, signal);
}

export function moderate(targetKind: TargetKind, targetId: string, action: ModerationAction, reason: string): Promise<void> {
  return request<void>('POST', `${BASE}/moderation/actions`, { body: { targetKind, targetId, action, reason } });
}

export function moderationLog(spaceId: string | null, action: string, cursor: string | null, signal?: AbortSignal): Promise<CursorPage<LogEntry>> {
  return getJson<CursorPage<LogEntry>>(`${BASE}/moderation/log`, { spaceId, action, cursor }, signal);
}

export function keywordRules(signal?: AbortSignal): Promise<KeywordRule[]> {
  return getJson<KeywordRule[]>(`${BASE}/moderation/keywords`, undefined, signal);
}

export function saveKeywordRules(rules: KeywordRule[]): Promise<KeywordRule[]> {
  return request<KeywordRule[]>('PUT', `${BASE}/moderation/keywords`, { body: rules });
}
