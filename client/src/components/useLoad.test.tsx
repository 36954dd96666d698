import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/http';
import { useLoad } from './useLoad';

/** A promise the test settles when it chooses, to play answers arriving late or out of order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe('loading what a screen shows', () => {
  it('is loading until the answer comes, then holds it', async () => {
    const load = vi.fn<(signal: AbortSignal) => Promise<string[]>>(() => Promise.resolve(['first report']));
    const { result } = renderHook(() => useLoad('queue', load));

    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.value).toEqual(['first report']);
    expect(result.current.error).toBeNull();
    expect(load.mock.calls[0][0]).toBeInstanceOf(AbortSignal);
  });

  it('tells a failure apart from an empty answer, and loads again when asked', async () => {
    const failure = new ApiError(503, { title: 'Service Unavailable', status: 503 });
    const load = vi.fn<(signal: AbortSignal) => Promise<string[]>>().mockRejectedValueOnce(failure).mockResolvedValueOnce(['first report']);
    const { result } = renderHook(() => useLoad('queue', load));

    await waitFor(() => expect(result.current.status).toBe('failed'));
    expect(result.current.error).toBe(failure);
    expect(result.current.value).toBeUndefined();

    // The failure stays until the answer: its Try again button is where the reader's focus is.
    act(() => result.current.reload());
    expect(result.current.status).toBe('failed');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.value).toEqual(['first report']);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows another key as loading after a failure, not as the last key\'s failure', async () => {
    const answer = deferred<string>();
    const { result, rerender } = renderHook(({ key }: { key: string }) => useLoad(key, () => (key === 'a' ? Promise.reject(new Error('down')) : answer.promise)), {
      initialProps: { key: 'a' },
    });
    await waitFor(() => expect(result.current.status).toBe('failed'));

    rerender({ key: 'b' });
    expect(result.current.status).toBe('loading');
    await act(async () => answer.resolve('answer for b'));
    expect(result.current.value).toBe('answer for b');
  });

  it('aborts the request for the previous key and ignores its late answer', async () => {
    const answers = { a: deferred<string>(), b: deferred<string>() };
    const signals: AbortSignal[] = [];
    const { result, rerender, unmount } = renderHook(({ key }: { key: 'a' | 'b' }) =>
      useLoad(key, (signal) => {
        signals.push(signal);
        return answers[key].promise;
      }),
    { initialProps: { key: 'a' } },
    );

    rerender({ key: 'b' });
    expect(signals.map((signal) => signal.aborted)).toEqual([true, false]);

    await act(async () => answers.b.resolve('answer for b'));
    expect(result.current.value).toBe('answer for b');
    await act(async () => answers.a.resolve('late answer for a'));
    expect(result.current.value).toBe('answer for b');

    unmount();
    expect(signals[1].aborted).toBe(true);
  });

  it('keeps the value on screen while it loads again, and changes it in place', async () => {
    const second = deferred<string[]>();
    const load = vi.fn<(signal: AbortSignal) => Promise<string[]>>().mockResolvedValueOnce(['a', 'b']).mockReturnValueOnce(second.promise);
    const { result } = renderHook(() => useLoad('queue', load));
    await waitFor(() => expect(result.current.status).toBe('ready'));

    act(() => result.current.update((items) => items.filter((item) => item !== 'a')));
    expect(result.current.value).toEqual(['b']);

    act(() => result.current.reload());
    expect(result.current.status).toBe('ready');
    expect(result.current.value).toEqual(['b']);
    await act(async () => second.resolve(['c']));
    expect(result.current.value).toEqual(['c']);
  });
});
