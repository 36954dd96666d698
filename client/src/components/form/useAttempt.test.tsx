import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/http';
import { createI18n } from '../../i18n';
import { useAttempt } from './useAttempt';

describe('a button\'s attempt', () => {
  it('applies what the server agreed to, and keeps the reason of a refusal until the next success', async () => {
    const i18n = createI18n('en');
    const { result } = renderHook(() => useAttempt(), { wrapper: ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider> });
    const done = vi.fn();

    act(() => result.current.attempt(Promise.reject(new ApiError(409, { title: 'Conflict', status: 409 })), done));
    await waitFor(() => expect(result.current.error).toBe('Something went wrong. Please try again in a moment.'));
    expect(done).not.toHaveBeenCalled();

    act(() => result.current.attempt(Promise.reject(new ApiError(429, { title: 'Too Many Requests', status: 429 }, 3)), done));
    await waitFor(() => expect(result.current.error).toBe('Too many attempts. Try again in 3 seconds.'));

    act(() => result.current.attempt(Promise.resolve('saved'), done));
    await waitFor(() => expect(result.current.error).toBeNull());
    expect(done).toHaveBeenCalledWith('saved');
  });
});
