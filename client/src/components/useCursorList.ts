import { useCallback, useEffect, useRef, useState } from 'react';
import type { CursorPage } from '../api/http';

export interface CursorListState<T> {
  status: 'loading' | 'ready' | 'error';
  items: T[];
  nextCursor: string | null;
  loadingMore: boolean;
  error: unknown;
}

type Loader<T> = (cursor: string | null, signal: AbortSignal) => Promise<CursorPage<T>>;

/**
 * Pages through a cursor-paginated list. A new key (another search, a reload) aborts every
 * request made for the previous one, so late answers never mix into the new list.
 */
export function useCursorList<T>(key: string, load: Loader<T>) {
  const [state, setState] = useState<CursorListState<T>>({
    status: 'loading',
    items: [],
    nextCursor: null,
    loadingMore: false,
    error: null,
  });
  const loader = useRef(load);
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(() => {
    loader.current = load;
  });

  useEffect(() => {
    const controller = new AbortController();
    controllerRef.current = controller;
    setState({ status: 'loading', items: [], nextCursor: null, loadingMore: false, error: null });
    loader.current(null, controller.signal).then(
      (page) => setState({ status: 'ready', items: page.items, nextCursor: page.nextCursor, loadingMore: false, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ status: 'error', items: [], nextCursor: null, loadingMore: false, error });
        }
      },
    );
    return () => controller.abort();
  }, [key]);

  const { nextCursor, loadingMore } = state;
  const loadMore = useCallback(() => {
    const controller = controllerRef.current;
    if (!controller || !nextCursor || loadingMore) {
      return;
    }
    setState((current) => ({ ...current, loadingMore: true, error: null }));
    loader.current(nextCursor, controller.signal).then(
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

  return { ...state, loadMore, update, prepend, append, remove, transform };
}
