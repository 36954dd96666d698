import { useCallback, useEffect, useRef, useState } from 'react';
import type { CursorPage } from '../api/http';

export interface CursorListState<T> {
  status: 'loading' | 'ready' | 'failed';
  items: T[];
  nextCursor: string | null;
  loadingMore: boolean;
  /** Why the first page could not be had: the list is unknown, which is not the same as empty. */
  error: unknown;
  /** Why the next page could not be had; the items already shown stay. */
  moreError: unknown;
}

type Loader<T> = (cursor: string | null, signal: AbortSignal) => Promise<CursorPage<T>>;

const LOADING: CursorListState<never> = { status: 'loading', items: [], nextCursor: null, loadingMore: false, error: null, moreError: null };

/**
 * Pages through a cursor-paginated list. A new key (another search, a reload) aborts every
 * request made for the previous one, so late answers never mix into the new list. A failure is
 * kept apart from an empty list: `reload` asks for a failed first page again, keeping the failure
 * on screen until the answer (so a Try again button keeps focus), and `loadMore` after a failed
 * next page asks for that page again.
 */
export function useCursorList<T>(key: string, load: Loader<T>) {
  const [state, setState] = useState<CursorListState<T>>(LOADING);
  const [attempt, setAttempt] = useState(0);
  const loader = useRef(load);
  const controllerRef = useRef<AbortController | null>(null);
  const listedKey = useRef(key);

  useEffect(() => {
    loader.current = load;
  });

  useEffect(() => {
    const controller = new AbortController();
    controllerRef.current = controller;
    const sameList = listedKey.current === key;
    listedKey.current = key;
    setState((current) => (sameList && current.status === 'failed' ? current : LOADING));
    loader.current(null, controller.signal).then(
      (page) => {
        if (!controller.signal.aborted) {
          setState({ ...LOADING, status: 'ready', items: page.items, nextCursor: page.nextCursor });
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ ...LOADING, status: 'failed', error });
        }
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  /** Asks for the first page again, after it failed. */
  const reload = useCallback(() => setAttempt((value) => value + 1), []);

  const { nextCursor, loadingMore } = state;
  const loadMore = useCallback(() => {
    const controller = controllerRef.current;
    if (!controller || !nextCursor || loadingMore) {
      return;
    }
    setState((current) => ({ ...current, loadingMore: true, moreError: null }));
    loader.current(nextCursor, controller.signal).then(
      (page) => {
        if (!controller.signal.aborted) {
          setState((current) => ({ ...current, items: [...current.items, ...page.items], nextCursor: page.nextCursor, loadingMore: false }));
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState((current) => ({ ...current, loadingMore: false, moreError: error }));
        }
      },
    );
  }, [nextCursor, loadingMore]);

  /** Replaces items in place after a change the server confirmed, without reloading the list. */
  const update = useCallback((change: (item: T) => T) => {
    setState((current) => ({ ...current, items: current.items.map(change) }));
  }, []);

  /** Puts an item the reader just made at the top, where a reload would show it. */
  const prepend = useCallback((item: T) => {
    setState((current) => ({ ...current, items: [item, ...current.items] }));
  }, []);

  /** Puts an item the reader just made at the end of a list read oldest first. */
  const append = useCallback((item: T) => {
    setState((current) => ({ ...current, items: [...current.items, item] }));
  }, []);

  /** Takes out items the server confirmed are gone. */
  const remove = useCallback((gone: (item: T) => boolean) => {
    setState((current) => ({ ...current, items: current.items.filter((item) => !gone(item)) }));
  }, []);

  /** Rewrites the items from the whole list, for changes that depend on what it already holds, such as live arrivals. */
  const transform = useCallback((change: (items: T[]) => T[]) => {
    setState((current) => ({ ...current, items: change(current.items) }));
  }, []);

  return { ...state, reload, loadMore, update, prepend, append, remove, transform };
}
