import { getJson, sendJson, type CursorPage } from './http';
import type { Role } from './identity';

export interface Account {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  isActive: boolean;
  createdAt: string;
}

export interface Invitation {
  id: string;
  setPasswordLink: string;
}

export interface AuditEntry {
  id: number;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetId: string | null;
  targetName: string | null;
  details: string;
  occurredAt: string;
}

const ACCOUNTS = '/api/v1/identity/accounts';

export function listAccounts(
  query: { search?: string; cursor?: string | null; limit?: number },
  signal?: AbortSignal,
): Promise<CursorPage<Account>> {
  return getJson<CursorPage<Account>>(ACCOUNTS, query, signal);
}

export function inviteAccount(email: string, displayName: string, roles: Role[]): Promise<Invitation> {
  return sendJson<Invitation>('POST', ACCOUNTS, { email, displayName, roles });
}

export function setAccountActive(id: string, active: boolean): Promise<void> {
  return sendJson('POST', `${ACCOUNTS}/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`);
}

export function setAccountRoles(id: string, roles: Role[]): Promise<void> {
  return sendJson('PUT', `${ACCOUNTS}/${encodeURIComponent(id)}/roles`, { roles });
}

export function listAuditEntries(
  query: { cursor?: string | null; limit?: number },
  signal?: AbortSignal,
): Promise<CursorPage<AuditEntry>> {
  return getJson<CursorPage<AuditEntry>>('/api/v1/identity/audit', query, signal);
}
