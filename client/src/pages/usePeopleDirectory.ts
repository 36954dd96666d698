import { listProfiles } from '../api/profiles';
import { useCursorList } from '../components/useCursorList';

export const PAGE_SIZE = 20;

/**
 * Pages through the profile directory for one search text and filters; a new search or filter
 * aborts the requests of the previous one (see useCursorList).
 */
export function usePeopleDirectory(search: string, department = '', site = '') {
  return useCursorList(JSON.stringify([search, department, site]), (cursor, signal) =>
    listProfiles({ search, department, site, cursor, limit: PAGE_SIZE }, signal),
  );
}
