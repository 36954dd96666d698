import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeLiveChannel } from '../test/fakeLiveChannel';
import { directMessage, INES } from '../test/messageFixtures';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';
import { TYPING_SHOWN_MS } from './typing';

const CONVERSATION = `/api/v1/messages/with/${INES.id}`;

/** Inès's profile and an empty conversation with her; sending answers `sent`. Returns the paths posted to. */
function stubServer() {
  const posted: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = requestUrl(input).pathname;
      if (init?.method === 'POST') {
        posted.push(path);
        return path === CONVERSATION ? jsonResponse(directMessage('m1', EMPLOYEE.id, 'Hello'), 201) : new Response(null, { status: 204 });
      }
      if (path === `/api/v1/profiles/${INES.id}`) {
        return jsonResponse(INES);
      }
      return path === CONVERSATION ? jsonResponse({ items: [], nextCursor: null }) : new Response(null, { status: 404 });
    }),
  );
  return posted;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('typing in a conversation', () => {
  it("shows that the other person is writing until their message arrives, and nobody else's signal", async () => {
    stubServer();
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE });
    await screen.findByRole('textbox', { name: 'Your message' });

    act(() => FakeLiveChannel.current!.deliver('message.typing', { with: 'someone-else' }));
    expect(screen.queryByText(/is typing/)).toBeNull();
    act(() => FakeLiveChannel.current!.deliver('message.typing', { with: INES.id }));
    expect(screen.getByText(`${INES.displayName} is typing…`)).toBeTruthy();

    act(() => FakeLiveChannel.current!.deliver('message.sent', { with: INES.id, message: directMessage('m2', INES.id, 'Here it is') }));
    expect(screen.queryByText(/is typing/)).toBeNull();
  });

  it('stops showing it when the signals stop', async () => {
    stubServer();
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE, language: 'fr' });
    await screen.findByRole('textbox', { name: 'Votre message' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    act(() => FakeLiveChannel.current!.deliver('message.typing', { with: INES.id }));
    expect(screen.getByText(`${INES.displayName} écrit…`)).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(TYPING_SHOWN_MS - 1);
    });
    expect(screen.getByText(`${INES.displayName} écrit…`)).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(screen.queryByText(/écrit…/)).toBeNull();
  });

  it('tells the other person once for a burst of typing, and again for the next message', async () => {
    const posted = stubServer();
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE });
    const field = await screen.findByRole('textbox', { name: 'Your message' });
    const signals = () => posted.filter((path) => path === `${CONVERSATION}/typing`).length;

    fireEvent.change(field, { target: { value: ' ' } });
    expect(signals()).toBe(0);
    for (const text of ['H', 'He', 'Hello']) {
      fireEvent.change(field, { target: { value: text } });
    }
    await waitFor(() => expect(signals()).toBe(1));

    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect((field as HTMLTextAreaElement).value).toBe(''));
    fireEvent.change(field, { target: { value: 'A' } });
    await waitFor(() => expect(signals()).toBe(2));
    expect(posted.filter((path) => path === CONVERSATION)).toHaveLength(1);
  });
});
