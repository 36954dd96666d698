import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, type CursorPage } from '../api/http';
import { useCursorList } from './useCursorList';

/** A promise the test settles when it chooses, to play answers arriving late. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

type Loader = (cursor: string | null, signal: AbortSignal) => Promise<CursorPage<string>>;

describe('a paged list', () => {
  it('tells a failed first page apart from an empty list, and keeps the failure on screen while asking again', async () => {
    const failure = new ApiError(503, { title: 'Service Unavailable', status: 503 });
    const second = deferred<CursorPage<string>>();
    const load = vi.fn<Loader>().mockRejectedValueOnce(failure).mockReturnValueOnce(second.promise);
    const { result } = renderHook(() => useCursorList('log', load));

    await waitFor(() => expect(result.current.status).toBe('failed'));
    expect(result.current.error).toBe(failure);
    expect(result.current.items).toEqual([]);

    act(() => result.current.reload());
    expect(result.current.status).toBe('failed');
    await act(async () => second.resolve({ items: ['first entry'], nextCursor: null }));
    expect(result.current.status).toBe('ready');
    expect(result.current.error).toBeNull();
    expect(result.current.items).toEqual(['first entry']);
    expect(load.mock.calls.map(([cursor]) => cursor)).toEqual([null, null]);
  });

  it('keeps the items shown when the next page fails, and asks for that same page again', async () => {
    const failure = new ApiError(500, null);
    const load = vi
      .fn<Loader>()
      .mockResolvedValueOnce({ items: ['a'], nextCursor: 'page-2' })
      .mockRejectedValueOnce(failure)
      .mockResolvedValueOnce({ items: ['b'], nextCursor: null });
    const { result } = renderHook(() => useCursorList('log', load));
    await waitFor(() => expect(result.current.status).toBe('ready'));

    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.moreError).toBe(failure));
    expect(result.current.status).toBe('ready');
    expect(result.current.error).toBeNull();
    expect(result.current.items).toEqual(['a']);
    expect(result.current.nextCursor).toBe('page-2');

    act(() => result.current.loadMore());
    expect(result.current.moreError).toBeNull();
    await waitFor(() => expect(result.current.items).toEqual(['a', 'b']));
    expect(load.mock.calls.map(([cursor]) => cursor)).toEqual([null, 'page-2', 'page-2']);
  });

  it('ignores a first page answered after its list was replaced by another', async () => {
    const answers = { a: deferred<CursorPage<string>>(), b: deferred<CursorPage<string>>() };
    const { result, rerender } = renderHook(({ key }: { key: 'a' | 'b' }) => useCursorList(key, () => answers[key].promise), {
      initialProps: { key: 'a' },
    });

    rerender({ key: 'b' });
    await act(async () => answers.b.resolve({ items: ['for b'], nextCursor: null }));
    await act(async () => answers.a.resolve({ items: ['late, for a'], nextCursor: 'a-2' }));

    expect(result.current.items).toEqual(['for b']);
    expect(result.current.nextCursor).toBeNull();
  });
});
