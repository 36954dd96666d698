import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Space } from '../api/spaces';
import { post } from '../test/postFixtures';
import { ADMIN, jsonResponse, renderApp } from '../test/renderApp';
import { requestBody, requestUrl } from '../test/requests';

const SPACE: Space = {
  id: 's1', name: 'Cycling club', description: 'Rides at noon.', guidelines: 'Helmets on.', visibility: 'public', archived: false,
  memberCount: 12, myRole: null, requestedToJoin: false, canRead: true, createdAt: '2026-11-01T10:00:00Z', welcome: '', joinedAt: null, coverVersion: 0,
  onlyOwner: false,
};

/**
 * A server for one space: joining makes the caller a member, and the space's lists are empty
 * unless `answers` gives, for a path, the responses to its successive requests.
 */
function stubServer(space: Space, answers: Record<string, Response[]> = {}) {
  const calls: { method: string; path: string; body: string }[] = [];
  let current = space;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = requestUrl(input);
      const method = init?.method ?? 'GET';
      calls.push({ method, path: url.pathname, body: requestBody(init) });
      const answer = answers[url.pathname]?.shift();
      if (answer) {
        return answer;
      }
      if (url.pathname === '/api/v1/identity/me') {
        return jsonResponse(ADMIN);
      }
      if (url.pathname === '/api/v1/spaces/s1/membership' && method === 'PUT') {
        current = current.visibility === 'public' ? { ...current, myRole: 'member', memberCount: 13 } : { ...current, requestedToJoin: true };
        return jsonResponse(current, current.myRole ? 200 : 202);
      }
      if (url.pathname === '/api/v1/spaces/s1') {
        return jsonResponse(current);
      }
      if (url.pathname.endsWith('/pinned')) {
        return jsonResponse([]);
      }
      return jsonResponse({ items: [], nextCursor: null });
    }),
  );
  return calls;
}

describe('Space page', () => {
  it('asks to accept the guidelines before joining a public space, then shows its stream', async () => {
    const calls = stubServer(SPACE);
    await renderApp({ path: '/spaces/s1' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Cycling club' })).toBeDefined();
    expect(within(screen.getByRole('region', { name: 'Guidelines' })).getByText('Helmets on.')).toBeDefined();
    const join = screen.getByRole<HTMLButtonElement>('button', { name: 'Join the space' });
    expect(join.disabled).toBe(true);

    fireEvent.click(screen.getByRole('checkbox', { name: "I accept the space's guidelines" }));
    fireEvent.click(join);

    expect(await screen.findByText(/you are Member/)).toBeDefined();
    // Accepted once, the guidelines fold away behind their name.
    expect(screen.queryByRole('region', { name: 'Guidelines' })).toBeNull();
    expect(screen.getByText('Guidelines').closest('details')!.open).toBe(false);
    const joined = calls.find((c) => c.method === 'PUT' && c.path === '/api/v1/spaces/s1/membership')!;
    expect(JSON.parse(joined.body)).toEqual({ acceptGuidelines: true });
    await waitFor(() => expect(calls.some((c) => c.path === '/api/v1/activity/feeds/spaces/s1')).toBe(true));
  });

  it("does not name the space on each of its posts, but does on a post shared from elsewhere", async () => {
    const elsewhere = post('p0', '<p>Route map</p>', { space: { id: 's9', name: 'Travel desk' } });
    const here = [post('p1', '<p>Rides at noon</p>', { space: { id: 's1', name: 'Cycling club' } }), post('p2', '<p>Look</p>', { space: { id: 's1', name: 'Cycling club' }, sharedPost: elsewhere })];
    stubServer({ ...SPACE, myRole: 'member' }, { '/api/v1/activity/feeds/spaces/s1': [jsonResponse({ items: here, nextCursor: null })] });
    await renderApp({ path: '/spaces/s1' });

    const stream = within(await screen.findByRole('feed', { name: 'Posts in Cycling club' }));
    expect(stream.getAllByRole('article')).toHaveLength(2);
    expect(stream.queryByRole('link', { name: 'Cycling club' })).toBeNull();
    expect(stream.getByRole('link', { name: 'Travel desk' }).getAttribute('href')).toBe('/spaces/s9');
  });

  it("searches the space's own posts and files from its page", async () => {
    const calls = stubServer({ ...SPACE, myRole: 'member' });
    await renderApp({ path: '/spaces/s1' });

    const search = within(await screen.findByRole('search', { name: 'Search this space' }));
    fireEvent.change(search.getByRole('searchbox'), { target: { value: ' helmet rules ' } });
    fireEvent.click(search.getByRole('button', { name: 'Search' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Results for “helmet rules” in Cycling club' })).toBeTruthy();
    await waitFor(() => expect(calls.some((call) => call.path === '/api/v1/activity/search')).toBe(true));
  });

  it('tells its only owner why they cannot leave, instead of offering to', async () => {
    stubServer({ ...SPACE, myRole: 'owner', onlyOwner: true });
    await renderApp({ path: '/spaces/s1', language: 'fr' });

    expect(await screen.findByText("Vous êtes l'unique propriétaire de cet espace : pour le quitter, nommez d'abord une autre personne propriétaire.")).toBeDefined();
    expect(screen.queryByRole('button', { name: "Quitter l'espace" })).toBeNull();
  });

  it('lets a member mute the space\'s notifications and take it back', async () => {
    const calls = stubServer({ ...SPACE, myRole: 'member' });
    await renderApp({ path: '/spaces/s1' });

    fireEvent.click(await screen.findByRole('button', { name: 'Mute notifications for this space' }));

    expect((await screen.findByRole('status')).textContent).toBe('You will no longer be notified about this space.');
    expect(calls.some((c) => c.method === 'PUT' && c.path === '/api/v1/notifications/mutes/space/s1')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Unmute notifications for this space' }));
    await screen.findByText('You will be notified about this space again.');
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/v1/notifications/mutes/space/s1')).toBe(true);
  });

  it('says when whether the space is muted could not be loaded, and offers the button once it is', async () => {
    stubServer(
      { ...SPACE, myRole: 'member' },
      { '/api/v1/notifications/mutes': [jsonResponse({ title: 'Service Unavailable', status: 503 }, 503, 'application/problem+json')] },
    );
    await renderApp({ path: '/spaces/s1', language: 'fr' });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Impossible de savoir si les notifications de cet espace sont désactivées.');
    expect(screen.queryByRole('button', { name: 'Désactiver les notifications de cet espace' })).toBeNull();

    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByRole('button', { name: 'Désactiver les notifications de cet espace' })).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a failed load failed instead of loading forever, and shows the space when asked again', async () => {
    stubServer(SPACE, { '/api/v1/spaces/s1': [new Response(null, { status: 503 })] });
    await renderApp({ path: '/spaces/s1' });

    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong. Please try again in a moment.');
    expect(screen.queryByText('Loading spaces…')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Page not found' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Cycling club' })).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is not found when the server says there is no such space', async () => {
    stubServer(SPACE, { '/api/v1/spaces/s1': [jsonResponse({ title: 'Not Found', status: 404, detail: 'No such space.' }, 404, 'application/problem+json')] });
    await renderApp({ path: '/spaces/s1', language: 'fr' });

    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
  });

  it('offers to ask to join a private space and hides its members from outsiders', async () => {
    stubServer({ ...SPACE, visibility: 'private', guidelines: '', canRead: false });
    await renderApp({ path: '/spaces/s1' });

    expect(await screen.findByText('Only members see who is in this space and what they share.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Ask to join' }));
    expect((await screen.findByRole('status')).textContent).toBe("Your request to join is waiting for the space's managers.");
  });

  it('says when the questions waiting for an answer could not be loaded, and loads them again when asked', async () => {
    const question = { id: 'q1', bodyMarkdown: 'Which route on Friday?' };
    const calls = stubServer(
      { ...SPACE, myRole: 'member' },
      { '/api/v1/activity/spaces/s1/questions': [new Response(null, { status: 503 }), jsonResponse({ items: [question], nextCursor: null })] },
    );
    await renderApp({ path: '/spaces/s1' });

    const questions = await screen.findByRole('region', { name: 'Questions waiting for an answer' });
    expect((await within(questions).findByRole('alert')).textContent).toContain('Something went wrong. Please try again in a moment.');

    fireEvent.click(within(questions).getByRole('button', { name: 'Try again' }));

    expect((await within(questions).findByRole('link', { name: 'Which route on Friday?' })).getAttribute('href')).toBe('/posts/q1');
    expect(within(questions).queryByRole('alert')).toBeNull();
    // Files are listed only when some were shared: no heading over nothing above the stream.
    expect(calls.some((call) => call.path === '/api/v1/activity/spaces/s1/files')).toBe(true);
    expect(screen.queryByRole('region', { name: 'Files shared here' })).toBeNull();
  });

  it('lists the members on a tab of their own, says when they could not be loaded instead of showing none, and loads them again when asked', async () => {
    const member = { personId: 'p-camille', displayName: 'Camille Martin', avatarVersion: 0, role: 'member' };
    stubServer(
      { ...SPACE, myRole: 'member' },
      { '/api/v1/spaces/s1/members': [new Response(null, { status: 503 }), jsonResponse({ items: [member], nextCursor: null })] },
    );
    await renderApp({ path: '/spaces/s1' });
    const tabs = within(await screen.findByRole('navigation', { name: 'Parts of the space' }));
    expect(tabs.getByRole('link', { name: 'Conversations' }).getAttribute('aria-current')).toBe('page');
    expect(screen.queryByRole('region', { name: '12 members' })).toBeNull();

    fireEvent.click(tabs.getByRole('link', { name: 'Members' }));
    const members = await screen.findByRole('region', { name: '12 members' });
    expect(tabs.getByRole('link', { name: 'Members' }).getAttribute('aria-current')).toBe('page');
    expect(document.title).toBe('Members · Cycling club · EnterpriseSocial');
    expect(screen.queryByRole('feed')).toBeNull();
    expect((await within(members).findByRole('alert')).textContent).toContain('Something went wrong. Please try again in a moment.');
    expect(within(members).getByRole('list', { name: 'Members' }).children).toHaveLength(0);

    fireEvent.click(within(members).getByRole('button', { name: 'Try again' }));

    expect(await within(members).findByRole('link', { name: 'Camille Martin' })).toBeDefined();
    expect(within(members).queryByRole('alert')).toBeNull();
  });

  it("sends a member who opens the managing tools' address to the conversations, with no Manage tab", async () => {
    stubServer({ ...SPACE, myRole: 'member' });
    await renderApp({ path: '/spaces/s1/manage' });

    const tabs = within(await screen.findByRole('navigation', { name: 'Parts of the space' }));
    expect(tabs.getByRole('link', { name: 'Conversations' }).getAttribute('aria-current')).toBe('page');
    expect(tabs.queryByRole('link', { name: 'Manage' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Invite people' })).toBeNull();
  });

  it('gives a manager their tools on a tab of their own, and tells them when the search for people to invite failed, rather than finding no one', async () => {
    const oliver = { id: 'p-oliver', displayName: 'Oliver Brown', jobTitle: 'Engineer', department: null, site: null, managerId: null };
    stubServer(
      { ...SPACE, myRole: 'owner' },
      {
        '/api/v1/profiles': [new Response(null, { status: 503 }), jsonResponse({ items: [oliver], nextCursor: null })],
        '/api/v1/profiles/facets': [jsonResponse({ departments: ['Engineering'], sites: [] })],
      },
    );
    await renderApp({ path: '/spaces/s1' });
    fireEvent.click(await screen.findByRole('link', { name: 'Manage' }));
    const invite = await screen.findByRole('region', { name: 'Invite people' });
    expect(screen.queryByRole('feed')).toBeNull();

    fireEvent.change(within(invite).getByRole('searchbox', { name: 'Find a colleague' }), { target: { value: 'oli' } });

    expect((await within(invite).findByRole('alert')).textContent).toContain('Something went wrong. Please try again in a moment.');
    fireEvent.click(within(invite).getByRole('button', { name: 'Try again' }));
    expect((await within(invite).findByRole('button', { name: 'Add Oliver Brown' })).textContent).toBe('Add');
    expect(within(invite).getByRole('link', { name: 'Oliver Brown' }).getAttribute('href')).toBe('/people/p-oliver');
    expect(within(invite).queryByRole('alert')).toBeNull();
  });
});

