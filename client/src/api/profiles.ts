import { getJson, request, type CursorPage } from './http';

export interface Profile {
  id: string;
  displayName: string;
  jobTitle: string | null;
  department: string | null;
  site: string | null;
  managerId: string | null;
  avatarVersion?: number;
}

export type ProfilePage = CursorPage<Profile>;

/** A person as the directory lists them, with the skills and "ask me about" topics a search's words were found in. */
export interface DirectoryPerson extends Profile {
  matchedExpertise: string[];
}

export interface ProfileQuery {
  search?: string;
  department?: string;
  site?: string;
  cursor?: string | null;
  limit?: number;
}

export function listProfiles(query: ProfileQuery, signal?: AbortSignal): Promise<CursorPage<DirectoryPerson>> {
  return getJson<CursorPage<DirectoryPerson>>('/api/v1/profiles', { ...query }, signal);
}

export interface ProfileDetails {
  id: string;
  displayName: string;
  email: string;
  jobTitle: string;
  department: string;
  site: string;
  isFormerEmployee: boolean;
  followerCount: number;
  followingCount: number;
  followedByMe: boolean;
  avatarVersion: number;
  phone: string;
  pronouns: string;
  bioHtml: string;
  bioMarkdown: string;
  languages: string[];
  skills: string[];
  askMeAbout: string[];
  manager: Profile | null;
  directReports: Profile[];
}

export function getProfile(id: string, signal?: AbortSignal): Promise<ProfileDetails> {
  return getJson<ProfileDetails>(`/api/v1/profiles/${encodeURIComponent(id)}`, undefined, signal);
}

/** Following twice, or unfollowing someone not followed, is harmless on the server. */
export function setFollowing(id: string, follow: boolean): Promise<void> {
  return request<void>(follow ? 'PUT' : 'DELETE', `/api/v1/profiles/${encodeURIComponent(id)}/follow`);
}

export type ProfileField = 'jobTitle' | 'department' | 'site' | 'phone' | 'pronouns' | 'bio' | 'languages' | 'skills' | 'askMeAbout';

export interface FieldRule {
  field: ProfileField;
  editableByEmployee: boolean;
}

export type ProfileEdit = Partial<Record<'jobTitle' | 'department' | 'site' | 'phone' | 'pronouns' | 'bio', string>> &
  Partial<Record<'languages' | 'skills' | 'askMeAbout', string[]>>;

export function getFieldRules(signal?: AbortSignal): Promise<FieldRule[]> {
  return getJson<FieldRule[]>('/api/v1/profiles/field-rules', undefined, signal);
}

export function editMyProfile(edit: ProfileEdit): Promise<void> {
  return request<void>('PATCH', '/api/v1/profiles/me', { body: edit });
}

export function uploadAvatar(file: File): Promise<{ version: number }> {
  const form = new FormData();
  form.append('file', file);
  return request<{ version: number }>('PUT', '/api/v1/profiles/me/avatar', { body: form });
}

export function listFollows(id: string, kind: 'followers' | 'following', cursor: string | null, signal?: AbortSignal): Promise<ProfilePage> {
  return getJson<ProfilePage>(`/api/v1/profiles/${encodeURIComponent(id)}/${kind}`, { cursor }, signal);
}

export interface OrgChart {
  chain: Profile[];
  person: Profile;
  reports: Profile[];
}

export function getOrgChart(id: string, signal?: AbortSignal): Promise<OrgChart> {
  return getJson<OrgChart>(`/api/v1/profiles/${encodeURIComponent(id)}/org-chart`, undefined, signal);
}

export type SuggestionReason = 'manager' | 'direct_report' | 'interaction' | 'teammate' | 'same_department';

export interface Suggestion {
  person: Profile;
  reason: SuggestionReason;
}

export function getSuggestions(signal?: AbortSignal): Promise<Suggestion[]> {
  return getJson<Suggestion[]>('/api/v1/profiles/me/suggestions', undefined, signal);
}

export function setFieldRules(rules: FieldRule[]): Promise<void> {
  return request<void>('PUT', '/api/v1/profiles/field-rules', { body: rules });
}

export interface DirectoryFacets {
  departments: string[];
  sites: string[];
}

export function getDirectoryFacets(signal?: AbortSignal): Promise<DirectoryFacets> {
  return getJson<DirectoryFacets>('/api/v1/profiles/facets', undefined, signal);
}

/** The people with these ids (at most 100); ids of nobody are left out. */
export function lookupProfiles(ids: string[], signal?: AbortSignal): Promise<Profile[]> {
  return request<Profile[]>('POST', '/api/v1/profiles/lookup', { body: { ids: ids.slice(0, 100) }, signal });
}
