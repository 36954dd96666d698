import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';

const CAMILLE = { id: 'p-camille', displayName: 'Camille Martin', jobTitle: 'Designer', department: 'Design', site: null, managerId: null };
const OLIVER = { id: 'p-oliver', displayName: 'Oliver Brown', jobTitle: 'Engineer', department: 'Engineering', site: null, managerId: null };

/** Camille's profile and her followers, each answering in turn the responses given. */
function stubServer({ profile, followers }: { profile: Response[]; followers: Response[] }) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const path = requestUrl(input).pathname;
      if (path === '/api/v1/profiles/p-camille') {
        return profile.shift()!;
      }
      if (path === '/api/v1/profiles/p-camille/followers') {
        return followers.shift()!;
      }
      return new Response(null, { status: 404 });
    }),
  );
}

describe('follow list page', () => {
  it('keeps a heading that reads when the name could not be loaded, says so, and loads it again when asked', async () => {
    stubServer({
      profile: [new Response(null, { status: 503 }), jsonResponse(CAMILLE)],
      followers: [jsonResponse({ items: [OLIVER], nextCursor: null })],
    });
    await renderApp({ path: '/people/p-camille/followers', language: 'fr' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Abonné·e·s de cette personne' })).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe("Le nom de cette personne n'a pas pu être chargé. Réessayer");
    expect(await screen.findByRole('link', { name: 'Oliver Brown' })).toBeTruthy();

    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Abonné·e·s de Camille Martin' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the followers could not be loaded instead of saying no one follows, and loads them again when asked', async () => {
    stubServer({
      profile: [jsonResponse(CAMILLE)],
      followers: [new Response(null, { status: 503 }), jsonResponse({ items: [OLIVER], nextCursor: null })],
    });
    await renderApp({ path: '/people/p-camille/followers' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Followers of Camille Martin' })).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong. Please try again in a moment.');
    expect(screen.queryByText('No one follows this person yet.')).toBeNull();

    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(within(await screen.findByRole('list', { name: 'Followers of Camille Martin' })).getByRole('link', { name: 'Oliver Brown' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('1 person shown');
  });
});
