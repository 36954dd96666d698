import { useCallback, useEffect, useRef, useState } from 'react';

/** What a screen knows of something it loads: nothing yet, the value, or why it could not have it. */
export type LoadState<T> =
  | { status: 'loading'; value: undefined; error: null }
  | { status: 'ready'; value: T; error: null }
  | { status: 'failed'; value: undefined; error: unknown };

const LOADING = { status: 'loading', value: undefined, error: null } as const;

/**
 * Loads something a screen shows, so that a failure can be told (with LoadFailed) instead of passing
 * for an empty list. A new key, or `reload`, aborts the request under way and asks again; a late or
 * aborted answer is ignored. The last value stays on screen while the next one loads, so that the page
 * does not jump. After a failure, `reload` keeps the failure on screen until the answer, so that the
 * Try again button someone pressed stays where their focus is; a new key shows as loading.
 */
export function useLoad<T>(key: string | readonly unknown[], load: (signal: AbortSignal) => Promise<T>) {
  const [state, setState] = useState<LoadState<T>>(LOADING);
  const [attempt, setAttempt] = useState(0);
  const loader = useRef(load);
  const identity = typeof key === 'string' ? key : JSON.stringify(key);
  const shownIdentity = useRef(identity);

  useEffect(() => {
    loader.current = load;
  });

  useEffect(() => {
    const controller = new AbortController();
    const sameKey = shownIdentity.current === identity;
    shownIdentity.current = identity;
    if (!sameKey) {
      setState((current) => (current.status === 'failed' ? LOADING : current));
    }
    loader.current(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) {
          setState({ status: 'ready', value, error: null });
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ status: 'failed', value: undefined, error });
        }
      },
    );
    return () => controller.abort();
  }, [identity, attempt]);

  /** Asks again: after a failure, or after a change that the loaded value does not show yet. */
  const reload = useCallback(() => setAttempt((value) => value + 1), []);

  /** Changes the loaded value in place after a change the server confirmed, without asking again. */
  const update = useCallback((change: (value: T) => T) => {
    setState((current) => (current.status === 'ready' ? { ...current, value: change(current.value) } : current));
  }, []);

  return { ...state, reload, update };
}

/** What useLoad gives, for a component handed something its parent loads. */
export type Loaded<T> = ReturnType<typeof useLoad<T>>;
