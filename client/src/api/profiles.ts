import { getJson } from './http';

export interface Profile {
  id: string;
  displayName: string;
  jobTitle: string | null;
  department: string | null;
  site: string | null;
  managerId: string | null;
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
