import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FakeLiveChannel } from '../test/fakeLiveChannel';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';

/** An empty inbox, a home feed with nothing in it, and the unread conversations counted in turn. */
function stubServer(counts: number[]) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const path = requestUrl(input).pathname;
      asked.push(path);
      if (path === '/api/v1/messages/unread') {
        return jsonResponse({ conversations: counts.shift() ?? 0 });
      }
      if (path === '/api/v1/notifications/changes') {
        return jsonResponse({ items: [], sequence: 0, unread: 0, hasMore: false });
      }
      return jsonResponse({ items: [], nextCursor: null });
    }),
  );
  return asked;
}

describe("the navigation's messages badge", () => {
  it('counts the conversations with unread messages, and counts again as messages are read and after a reconnect', async () => {
    stubServer([2, 1, 0]);
    await renderApp({ as: EMPLOYEE, emptyInbox: false });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });

    const messages = await within(nav).findByRole('link', { name: 'Messages, 2 unread conversations' });
    expect(messages.getAttribute('href')).toBe('/messages');
    expect(messages.textContent).toBe('Messages2');
    // On a phone the menu's button carries the count while the menu is closed.
    const menu = within(nav).getByRole('button', { name: 'Menu' });
    expect(document.getElementById(menu.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Messages, 2 unread conversations');
    fireEvent.click(menu);
    expect(menu.getAttribute('aria-describedby')).toBeNull();
    fireEvent.click(menu);
    await waitFor(() => expect(FakeLiveChannel.current?.watched).toContain('activity:messages'));

    act(() => FakeLiveChannel.current!.deliver('message.read', { with: 'p-ines' }));
    expect(await within(nav).findByRole('link', { name: 'Messages, 1 unread conversation' })).toBeTruthy();

    act(() => FakeLiveChannel.current!.reconnect());
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Messages' }).textContent).toBe('Messages'));
  });

  it('counts a message just received, in French', async () => {
    stubServer([0, 3]);
    await renderApp({ as: EMPLOYEE, emptyInbox: false, language: 'fr' });
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    await within(nav).findByRole('link', { name: 'Messages' });
    await waitFor(() => expect(FakeLiveChannel.current?.listensTo('message.sent')).toBe(true));

    act(() => FakeLiveChannel.current!.deliver('message.sent', { with: 'p-ines', message: { id: 'm1', senderId: 'p-ines', html: '<p>Salut</p>', sentAt: new Date().toISOString() } }));

    expect(await within(nav).findByRole('link', { name: 'Messages, 3 conversations non lues' })).toBeTruthy();
  });

  it('counts again when a message is deleted, which no longer waits once gone, and not when one is edited', async () => {
    const asked = stubServer([1, 0]);
    await renderApp({ as: EMPLOYEE, emptyInbox: false });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    await within(nav).findByRole('link', { name: 'Messages, 1 unread conversation' });
    await waitFor(() => expect(FakeLiveChannel.current?.listensTo('message.changed')).toBe(true));
    const counted = () => asked.filter((path) => path === '/api/v1/messages/unread').length;
    const message = { id: 'm1', senderId: 'p-ines', html: '<p>Oops</p>', text: 'Oops', sentAt: new Date().toISOString(), editedAt: null, deleted: false, senderReaction: null, recipientReaction: null, sharedPost: null };

    act(() => FakeLiveChannel.current!.deliver('message.changed', { with: 'p-ines', message: { ...message, editedAt: new Date().toISOString() } }));
    expect(counted()).toBe(1);
    act(() => FakeLiveChannel.current!.deliver('message.changed', { with: 'p-ines', message: { ...message, html: '', text: '', deleted: true } }));

    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Messages' }).textContent).toBe('Messages'));
    expect(counted()).toBe(2);
  });

  it('is not there for an external guest, who has no messages', async () => {
    const asked = stubServer([2]);
    await renderApp({ as: { ...EMPLOYEE, roles: ['Guest'], capabilities: [] }, emptyInbox: false });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    await within(nav).findByRole('link', { name: 'Spaces' });

    expect(within(nav).queryByRole('link', { name: /Messages/ })).toBeNull();
    expect(asked).not.toContain('/api/v1/messages/unread');
  });
});
