import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Post } from '../api/activity';
import { FakeLiveChannel } from '../test/fakeLiveChannel';
import { AUTHOR, post } from '../test/postFixtures';
import { ADMIN, jsonResponse, renderApp } from '../test/renderApp';
import { requestBody, requestUrl } from '../test/requests';

/** A server with a company stream of one post, a second one once it was published, and a directory of one colleague. */
function stubServer(answering: (path: string, method: string) => Response | null = () => null) {
  const requests: { method: string; path: string; query: string; headers: Record<string, string>; body: string }[] = [];
  let company = [post('p1', '<p>First post</p>')];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = requestUrl(input);
      requests.push({ method: init?.method ?? 'GET', path: url.pathname, query: url.search, headers: (init?.headers ?? {}) as Record<string, string>, body: requestBody(init) });
      const answer = answering(url.pathname, init?.method ?? 'GET');
      if (answer) {
        return answer;
      }
      if (url.pathname === '/api/v1/identity/me') {
        return jsonResponse(ADMIN);
      }
      if (url.pathname === '/api/v1/activity/feeds/company') {
        return jsonResponse({ items: company, nextCursor: null });
      }
      if (url.pathname === '/api/v1/profiles') {
        return jsonResponse({ items: [{ id: 'o1', displayName: 'Oliver Brown', jobTitle: 'Engineer', department: null, site: null, managerId: null, matchedExpertise: [] }], nextCursor: null });
      }
      if (url.pathname === '/api/v1/activity/posts' && init?.method === 'POST') {
        const published = post('p3', '<p>Mine</p>', { author: { ...AUTHOR, id: ADMIN.id, displayName: ADMIN.displayName } });
        return jsonResponse(published, 201);
      }
      if (url.pathname === '/api/v1/activity/posts/counts') {
        const ids = url.searchParams.get('ids')!.split(',');
        return jsonResponse(ids.map((postId) => ({ postId, commentCount: 7, reactions: { like: 3, celebrate: 0, insightful: 1, support: 0, curious: 0 } })));
      }
      if (url.pathname.endsWith('/reaction') || url.pathname.endsWith('/saved')) {
        return new Response(null, { status: 204 });
      }
      return new Response(null, { status: 404 });
    }),
  );
  return { requests, addToCompany: (added: Post) => (company = [added, ...company]) };
}

describe('company stream', () => {
  it('announces a colleague\'s new post live and shows it on request', async () => {
    const server = stubServer();
    await renderApp({ path: '/company' });
    const feed = await screen.findByRole('feed', { name: 'Company' });
    await within(feed).findByText('First post');
    await waitFor(() => expect(FakeLiveChannel.current?.watched).toContain('activity:company'));

    server.addToCompany(post('p2', '<p>Fresh news</p>'));
    act(() => FakeLiveChannel.current!.deliver('feed.posted', { postId: 'p2', authorId: 'a1' }));
    act(() => FakeLiveChannel.current!.deliver('feed.posted', { postId: 'p1', authorId: 'a1' }));
    fireEvent.click(await screen.findByRole('button', { name: '1 new post — show it' }));

    expect(await within(await screen.findByRole('feed', { name: 'Company' })).findByText('Fresh news')).toBeDefined();
    expect(screen.queryByRole('button', { name: /new post/ })).toBeNull();
  });

  it('after the live connection came back, offers what may have been published meanwhile', async () => {
    const server = stubServer();
    await renderApp({ path: '/company' });
    const feed = await screen.findByRole('feed', { name: 'Company' });
    await within(feed).findByText('First post');
    await waitFor(() => expect(FakeLiveChannel.current?.watched).toContain('activity:company'));

    server.addToCompany(post('p2', '<p>Written while away</p>'));
    act(() => FakeLiveChannel.current!.reconnect());
    fireEvent.click(await screen.findByRole('button', { name: 'New posts may have arrived — refresh' }));

    expect(await within(await screen.findByRole('feed', { name: 'Company' })).findByText('Written while away')).toBeDefined();
    expect(screen.queryByRole('button', { name: /may have arrived/ })).toBeNull();
  });

  it('updates reaction and comment counts that arrive live for a visible post', async () => {
    stubServer();
    await renderApp({ path: '/company' });
    const article = await screen.findByRole('article', { name: 'Post by Camille Martin' });
    await waitFor(() => expect(FakeLiveChannel.current?.watched).toContain('activity:post:p1'));

    act(() => FakeLiveChannel.current!.deliver('post.counts', { postId: 'p1', commentCount: 4, reactions: { like: 2, celebrate: 0, insightful: 0, support: 0, curious: 0 } }));

    expect(within(article).getByRole('link', { name: '4 comments' })).toBeDefined();
    expect(within(article).getByRole('button', { name: /^Like/ }).textContent).toContain('2');
  });

  it('after the live connection came back, catches up the counts of the posts shown in one request', async () => {
    const server = stubServer();
    server.addToCompany(post('p2', '<p>Second post</p>'));
    await renderApp({ path: '/company' });
    const feed = await screen.findByRole('feed', { name: 'Company' });
    await within(feed).findByText('Second post');
    await waitFor(() => expect(FakeLiveChannel.current?.watched).toEqual(expect.arrayContaining(['activity:post:p1', 'activity:post:p2'])));

    act(() => FakeLiveChannel.current!.reconnect());

    await waitFor(() => expect(within(feed).getAllByRole('link', { name: '7 comments' })).toHaveLength(2));
    expect(within(feed).getAllByRole('button', { name: /^Like/ }).map((like) => like.textContent)).toEqual([expect.stringContaining('3'), expect.stringContaining('3')]);
    const asked = server.requests.filter((r) => r.path === '/api/v1/activity/posts/counts');
    expect(asked).toHaveLength(1);
  });

  it('draws each reaction as an icon named in words, whatever emoji the fonts have, and marks the one chosen', async () => {
    const { requests } = stubServer();
    await renderApp({ path: '/company' });
    const article = await screen.findByRole('article', { name: 'Post by Camille Martin' });
    const reactions = within(within(article).getByRole('group', { name: 'Reactions' })).getAllByRole('button');

    expect(reactions.map((button) => button.textContent)).toEqual(['Like', 'Celebrate', 'Insightful', 'Support', 'Curious']);
    for (const button of reactions) {
      expect(button.querySelector('svg[aria-hidden="true"] path')).not.toBeNull();
    }

    fireEvent.click(within(article).getByRole('button', { name: 'Celebrate' }));
    await waitFor(() => expect(within(article).getByRole('button', { name: /^Celebrate/ }).getAttribute('aria-pressed')).toBe('true'));
    expect(within(article).getByRole('button', { name: /^Celebrate/ }).textContent).toBe('Celebrate1');
    expect(requests.find((r) => r.path === '/api/v1/activity/posts/p1/reaction')?.method).toBe('PUT');
  });

  it('says so when a reaction or a save could not be recorded, and changes nothing on the card', async () => {
    const conflict = () => jsonResponse({ title: 'Conflict', status: 409, detail: 'This change met another one made at the same moment. Try again.' }, 409);
    stubServer((path) => (path.endsWith('/reaction') || path.endsWith('/saved') ? conflict() : null));
    await renderApp({ path: '/company' });
    const article = await screen.findByRole('article', { name: 'Post by Camille Martin' });

    fireEvent.click(within(article).getByRole('button', { name: 'Celebrate' }));

    expect((await within(article).findByRole('alert')).textContent).toBe('This change met another one made at the same moment. Try again.');
    expect(within(article).getByRole('button', { name: 'Celebrate' }).getAttribute('aria-pressed')).toBe('false');
    expect(within(article).getByRole('button', { name: 'Celebrate' }).textContent).toBe('Celebrate');

    fireEvent.click(within(article).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(within(article).getAllByRole('alert')).toHaveLength(2));
    expect(within(article).getByRole('button', { name: 'Save' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('says so when reading a must-read announcement could not be recorded', async () => {
    const server = stubServer((path) => (path.endsWith('/acknowledgement') ? jsonResponse({ title: 'Too Many Requests', status: 429 }, 429) : null));
    server.addToCompany(post('p4', '<p>Read me</p>', { kind: 'announcement', announcement: { mustRead: true, acknowledgedByMe: false, acknowledged: null, audience: null } }));
    await renderApp({ path: '/company' });
    const feed = await screen.findByRole('feed', { name: 'Company' });
    await within(feed).findByText('Read me');

    fireEvent.click(within(feed).getByRole('button', { name: 'I have read this' }));

    expect((await within(feed).findByRole('alert')).textContent).toBe('Too many attempts. Try again in a moment.');
    expect(within(feed).getByRole('button', { name: 'I have read this' })).toBeDefined();
  });

  it('shows the author of a must-read announcement its read rate, with nothing to confirm', async () => {
    const server = stubServer();
    const mine = { ...AUTHOR, id: ADMIN.id, displayName: ADMIN.displayName };
    server.addToCompany(post('p4', '<p>Site closed on Friday</p>', { kind: 'announcement', author: mine, announcement: { mustRead: true, acknowledgedByMe: false, acknowledged: 0, audience: 1 } }));
    await renderApp({ path: '/company' });
    const feed = await screen.findByRole('feed', { name: 'Company' });
    const card = (await within(feed).findByText('Site closed on Friday')).closest('article')!;

    expect(within(card).getByText('Read by 0 of 1 person')).toBeDefined();
    expect(within(card).queryByRole('button', { name: 'I have read this' })).toBeNull();
  });

  it('says so on a topic\'s page when following the topic was refused, and stays not following', async () => {
    stubServer((path, method) => {
      if (path === '/api/v1/profiles/me/topics/design') {
        return method === 'GET' ? jsonResponse({ topic: 'design', following: false }) : jsonResponse({ title: 'Conflict', status: 409 }, 409);
      }
      if (path === '/api/v1/activity/feeds/topics/design') {
        return jsonResponse({ items: [], nextCursor: null });
      }
      return null;
    });
    await renderApp({ path: '/topics/design' });
    fireEvent.click(await screen.findByRole('button', { name: 'Follow this topic' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again in a moment.');
    expect(screen.getByRole('button', { name: 'Follow this topic' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('completes a mention from the directory with the keyboard and publishes once per draft', async () => {
    const { requests } = stubServer();
    await renderApp({ path: '/company' });
    const editor = await screen.findByRole('combobox', { name: 'What would you like to share?' });

    fireEvent.change(editor, { target: { value: 'Thanks @oli', selectionStart: 11 } });
    await screen.findByRole('option', { name: /Oliver Brown/ });
    expect(editor.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(editor, { key: 'Enter' });
    expect((editor as HTMLTextAreaElement).value).toBe('Thanks @[Oliver Brown](o1) ');

    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    const feed = screen.getByRole('feed', { name: 'Company' });
    await within(feed).findByText('Mine');
    const publish = requests.find((r) => r.method === 'POST' && r.path === '/api/v1/activity/posts')!;
    expect(JSON.parse(publish.body)).toMatchObject({ body: 'Thanks @[Oliver Brown](o1) ', kind: 'post', attachmentIds: [] });
    expect(publish.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect((editor as HTMLTextAreaElement).value).toBe('');
  });

  it('keeps an unsent post while its writer goes elsewhere in the app, and forgets it once published', async () => {
    stubServer();
    await renderApp({ path: '/company' });
    fireEvent.change(await screen.findByRole('combobox', { name: 'What would you like to share?' }), { target: { value: 'Half a thought' } });

    fireEvent.click(screen.getByRole('link', { name: 'People' }));
    await screen.findByRole('heading', { level: 1, name: 'People' });
    fireEvent.click(screen.getByRole('link', { name: 'Home' }));
    const editor = await screen.findByRole<HTMLTextAreaElement>('combobox', { name: 'What would you like to share?' });

    expect(editor.value).toBe('Half a thought');
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(editor.value).toBe(''));
    expect(Object.keys(sessionStorage).filter((key) => key.includes('draft'))).toEqual([]);
  });

  it('shares a company post into one of the reader\'s spaces, says where, and leaves the company stream as it is', async () => {
    const spaces = [
      { id: 's1', name: 'Cycling club', myRole: 'member', archived: false },
      { id: 's2', name: 'Old project', myRole: 'owner', archived: true },
      { id: 's3', name: 'Open doors', myRole: null, archived: false },
    ];
    const { requests } = stubServer((path, method) => {
      if (path === '/api/v1/spaces') {
        return jsonResponse({ items: spaces, nextCursor: null });
      }
      return path === '/api/v1/activity/posts' && method === 'POST'
        ? jsonResponse(post('p9', '<p>Worth a read</p>', { space: { id: 's1', name: 'Cycling club' } }), 201)
        : null;
    });
    await renderApp({ path: '/company' });
    const feed = await screen.findByRole('feed', { name: 'Company' });
    const card = (await within(feed).findByText('First post')).closest('article')!;

    fireEvent.click(within(card).getByRole('button', { name: 'Share' }));
    const where = await within(card).findByRole('combobox', { name: 'Share with' });
    expect(within(where).getAllByRole('option').map((option) => option.textContent)).toEqual(['My followers', 'Cycling club']);
    expect(new URLSearchParams(requests.find((r) => r.path === '/api/v1/spaces')!.query).get('limit')).toBe('100');
    expect(within(card).getByRole('button', { name: 'Share with my followers' })).toBeTruthy();
    fireEvent.change(where, { target: { value: 's1' } });
    fireEvent.change(within(card).getByRole('combobox', { name: 'Add your own words (optional)' }), { target: { value: 'Worth a read' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Share in Cycling club' }));

    expect((await within(card).findByRole('status')).textContent).toBe('Shared in Cycling club.');
    expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Share' }));
    const share = requests.find((r) => r.method === 'POST' && r.path === '/api/v1/activity/posts')!;
    expect(JSON.parse(share.body)).toMatchObject({ body: 'Worth a read', sharedPostId: 'p1', spaceId: 's1' });
    expect(within(feed).queryByText('Worth a read')).toBeNull();
  });

  it('says when the reader\'s spaces could not be loaded, shares with followers meanwhile, and offers the spaces once loaded again', async () => {
    let spacesFail = true;
    const { requests } = stubServer((path) => {
      if (path !== '/api/v1/spaces') {
        return null;
      }
      return spacesFail
        ? jsonResponse({ title: 'Service Unavailable', status: 503 }, 503, 'application/problem+json')
        : jsonResponse({ items: [{ id: 's1', name: 'Cycling club', myRole: 'member', archived: false }], nextCursor: null });
    });
    await renderApp({ path: '/company' });
    const card = (await screen.findByText('First post')).closest('article')!;

    fireEvent.click(within(card).getByRole('button', { name: 'Share' }));
    const failure = await within(card).findByRole('alert');
    expect(failure.textContent).toBe('Your spaces could not be loaded, so this share goes to your followers. Try again');
    expect(within(card).getByRole('button', { name: 'Share with my followers' })).toBeTruthy();

    spacesFail = false;
    fireEvent.click(within(failure).getByRole('button', { name: 'Try again' }));
    const where = await within(card).findByRole('combobox', { name: 'Share with' });
    expect(within(where).getAllByRole('option').map((option) => option.textContent)).toEqual(['My followers', 'Cycling club']);
    expect(within(card).queryByRole('alert')).toBeNull();
    expect(requests.filter((r) => r.path === '/api/v1/spaces')).toHaveLength(2);
  });

  it('shares a post from a space within that space only, in French', async () => {
    const inSpace = post('p1', '<p>Sortie du dimanche</p>', { space: { id: 's1', name: 'Club vélo' } });
    const { requests } = stubServer((path, method) => {
      if (path === '/api/v1/activity/feeds/company') {
        return jsonResponse({ items: [inSpace], nextCursor: null });
      }
      return path === '/api/v1/activity/posts' && method === 'POST' ? jsonResponse(post('p9', '<p>Partagé</p>', { space: inSpace.space }), 201) : null;
    });
    await renderApp({ path: '/company', language: 'fr' });
    const card = (await screen.findByText('Sortie du dimanche')).closest('article')!;

    fireEvent.click(within(card).getByRole('button', { name: 'Partager' }));
    fireEvent.click(await within(card).findByRole('button', { name: 'Partager dans Club vélo' }));

    expect((await within(card).findByRole('status')).textContent).toBe('Partagé dans Club vélo.');
    expect(within(card).queryByRole('combobox', { name: 'Partager avec' })).toBeNull();
    expect(requests.some((r) => r.path === '/api/v1/spaces')).toBe(false);
    expect(JSON.parse(requests.find((r) => r.method === 'POST' && r.path === '/api/v1/activity/posts')!.body)).toMatchObject({ sharedPostId: 'p1', spaceId: 's1' });
  });
});
