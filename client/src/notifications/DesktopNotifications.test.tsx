import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FakeLiveChannel } from '../test/fakeLiveChannel';
import { notification } from '../test/notificationFixtures';
import { post } from '../test/postFixtures';
import { jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';

/** The browser's Notification as a page sees it, recording what it was asked to show. */
class FakeNotification {
  static permission: NotificationPermission = 'default';
  static answer: NotificationPermission = 'granted';
  static shown: FakeNotification[] = [];
  static requestPermission = vi.fn(async () => (FakeNotification.permission = FakeNotification.answer));
  onclick: (() => void) | null = null;
  closed = false;

  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {
    FakeNotification.shown.push(this);
  }

  close() {
    this.closed = true;
  }
}

function stubBrowser(permission: NotificationPermission, answer: NotificationPermission = 'granted') {
  FakeNotification.permission = permission;
  FakeNotification.answer = answer;
  FakeNotification.shown = [];
  vi.stubGlobal('Notification', FakeNotification);
}

const PREFERENCES = {
  types: [], digest: 'daily', quietHoursOn: false, quietHours: { start: '20:00', end: '08:00' }, timeZone: 'Europe/Paris', language: 'en', emailOutsideWorkingHours: false,
};

function stubServer() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const path = requestUrl(input).pathname;
      if (path === '/api/v1/notifications/preferences') {
        return jsonResponse(PREFERENCES);
      }
      if (path === '/api/v1/activity/posts/post-1') {
        return jsonResponse(post('post-1', '<p>Our roadmap for spring, in full</p>'));
      }
      if (path === '/api/v1/notifications/changes') {
        return jsonResponse({ items: [], sequence: 1, unread: 0, hasMore: false });
      }
      return jsonResponse({ items: [], nextCursor: null });
    }),
  );
}

describe('notifications on the screen', () => {
  it('are turned on for this browser with its permission, and off again', async () => {
    stubBrowser('default');
    stubServer();
    await renderApp({ path: '/notifications/preferences' });
    const show = await screen.findByRole<HTMLInputElement>('checkbox', { name: 'Show notifications on this screen' });
    expect(show.checked).toBe(false);

    fireEvent.click(show);

    await waitFor(() => expect(show.checked).toBe(true));
    expect(FakeNotification.requestPermission).toHaveBeenCalled();
    fireEvent.click(show);
    await waitFor(() => expect(show.checked).toBe(false));
    expect(localStorage.length).toBe(0);
  });

  it('say how to allow them once the browser blocks them, in French', async () => {
    stubBrowser('default', 'denied');
    stubServer();
    await renderApp({ path: '/notifications/preferences', language: 'fr' });

    fireEvent.click(await screen.findByRole('checkbox', { name: "Afficher les notifications à l'écran" }));

    expect(await screen.findByText(/Ce navigateur bloque les notifications d'EnterpriseSocial/)).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: "Afficher les notifications à l'écran" })).toBeNull();
  });

  it('show what arrives while the tab is hidden, replace a growing group, and open its entry when clicked', async () => {
    stubBrowser('granted');
    localStorage.setItem('enterprisesocial.desktopNotifications', 'on');
    stubServer();
    await renderApp({ path: '/', emptyInbox: false });
    await waitFor(() => expect(FakeLiveChannel.current?.listensTo('notifications.changed')).toBe(true));
    const deliver = (entry: ReturnType<typeof notification>) =>
      act(() => FakeLiveChannel.current!.deliver('notifications.changed', { since: entry.sequence - 1, sequence: entry.sequence, items: [entry], unreadAdded: 1 }));

    deliver(notification('n1', 2, { type: 'mention', actors: [{ id: 'p-bob', displayName: 'Bob Durand', avatarVersion: 0 }] }));
    expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' })).toBeTruthy();
    expect(FakeNotification.shown).toEqual([]);

    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    deliver(notification('n2', 3, {}, 5));
    deliver(notification('n3', 4, { actorCount: 2 }));
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(1));
    visibility.mockRestore();

    // Only news: the entry changed five minutes ago is what a catch-up brings, not what just arrived.
    expect(FakeNotification.shown.map((shown) => [shown.title, shown.options.tag, shown.options.body])).toEqual([
      ['Alice Martin and 1 other reacted to your post', 'n3', 'Our roadmap for spring'],
    ]);
    act(() => FakeNotification.shown[0].onclick!());
    expect(await screen.findByText('Our roadmap for spring, in full')).toBeTruthy();
    expect(FakeNotification.shown[0].closed).toBe(true);
  });
});
