import { getJson, request, type CursorPage } from './http';

export type SpaceVisibility = 'public' | 'private' | 'secret';
export type SpaceRole = 'owner' | 'manager' | 'moderator' | 'member' | 'guest';

export interface Space {
  id: string;
  name: string;
  description: string;
  guidelines: string;
  visibility: SpaceVisibility;
  archived: boolean;
  memberCount: number;
  myRole: SpaceRole | null;
  requestedToJoin: boolean;
  /** Public spaces are readable by everyone, the others by their members. */
  canRead: boolean;
  createdAt: string;
  /** For members only: what newcomers read on joining. */
  welcome: string;
  joinedAt: string | null;
  /** Zero when the space has no cover image; part of the image's URL otherwise. */
  coverVersion: number;
  /** The space's only owner cannot leave it until someone else owns it too. */
  onlyOwner: boolean;
}

export interface SpaceDraft {
  name?: string;
  description?: string;
  guidelines?: string;
  welcome?: string;
  visibility?: SpaceVisibility;
}

export interface Member {
  personId: string;
  displayName: string;
  jobTitle: string;
  avatarVersion: number;
  role: SpaceRole;
  joinedAt: string;
}

export interface JoinRequest {
  personId: string;
  displayName: string;
  jobTitle: string;
  avatarVersion: number;
  requestedAt: string;
}

const BASE = '/api/v1/spaces';

function space(id: string): string {
  return `${BASE}/${encodeURIComponent(id)}`;
}

export const manages = (role: SpaceRole | null) => role === 'owner' || role === 'manager';

/** Whether the role may moderate the space, as the server decides it: its managers and its moderators. */
export const moderates = (role: SpaceRole | null) => manages(role) || role === 'moderator';

/** The server's largest page: enough of one's own spaces to choose from in a list. */
export const MOST_SPACES_AT_ONCE = 100;

export function listSpaces(
  query: { search?: string; mine?: boolean; cursor?: string | null; limit?: number },
  signal?: AbortSignal,
): Promise<CursorPage<Space>> {
  return getJson<CursorPage<Space>>(BASE, { search: query.search, mine: query.mine ? 'true' : undefined, cursor: query.cursor, limit: query.limit }, signal);
}

export function createSpace(draft: SpaceDraft): Promise<Space> {
  return request<Space>('POST', BASE, { body: draft });
}

export function getSpace(id: string, signal?: AbortSignal): Promise<Space> {
  return getJson<Space>(space(id), undefined, signal);
}

export function updateSpace(id: string, draft: SpaceDraft): Promise<Space> {
  return request<Space>('PATCH', space(id), { body: draft });
}

export function uploadCover(id: string, file: File): Promise<void> {
  const form = new FormData();
  form.append('file', file);
  return request<void>('PUT', `${space(id)}/cover`, { body: form });
}

export function removeCover(id: string): Promise<void> {
  return request<void>('DELETE', `${space(id)}/cover`);
}

export function setArchived(id: string, archived: boolean): Promise<void> {
  return request<void>(archived ? 'PUT' : 'DELETE', `${space(id)}/archived`);
}

/** Joins a public space, or asks to join a private one. */
export function join(id: string, acceptGuidelines: boolean): Promise<Space> {
  return request<Space>('PUT', `${space(id)}/membership`, { body: { acceptGuidelines } });
}

export function leave(id: string): Promise<void> {
  return request<void>('DELETE', `${space(id)}/membership`);
}

export function listMembers(id: string, search: string, cursor: string | null, signal?: AbortSignal): Promise<CursorPage<Member>> {
  return getJson<CursorPage<Member>>(`${space(id)}/members`, { search, cursor }, signal);
}

export function listJoinRequests(id: string, signal?: AbortSignal): Promise<JoinRequest[]> {
  return getJson<JoinRequest[]>(`${space(id)}/join-requests`, undefined, signal);
}

export function decideJoinRequest(id: string, personId: string, approve: boolean): Promise<void> {
  return request<void>(approve ? 'PUT' : 'DELETE', `${space(id)}/join-requests/${encodeURIComponent(personId)}`);
}

export function invite(id: string, invitation: { personIds?: string[]; department?: string }): Promise<{ added: number }> {
  return request<{ added: number }>('POST', `${space(id)}/invitations`, { body: invitation });
}

export function setRole(id: string, personId: string, role: SpaceRole): Promise<void> {
  return request<void>('PUT', `${space(id)}/members/${encodeURIComponent(personId)}`, { body: { role } });
}

export function removeMember(id: string, personId: string, banDays?: number): Promise<void> {
  return request<void>('DELETE', `${space(id)}/members/${encodeURIComponent(personId)}`, { query: { banDays } });
}
