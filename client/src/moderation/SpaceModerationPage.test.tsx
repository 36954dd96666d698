import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ADMIN, jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';

const SPACE = { id: 's1', name: 'Cycling club', myRole: 'moderator' };

/** A space whose moderation queue and log are empty, and whose own answers are, in turn, the responses given, then the space. */
function stubServer(spaceAnswers: Response[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const path = requestUrl(input).pathname;
      if (path === '/api/v1/identity/me') {
        return jsonResponse(ADMIN);
      }
      if (path === '/api/v1/spaces/s1') {
        return spaceAnswers.shift() ?? jsonResponse(SPACE);
      }
      return jsonResponse(path === '/api/v1/activity/moderation/queue' ? [] : { items: [], nextCursor: null });
    }),
  );
}

function problem(status: number): Response {
  return jsonResponse({ title: 'Refused', status }, status, 'application/problem+json');
}

describe('Space moderation', () => {
  it('says a failed load failed, not that the space does not exist, and loads it again when asked', async () => {
    stubServer([new Response(null, { status: 503 })]);
    await renderApp({ path: '/spaces/s1/moderation' });

    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong. Please try again in a moment.');
    expect(screen.queryByRole('heading', { name: 'Page not found' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Moderation of Cycling club' })).toBeDefined();
    expect(await screen.findByRole('region', { name: 'Reports waiting' })).toBeDefined();
  });

  // The server would refuse them the queue and the log: Try again could never succeed.
  it.each(['member', null])('is not found for someone who does not moderate the space (role %s)', async (myRole) => {
    stubServer([jsonResponse({ ...SPACE, myRole })]);
    await renderApp({ path: '/spaces/s1/moderation', language: 'fr' });

    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
    const asked = vi.mocked(fetch).mock.calls.map(([input]) => requestUrl(input).pathname);
    expect(asked.filter((path) => path.startsWith('/api/v1/activity/moderation/'))).toEqual([]);
  });

  // 404: no such space, or a secret one seen from outside; 403: someone who may take part in no space.
  it.each([404, 403])('is not found when the space answers %i', async (status) => {
    stubServer([problem(status)]);
    await renderApp({ path: '/spaces/s1/moderation', language: 'fr' });

    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
  });
});
