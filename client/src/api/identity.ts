import { getJson, request, sendJson } from './http';

export type Capability =
  | 'AdministerAccounts'
  | 'ReadAuditLog'
  | 'UseCompanyDirectory'
  | 'TakePartInSpaces'
  | 'ModeratePlatform'
  | 'PublishAnnouncements'
  | 'ViewParticipationAnalytics';

export const ROLES = ['Employee', 'Admin', 'HR', 'Guest'] as const;
export type Role = (typeof ROLES)[number];

export interface Me {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  capabilities: string[];
}

export function getMe(signal?: AbortSignal): Promise<Me> {
  return getJson<Me>('/api/v1/identity/me', undefined, signal);
}

export interface LiveTicket {
  ticket: string;
  expiresAt: string;
}

/** What opens the live hub: it goes in the WebSocket's URL, where the access token must never be. */
export function requestLiveTicket(): Promise<LiveTicket> {
  return sendJson<LiveTicket>('POST', '/api/v1/identity/live-tickets');
}

export function signInWithPassword(email: string, password: string, rememberMe: boolean): Promise<void> {
  return sendJson('POST', '/api/v1/identity/sign-in', { email, password, rememberMe }, { anonymous: true });
}

export function requestPasswordReset(email: string): Promise<void> {
  return sendJson('POST', '/api/v1/identity/password/forgot', { email }, { anonymous: true });
}

export function resetPassword(email: string, token: string, newPassword: string): Promise<void> {
  return sendJson('POST', '/api/v1/identity/password/reset', { email, token, newPassword }, { anonymous: true });
}

export interface ExternalProvider {
  name: string;
  displayName: string;
}

export function getExternalProviders(signal?: AbortSignal): Promise<ExternalProvider[]> {
  return request<ExternalProvider[]>('GET', '/api/v1/identity/external-providers', { anonymous: true, signal });
}
