import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ProfileDetails } from '../api/profiles';
import { FakeLiveChannel } from '../test/fakeLiveChannel';
import { post } from '../test/postFixtures';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';

const CAMILLE: ProfileDetails = {
  id: '00000000-0000-0000-0000-0000000000c1',
  displayName: 'Camille Martin',
  email: 'camille.martin@example.test',
  jobTitle: 'Product designer',
  department: 'Design',
  site: 'Nantes',
  isFormerEmployee: false,
  followerCount: 3,
  followingCount: 5,
  followedByMe: false,
  avatarVersion: 0,
  phone: '+33 1 23 45 67 89',
  pronouns: 'elle',
  bioHtml: '<p>J\u2019aime le <strong>vélo</strong></p>',
  bioMarkdown: 'J\u2019aime le **vélo**',
  languages: ['Français', 'English'],
  skills: ['Figma'],
  askMeAbout: ['Accessibility'],
  manager: { id: '00000000-0000-0000-0000-0000000000b1', displayName: 'Bruno Petit', jobTitle: 'Head of design', department: 'Design', site: 'Nantes', managerId: null },
  directReports: [],
};

/** Answers the profile, after the responses in `failures` to its first requests, and records follow requests. */
function stubServer(profile: ProfileDetails | Response, failures: Response[] = []) {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = requestUrl(input);
      calls.push(`${init?.method ?? 'GET'} ${url.pathname}`);
      if (url.pathname.endsWith('/follow') || url.pathname.startsWith('/api/v1/activity/mutes/')) {
        return new Response(null, { status: 204 });
      }
      if (url.pathname === '/api/v1/activity/mutes') {
        return jsonResponse([{ kind: 'topic', key: 'cycling' }]);
      }
      if (url.pathname.startsWith('/api/v1/recognition/people/')) {
        return jsonResponse({ badges: [], praise: [] });
      }
      if (url.pathname.startsWith('/api/v1/activity/feeds/people/')) {
        return jsonResponse({ items: [{ id: 'p1', bodyHtml: '<p>Hello <strong>team</strong></p>', createdAt: '2026-11-20T10:00:00Z', commentCount: 2, reactions: { like: 3, celebrate: 1 } },
          { id: 'p2', bodyHtml: '<p>Second</p>', createdAt: '2026-11-19T10:00:00Z', commentCount: 1, reactions: { like: 1 } }], nextCursor: null });
      }
      return failures.shift() ?? (profile instanceof Response ? profile : jsonResponse(profile));
    }),
  );
  return calls;
}

describe('Profile page', () => {
  it('shows who the person is and whom they work with', async () => {
    stubServer(CAMILLE);
    await renderApp({ path: `/people/${CAMILLE.id}`, as: EMPLOYEE });

    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Camille Martin (elle)');
    expect(screen.getByText('Product designer')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'camille.martin@example.test' }).getAttribute('href')).toBe('mailto:camille.martin@example.test');
    expect(screen.getByRole('region', { name: 'About' }).innerHTML).toContain('<strong>vélo</strong>');
    expect(screen.getByRole('link', { name: 'Bruno Petit' }).getAttribute('href')).toBe('/people/00000000-0000-0000-0000-0000000000b1');
    // A skill or a topic leads to the colleagues the directory finds for it; languages are not searched.
    expect(screen.getByRole('link', { name: 'Figma' }).getAttribute('href')).toBe('/people?q=Figma');
    expect(screen.getByRole('link', { name: 'Accessibility' }).getAttribute('title')).toBe('Search people for Accessibility');
    expect(screen.queryByRole('link', { name: 'Français' })).toBeNull();
    expect(screen.getByRole('link', { name: '3 followers' }).getAttribute('href')).toBe(`/people/${CAMILLE.id}/followers`);
    expect(screen.getByRole('link', { name: 'follows 5 people' }).getAttribute('href')).toBe(`/people/${CAMILLE.id}/following`);
    const recent = await screen.findByRole('region', { name: 'Recent posts' });
    expect(recent.innerHTML).toContain('<strong>team</strong>');
    expect(recent.textContent).toContain('4 reactions · 2 comments');
    expect(recent.textContent).toContain('1 reaction · 1 comment');
    const opened = within(recent).getAllByRole('link').filter((link) => link.querySelector('time'));
    expect(opened.map((link) => link.getAttribute('href'))).toEqual(['/posts/p1', '/posts/p2']);
    expect(within(recent).getByRole('link', { name: 'All posts by Camille Martin' }).getAttribute('href')).toBe(`/people/${CAMILLE.id}/posts`);
  });

  it('follows and unfollows, keeping the count in step', async () => {
    const calls = stubServer(CAMILLE);
    await renderApp({ path: `/people/${CAMILLE.id}`, as: EMPLOYEE });

    const follow = await screen.findByRole('button', { name: 'Follow Camille Martin' });
    expect(follow.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(follow);

    const unfollow = await screen.findByRole('button', { name: 'Unfollow Camille Martin' });
    expect(unfollow.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('link', { name: '4 followers' })).toBeTruthy();
    fireEvent.click(unfollow);

    await screen.findByRole('button', { name: 'Follow Camille Martin' });
    expect(calls).toContain(`PUT /api/v1/profiles/${CAMILLE.id}/follow`);
    expect(calls).toContain(`DELETE /api/v1/profiles/${CAMILLE.id}/follow`);
  });

  it('opens your own profile from your name in the top bar, and from /people/me', async () => {
    const calls = stubServer({ ...CAMILLE, id: EMPLOYEE.id, displayName: EMPLOYEE.displayName });
    await renderApp({ path: '/people/me', as: EMPLOYEE });

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toContain(EMPLOYEE.displayName);
    expect(calls).toContain(`GET /api/v1/profiles/${EMPLOYEE.id}`);
    expect(calls).not.toContain('GET /api/v1/profiles/me');
    const name = within(screen.getAllByRole('banner')[0]).getByRole('link', { name: EMPLOYEE.displayName });
    expect(name.getAttribute('href')).toBe(`/people/${EMPLOYEE.id}`);
  });

  it('mutes the person from their profile, and unmutes them', async () => {
    const calls = stubServer(CAMILLE);
    await renderApp({ path: `/people/${CAMILLE.id}`, as: EMPLOYEE, language: 'fr' });

    fireEvent.click(await screen.findByRole('button', { name: 'Masquer Camille Martin' }));
    expect((await screen.findByRole('status')).textContent).toBe('Vous avez masqué Camille Martin\u00a0: ses publications n\'apparaissent plus dans vos fils.');
    fireEvent.click(screen.getByRole('button', { name: 'Ne plus masquer Camille Martin' }));
    await screen.findByRole('button', { name: 'Masquer Camille Martin' });
    expect(screen.getByRole('status').textContent).toBe('Les publications de Camille Martin apparaissent de nouveau dans vos fils.');
    expect(calls).toContain(`PUT /api/v1/activity/mutes/person/${CAMILLE.id}`);
    expect(calls).toContain(`DELETE /api/v1/activity/mutes/person/${CAMILLE.id}`);
  });

  it('offers no follow button on your own profile', async () => {
    stubServer({ ...CAMILLE, id: EMPLOYEE.id });
    await renderApp({ path: `/people/${EMPLOYEE.id}`, as: EMPLOYEE });

    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: /Follow/ })).toBeNull();
  });

  it('offers to send a message to a colleague, in French too, but not to oneself nor to a former employee', async () => {
    stubServer(CAMILLE);
    const { unmount } = await renderApp({ path: `/people/${CAMILLE.id}`, as: EMPLOYEE });
    expect((await screen.findByRole('link', { name: 'Send a message' })).getAttribute('href')).toBe(`/messages/${CAMILLE.id}`);
    unmount();

    stubServer(CAMILLE);
    const french = await renderApp({ path: `/people/${CAMILLE.id}`, as: EMPLOYEE, language: 'fr' });
    expect((await screen.findByRole('link', { name: 'Envoyer un message' })).getAttribute('href')).toBe(`/messages/${CAMILLE.id}`);
    french.unmount();

    for (const profile of [{ ...CAMILLE, isFormerEmployee: true }, { ...CAMILLE, id: EMPLOYEE.id }]) {
      stubServer(profile);
      const shown = await renderApp({ path: `/people/${profile.id}`, as: EMPLOYEE });
      await screen.findByRole('heading', { level: 1 });
      expect(screen.queryByRole('link', { name: 'Send a message' })).toBeNull();
      shown.unmount();
    }
  });

  it('counts a recent post\'s reactions and comments in French, one in the singular', async () => {
    stubServer(CAMILLE);
    await renderApp({ path: `/people/${CAMILLE.id}`, as: EMPLOYEE, language: 'fr' });

    const recent = await screen.findByRole('region', { name: 'Publications récentes' });
    await waitFor(() => expect(recent.textContent).toContain('4 réactions · 2 commentaires'));
    expect(recent.textContent).toContain('1 réaction · 1 commentaire');
  });

  it('asks why the person is reported, naming them as a person, in French and English', async () => {
    stubServer(CAMILLE);
    const { unmount } = await renderApp({ path: `/people/${CAMILLE.id}`, as: EMPLOYEE, language: 'fr' });
    fireEvent.click(await screen.findByRole('button', { name: 'Signaler cette personne' }));
    expect(screen.getByLabelText('Pourquoi signalez-vous cette personne ?')).toBeTruthy();
    unmount();

    await renderApp({ path: `/people/${CAMILLE.id}`, as: EMPLOYEE });
    fireEvent.click(await screen.findByRole('button', { name: 'Report this person' }));
    expect(screen.getByLabelText('Why are you reporting this person?')).toBeTruthy();
  });

  // 400: an address whose id is not even well formed names no one either.
  it.each([404, 400])('says so in French when the person does not exist (%i)', async (status) => {
    stubServer(jsonResponse({ status, title: 'Not Found', detail: 'No such profile.' }, status, 'application/problem+json'));
    await renderApp({ path: '/people/00000000-0000-0000-0000-000000000404', as: EMPLOYEE, language: 'fr' });

    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe("Cette personne n'est pas dans l'annuaire."));
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
  });

  it('says a failed load failed, not that the person does not exist, and shows the profile when asked again', async () => {
    stubServer(CAMILLE, [new Response(null, { status: 503 })]);
    await renderApp({ path: `/people/${CAMILLE.id}`, as: EMPLOYEE });

    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong. Please try again in a moment.');
    expect(screen.queryByText('There is no such person in the directory.')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { level: 1, name: /^Camille Martin/ })).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe("a person's posts", () => {
  it('shows everything they posted as a stream with its reactions and comments, announcing new posts live', async () => {
    let posts = [post('p1', '<p>Route for <strong>Friday</strong></p>', { commentCount: 2 })];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        if (requestUrl(input).pathname === `/api/v1/activity/feeds/people/${CAMILLE.id}`) {
          return jsonResponse({ items: posts, nextCursor: null });
        }
        return jsonResponse(CAMILLE);
      }),
    );
    await renderApp({ path: `/people/${CAMILLE.id}/posts`, as: EMPLOYEE, language: 'fr' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Publications de Camille Martin' })).toBeTruthy();
    const feed = await screen.findByRole('feed', { name: 'Publications de Camille Martin' });
    expect(await within(feed).findByText('Friday')).toBeTruthy();
    expect(within(feed).getByRole('link', { name: '2 commentaires' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Retour au profil' }).getAttribute('href')).toBe(`/people/${CAMILLE.id}`);
    await waitFor(() => expect(FakeLiveChannel.current?.watched).toContain(`activity:people:${CAMILLE.id}`));

    posts = [post('p2', '<p>Back from the ride</p>'), ...posts];
    act(() => FakeLiveChannel.current!.deliver('feed.posted', { postId: 'p2', authorId: CAMILLE.id }));
    fireEvent.click(await screen.findByRole('button', { name: /1 nouvelle publication/ }));
    expect(await screen.findByText('Back from the ride')).toBeTruthy();
  });

  it('says once that nobody has that address', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ title: 'Not Found', status: 404 }, 404, 'application/problem+json')));
    await renderApp({ path: '/people/nobody/posts', as: EMPLOYEE });

    expect((await screen.findByRole('alert')).textContent).toBe('There is no such person in the directory.');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.queryByRole('feed')).toBeNull();
  });
});
