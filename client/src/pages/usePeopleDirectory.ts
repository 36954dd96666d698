import { useCallback, useEffect, useRef, useState } from 'react';
import { listProfiles, type Profile } from '../api/profiles';

export const PAGE_SIZE = 20;

export interface DirectoryState {
  status: 'loading' | 'ready' | 'error';
  items: Profile[];
  nextCursor: string | null;
  loadingMore: boolean;
  error: unknown;
}

const LOADING: DirectoryState = { status: 'loading', items: [], nextCursor: null, loadingMore: false, error: null };

/**
 * Pages through the profile directory for one search text and filters. A new search aborts every
 * request of the previous one, so late answers never mix results of different searches.
 */
export function usePeopleDirectory(search: string, department = '', site = '') {
  const [state, setState] = useState<DirectoryState>(LOADING);
  const searchController = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    searchController.current = controller;
    setState(LOADING);
    listProfiles({ search, department, site, limit: PAGE_SIZE }, controller.signal).then(
      (page) => setState({ status: 'ready', items: page.items, nextCursor: page.nextCursor, loadingMore: false, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ ...LOADING, status: 'error', error });
        }
      },
    );
    return () => controller.abort();
  }, [search, department, site]);

  const { nextCursor, loadingMore } = state;
  const loadMore = useCallback(() => {
    const controller = searchController.current;
    if (!controller || !nextCursor || loadingMore) {
      return;
    }
    setState((current) => ({ ...current, loadingMore: true, error: null }));
    listProfiles({ search, department, site, cursor: nextCursor, limit: PAGE_SIZE }, controller.signal).then(
      (page) =>
        setState((current) => ({
          ...current,
          items: [...current.items, ...page.items],
          nextCursor: page.nextCursor,
          loadingMore: false,
        })),
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState((current) => ({ ...current, loadingMore: false, error }));
        }
      },
    );
  }, [search, department, site, nextCursor, loadingMore]);

  return { ...state, loadMore };
}
