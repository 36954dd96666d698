import { getJson, request } from './http';

export interface Profile {
  id: string;
  displayName: string;
  jobTitle: string | null;
  department: string | null;
  site: string | null;
  managerId: string | null;
  avatarVersion?: number;
}

export interface ProfilePage {
  items: Profile[];
  nextCursor: string | null;
}

export interface ProfileQuery {
  search?: string;
  department?: string;
  cursor?: string | null;
  limit?: number;
}

export function listProfiles(query: ProfileQuery, signal?: AbortSignal): Promise<ProfilePage> {
  return getJson<ProfilePage>('/api/v1/profiles', { ...query }, signal);
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
