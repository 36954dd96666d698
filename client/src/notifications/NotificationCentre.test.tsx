import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { NotificationView } from '../api/notifications';
import { FakeLiveChannel } from '../test/fakeLiveChannel';
import { notification } from '../test/notificationFixtures';
import { jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';

/** The server answers changes two at a time, so that a catch-up has to ask again while there are more. */
const CHANGES_PER_ANSWER = 2;

/** An inbox kept by sequence as the server keeps it: each change takes the next number. */
function stubInbox(initial: NotificationView[]) {
  const requests: string[] = [];
  let inbox = [...initial];
  let sequence = Math.max(0, ...initial.map((n) => n.sequence));
  const unread = () => inbox.filter((n) => !n.read).length;
  const touch = (n: NotificationView) => {
    sequence += 1;
    inbox = [...inbox.filter((other) => other.id !== n.id), { ...n, sequence }];
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = requestUrl(input);
      const method = init?.method ?? 'GET';
      requests.push(`${method} ${url.pathname}${url.search}${init?.keepalive ? ' (keepalive)' : ''}`);
      const byRecency = [...inbox].sort((a, b) => b.sequence - a.sequence);
      if (method === 'GET' && url.pathname === '/api/v1/notifications') {
        const shown = byRecency.filter((n) => url.searchParams.get('unread') !== 'true' || !n.read);
        return jsonResponse({ items: shown.slice(0, Number(url.searchParams.get('limit') ?? 20)), nextCursor: null });
      }
      if (url.pathname === '/api/v1/notifications/changes') {
        const since = Number(url.searchParams.get('since'));
        const after = byRecency.filter((n) => n.sequence > since).reverse();
        const items = after.slice(0, CHANGES_PER_ANSWER);
        return jsonResponse({ items, sequence: items.at(-1)?.sequence ?? Math.max(since, sequence), unread: unread(), hasMore: after.length > items.length });
      }
      const read = url.pathname.match(/^\/api\/v1\/notifications\/([^/]+)\/read$/);
      if (read && !inbox.some((n) => n.id === read[1])) {
        return jsonResponse({ status: 404, title: 'Not Found', detail: 'No such notification.' }, 404);
      }
      if (read) {
        touch({ ...inbox.find((n) => n.id === read[1])!, read: method === 'PUT' });
        return new Response(null, { status: 204 });
      }
      if (url.pathname === '/api/v1/notifications/read-all') {
        inbox.filter((n) => !n.read).forEach((n) => touch({ ...n, read: true }));
        return new Response(null, { status: 204 });
      }
      return jsonResponse({ items: [], nextCursor: null });
    }),
  );
  return {
    requests,
    /** Deletes an entry as the retention does: no change is recorded, only the unread count follows. */
    forget(id: string) {
      inbox = inbox.filter((n) => n.id !== id);
    },
    /** A new notification or a group's new version, as the server stores it before hinting; returns it as stored. */
    raise(n: NotificationView): NotificationView {
      touch({ ...n, updatedAt: new Date().toISOString() });
      return inbox.at(-1)!;
    },
  };
}

async function listening() {
  await waitFor(() => expect(FakeLiveChannel.current?.listensTo('notifications.changed')).toBe(true));
}

const entries = () => within(screen.getByRole('list', { name: 'Your notifications' })).getAllByRole('listitem');

describe('notification centre', () => {
  it('raises the bell count on a live hint and shows the new entry at the top without reload', async () => {
    const server = stubInbox([notification('n1', 1, {}, 30), notification('n2', 2, { read: true }, 20)]);
    await renderApp({ path: '/notifications', emptyInbox: false });

    expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' })).toBeDefined();
    await waitFor(() => expect(entries()).toHaveLength(2));
    await listening();

    server.raise(notification('n3', 0, { type: 'mention', actors: [{ id: 'p-bob', displayName: 'Bob Durand', avatarVersion: 0 }] }));
    act(() => FakeLiveChannel.current!.deliver('notifications.changed', {}));

    expect(await screen.findByRole('link', { name: 'Notifications, 2 unread' })).toBeDefined();
    await waitFor(() => expect(entries()).toHaveLength(3));
    expect(entries()[0].textContent).toContain('Bob Durand mentioned you in a post');
  });

  it('shows a pushed entry and raises the bell without asking the server, then says what it showed', async () => {
    const server = stubInbox([notification('n1', 1, {}, 30)]);
    await renderApp({ path: '/notifications', emptyInbox: false });
    await waitFor(() => expect(entries()).toHaveLength(1));
    await listening();
    server.requests.length = 0;

    const stored = server.raise(notification('n2', 0, { type: 'follower', post: null, actors: [{ id: 'p-bob', displayName: 'Bob Durand', avatarVersion: 0 }] }));
    // The acknowledgement's random delay drawn at its shortest.
    const random = vi.spyOn(Math, 'random').mockReturnValue(0);
    act(() => FakeLiveChannel.current!.deliver('notifications.changed', { since: 1, sequence: stored.sequence, items: [stored], unreadAdded: 1 }));
    random.mockRestore();

    expect(await screen.findByRole('link', { name: 'Notifications, 2 unread' })).toBeDefined();
    expect(entries()[0].textContent).toContain('Bob Durand');
    expect(server.requests.filter((r) => r.includes('/changes'))).toEqual([]);
    await waitFor(() => expect(server.requests).toContain('POST /api/v1/notifications/seen'));
  });

  it('says what it showed as soon as the page is hidden, in a request that outlives the page', async () => {
    const server = stubInbox([notification('n1', 1, {}, 30)]);
    await renderApp({ path: '/notifications', emptyInbox: false });
    await waitFor(() => expect(entries()).toHaveLength(1));
    await listening();

    const stored = server.raise(notification('n2', 0, { type: 'follower', post: null, actors: [{ id: 'p-bob', displayName: 'Bob Durand', avatarVersion: 0 }] }));
    // The acknowledgement's random delay drawn at its longest: the page is hidden well before it.
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.999);
    act(() => FakeLiveChannel.current!.deliver('notifications.changed', { since: 1, sequence: stored.sequence, items: [stored], unreadAdded: 1 }));
    random.mockRestore();
    expect(await screen.findByRole('link', { name: 'Notifications, 2 unread' })).toBeDefined();

    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    visibility.mockRestore();

    await waitFor(() => expect(server.requests).toContain('POST /api/v1/notifications/seen (keepalive)'));
    expect(server.requests.filter((r) => r.includes('/seen'))).toHaveLength(1);
  });

  it('replaces a group that grew instead of showing it twice', async () => {
    const first = notification('n1', 1, {}, 5);
    const server = stubInbox([first]);
    await renderApp({ path: '/notifications', emptyInbox: false });
    await waitFor(() => expect(entries()).toHaveLength(1));
    await listening();

    server.raise({ ...first, actorCount: 4, actors: [{ id: 'p-bob', displayName: 'Bob Durand', avatarVersion: 0 }, ...first.actors] });
    act(() => FakeLiveChannel.current!.deliver('notifications.changed', {}));
    act(() => FakeLiveChannel.current!.deliver('notifications.changed', {}));

    await screen.findByText('Bob Durand and 3 others reacted to your post');
    expect(entries()).toHaveLength(1);
  });

  it('catches up after a reconnect from the last sequence it holds, page after page, each entry once', async () => {
    const server = stubInbox([notification('n1', 1, {}, 30)]);
    await renderApp({ path: '/notifications', emptyInbox: false });
    await waitFor(() => expect(entries()).toHaveLength(1));
    await listening();
    server.raise(notification('n2', 0));
    act(() => FakeLiveChannel.current!.deliver('notifications.changed', {}));
    await waitFor(() => expect(entries()).toHaveLength(2));

    // While the connection was away, three notifications were raised and their hints lost.
    ['n3', 'n4', 'n5'].forEach((id) => server.raise(notification(id, 0, { type: 'follower', post: null })));
    server.requests.length = 0;
    act(() => FakeLiveChannel.current!.reconnect());

    await waitFor(() => expect(entries()).toHaveLength(5));
    expect(server.requests.filter((r) => r.includes('/changes'))).toEqual([
      'GET /api/v1/notifications/changes?since=2',
      'GET /api/v1/notifications/changes?since=4',
    ]);
    expect(screen.getByRole('link', { name: 'Notifications, 5 unread' })).toBeDefined();
  });

  it('shows a colleague\'s photo beside what they did, and a sign of its kind beside a badge or a moderator\'s decision', async () => {
    stubInbox([
      notification('n1', 1, {}, 30),
      notification('n2', 2, { type: 'badge', post: null, actors: [], actorCount: 0, detail: 'first-post' }, 20),
      notification('n3', 3, { type: 'moderation', detail: 'warn', actors: [], actorCount: 0, post: null }, 10),
    ]);
    await renderApp({ path: '/notifications', emptyInbox: false });
    await waitFor(() => expect(entries()).toHaveLength(3));

    const [warned, badge, reply] = entries();
    expect(warned.querySelector('.notification__icon svg')).not.toBeNull();
    expect(badge.querySelector('.notification__icon svg')).not.toBeNull();
    expect(reply.querySelector('.notification__icon')).toBeNull();
  });

  it('marks an entry read and unread, then everything read, the tab\'s title counting along', async () => {
    const server = stubInbox([notification('n1', 1, {}, 30), notification('n2', 2, { type: 'follower', post: null }, 20)]);
    await renderApp({ path: '/notifications', emptyInbox: false });
    await screen.findByRole('link', { name: 'Notifications, 2 unread' });
    expect(document.title).toBe('(2) Notifications · EnterpriseSocial');
    await waitFor(() => expect(entries()).toHaveLength(2));

    fireEvent.click(within(entries()[0]).getByRole('button', { name: 'Mark as read' }));
    await screen.findByRole('link', { name: 'Notifications, 1 unread' });
    expect(server.requests).toContain('PUT /api/v1/notifications/n2/read');
    fireEvent.click(within(entries()[0]).getByRole('button', { name: 'Mark as unread' }));
    await screen.findByRole('link', { name: 'Notifications, 2 unread' });
    expect(server.requests).toContain('DELETE /api/v1/notifications/n2/read');

    fireEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Every notification is marked as read.'));
    await screen.findByRole('link', { name: 'Notifications, none unread' });
    expect(entries().every((entry) => within(entry).queryByRole('button', { name: 'Mark as unread' }))).toBe(true);
    expect(document.title).toBe('Notifications · EnterpriseSocial');
  });

  it('drops an entry deleted since the list was read, says so, and takes the count from the server', async () => {
    const old = notification('n1', 1, { post: { id: 'post-0', excerpt: 'Last winter' } }, 30);
    const server = stubInbox([old, notification('n2', 2, {}, 20)]);
    await renderApp({ path: '/notifications', emptyInbox: false });
    await screen.findByRole('link', { name: 'Notifications, 2 unread' });
    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(entries()[1].textContent).toContain('Last winter');

    server.forget('n1');
    fireEvent.click(within(entries()[1]).getByRole('button', { name: 'Mark as read' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('This notification is no longer kept.'));
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(entries()[0].textContent).not.toContain('Last winter');
    await screen.findByRole('link', { name: 'Notifications, 1 unread' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('filters unread entries through the address, and speaks French', async () => {
    const server = stubInbox([notification('n1', 1, {}, 30), notification('n2', 2, { read: true }, 20), notification('n3', 3, {}, 10)]);
    await renderApp({ path: '/notifications', language: 'fr', emptyInbox: false });
    expect(await screen.findByRole('link', { name: 'Notifications, 2 non lues' })).toBeDefined();

    fireEvent.click(screen.getByRole('radio', { name: 'Non lues seulement' }));

    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Vos notifications' })).getAllByRole('listitem')).toHaveLength(2));
    expect(server.requests).toContain('GET /api/v1/notifications?unread=true&limit=20');
    expect(screen.getAllByText('Alice Martin a réagi à votre publication')).toHaveLength(2);
  });
});
