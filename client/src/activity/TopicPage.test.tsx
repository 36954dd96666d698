import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ADMIN, jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';

/** A server whose topic answer is `topic` after `failures` failures with `status`. */
function stubServer(status: number, failures: number) {
  let failuresLeft = failures;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = requestUrl(input);
      if (url.pathname === '/api/v1/identity/me') {
        return jsonResponse(ADMIN);
      }
      if (url.pathname === '/api/v1/profiles/me/topics/launch') {
        return failuresLeft-- > 0 ? jsonResponse({ title: 'Failed', status }, status, 'application/problem+json') : jsonResponse({ topic: 'launch', following: false });
      }
      if (url.pathname === '/api/v1/activity/feeds/topics/launch') {
        return jsonResponse({ items: [], nextCursor: null });
      }
      if (url.pathname === '/api/v1/activity/mutes') {
        return jsonResponse([{ kind: 'topic', key: 'launch' }]);
      }
      if (url.pathname === '/api/v1/activity/mutes/topic/launch') {
        return new Response(null, { status: 204 });
      }
      return new Response(null, { status: 404 });
    }),
  );
}

describe('a topic page', () => {
  it('says a failed load failed, not that the topic does not exist, and loads again when asked', async () => {
    stubServer(502, 1);
    await renderApp({ path: '/topics/launch' });
    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong. Please try again in a moment.');
    expect(screen.queryByRole('heading', { name: 'Page not found' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: '#launch' })).toBeTruthy();
  });

  it('is not found when the server says there is no such topic', async () => {
    stubServer(404, 1);
    await renderApp({ path: '/topics/launch', language: 'fr' });
    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeTruthy();
  });

  it('offers a muted topic to be unmuted, and muted again', async () => {
    stubServer(200, 0);
    await renderApp({ path: '/topics/launch' });

    fireEvent.click(await screen.findByRole('button', { name: 'Unmute this topic' }));
    expect((await screen.findByRole('status')).textContent).toBe('Posts about this topic appear in your streams again.');
    fireEvent.click(screen.getByRole('button', { name: 'Mute this topic' }));
    await screen.findByRole('button', { name: 'Unmute this topic' });
    expect(screen.getByRole('status').textContent).toBe('Posts about this topic no longer appear in your streams.');
  });
});
