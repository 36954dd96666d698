import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FakeLiveChannel } from '../test/fakeLiveChannel';
import { conversationWith, directMessage, INES } from '../test/messageFixtures';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';

const OLIVER = { id: 'p-oliver', displayName: 'Oliver Brown' };

/** Answers the conversations list with the pages given, in turn, and records what was asked. */
function stubServer(pages: Response[]) {
  const requests: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = requestUrl(input);
      requests.push(`${init?.method ?? 'GET'} ${url.pathname}${url.search}`);
      if (url.pathname === '/api/v1/messages') {
        return pages.shift() ?? jsonResponse({ items: [], nextCursor: null });
      }
      if (url.pathname === '/api/v1/profiles') {
        return jsonResponse({ items: url.searchParams.get('search') === 'Inès' ? [INES] : [], nextCursor: null });
      }
      if (url.pathname === `/api/v1/profiles/${INES.id}`) {
        return jsonResponse(INES);
      }
      if (url.pathname === `/api/v1/messages/with/${INES.id}`) {
        return jsonResponse({ items: [], nextCursor: null });
      }
      if (url.pathname === '/api/v1/notifications/mutes') {
        // A post's conversation sharing an id with Inès is not her messages.
        return jsonResponse({ items: [{ kind: 'messages', id: OLIVER.id, name: OLIVER.displayName }, { kind: 'conversation', id: INES.id, name: 'A post' }] });
      }
      return new Response(null, { status: 404 });
    }),
  );
  return requests;
}

describe('conversations page', () => {
  it("lists conversations with their unread count and one's own last message as such, page after page", async () => {
    const requests = stubServer([
      jsonResponse({
        items: [
          conversationWith('Lunch at noon?', { unreadCount: 2 }),
          conversationWith('<b>Thanks</b> for the slides', { lastMessage: { fromMe: true, excerpt: '<b>Thanks</b> for the slides', sentAt: new Date().toISOString(), deleted: false, sharesPost: false } }, OLIVER),
        ],
        nextCursor: 'page-2',
      }),
      jsonResponse({
        items: [
          conversationWith('', { lastMessage: { fromMe: false, excerpt: '', sentAt: new Date().toISOString(), deleted: true, sharesPost: false } }, { id: 'p-lea', displayName: 'Léa Mercier' }),
          conversationWith('', { lastMessage: { fromMe: true, excerpt: '', sentAt: new Date().toISOString(), deleted: false, sharesPost: true } }, { id: 'p-hugo', displayName: 'Hugo Petit' }),
        ],
        nextCursor: null,
      }),
    ]);
    await renderApp({ path: '/messages', as: EMPLOYEE });

    const list = await screen.findByRole('list', { name: 'Your conversations' });
    expect(screen.getByRole('heading', { level: 1, name: 'Messages' })).toBeTruthy();
    const [ines, oliver] = within(list).getAllByRole('listitem');
    const toInes = within(ines).getByRole('link', { name: INES.displayName });
    expect(toInes.getAttribute('href')).toBe(`/messages/${INES.id}`);
    expect(ines.textContent).toContain('Lunch at noon?');
    expect(ines.textContent).toContain('2 unread messages');
    await waitFor(() => expect(oliver.textContent).toContain('Notifications muted'));
    expect(ines.textContent).not.toContain('Notifications muted');
    expect(document.getElementById(toInes.getAttribute('aria-describedby') ?? '')?.textContent).toBe('2 unread messages');
    expect(ines.textContent).toContain('5 minutes ago');
    // The excerpt is text: markup in it is shown, never applied.
    expect(within(oliver).getByText('You: <b>Thanks</b> for the slides')).toBeTruthy();
    expect(oliver.querySelector('b')).toBeNull();
    expect(oliver.textContent).not.toContain('unread');

    fireEvent.click(screen.getByRole('button', { name: 'Show more conversations' }));

    const toLea = await within(list).findByRole('link', { name: 'Léa Mercier' });
    // A deleted last message says so rather than leaving the line empty.
    expect(toLea.closest('li')?.textContent).toContain('Message deleted');
    // So does a post sent without words.
    expect(within(list).getByRole('link', { name: 'Hugo Petit' }).closest('li')?.textContent).toContain('You: A post');
    expect(requests).toContain('GET /api/v1/messages?cursor=page-2');
    expect(screen.queryByRole('button', { name: 'Show more conversations' })).toBeNull();
    await waitFor(() => expect(document.title).toBe('Messages · EnterpriseSocial'));
  });

  it('reads in French', async () => {
    stubServer([
      jsonResponse({
        items: [conversationWith('À demain', { unreadCount: 1, lastMessage: { fromMe: true, excerpt: 'À demain', sentAt: new Date().toISOString(), deleted: false, sharesPost: false } })],
        nextCursor: null,
      }),
    ]);
    await renderApp({ path: '/messages', as: EMPLOYEE, language: 'fr' });

    const list = await screen.findByRole('list', { name: 'Vos conversations' });
    expect(within(list).getByText('Vous : À demain').textContent).toBe('Vous\u00a0: À demain');
    expect(list.textContent).toContain('1 message non lu');
  });

  it('explains how to start a conversation when there is none yet', async () => {
    stubServer([jsonResponse({ items: [], nextCursor: null })]);
    await renderApp({ path: '/messages', as: EMPLOYEE });

    expect(await screen.findByText('You have no messages yet. Choose a colleague above, or Send a message from their profile.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Your conversations' })).toBeNull();
  });

  it('opens the conversation with the colleague chosen by name, to write the first message', async () => {
    stubServer([jsonResponse({ items: [], nextCursor: null })]);
    await renderApp({ path: '/messages', as: EMPLOYEE });

    const to = await screen.findByRole('combobox', { name: 'Write to' });
    fireEvent.change(to, { target: { value: 'Inès' } });
    fireEvent.click(await screen.findByRole('option', { name: /Inès Lambert/ }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Inès Lambert' })).toBeTruthy();
    expect(await screen.findByText('No messages yet. Write the first one below.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Your message' })).toBeTruthy();
  });

  it('says the list could not be loaded rather than that it is empty', async () => {
    stubServer([new Response(null, { status: 503 }), jsonResponse({ items: [conversationWith('Hello')], nextCursor: null })]);
    await renderApp({ path: '/messages', as: EMPLOYEE, language: 'fr' });

    expect((await screen.findByRole('alert')).textContent).toContain('Une erreur est survenue.');
    expect(screen.queryByText(/Vous n'avez pas encore de message/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByRole('link', { name: INES.displayName })).toBeTruthy();
  });

  it('moves a conversation to the top and updates its unread count as messages are sent and read elsewhere', async () => {
    stubServer([
      jsonResponse({ items: [conversationWith('Lunch at noon?', { unreadCount: 2 }), conversationWith('Slides', {}, OLIVER)], nextCursor: null }),
      jsonResponse({ items: [conversationWith('Lunch at noon?')], nextCursor: 'page-2' }),
      jsonResponse({ items: [conversationWith('New plan', { unreadCount: 1 }, OLIVER), conversationWith('Lunch at noon?')], nextCursor: 'page-2' }),
    ]);
    await renderApp({ path: '/messages', as: EMPLOYEE });
    const list = await screen.findByRole('list', { name: 'Your conversations' });
    await waitFor(() => expect(FakeLiveChannel.current?.watched).toContain('activity:messages'));

    act(() => FakeLiveChannel.current!.deliver('message.read', { with: INES.id }));
    await waitFor(() => expect(list.textContent).not.toContain('unread'));
    // Oliver's conversation was not on the first page again, and stays below it.
    expect(within(list).getAllByRole('link').map((link) => link.textContent)).toEqual([INES.displayName, OLIVER.displayName]);

    act(() => FakeLiveChannel.current!.deliver('message.sent', { with: OLIVER.id, message: { id: 'm9', senderId: OLIVER.id, html: '<p>New plan</p>', sentAt: new Date().toISOString() } }));
    await waitFor(() => expect(within(list).getAllByRole('link').map((link) => link.textContent)).toEqual([OLIVER.displayName, INES.displayName]));
    expect(list.textContent).toContain('New plan');
    expect(list.textContent).toContain('1 unread message');
  });

  it('asks for the list again for a change to a latest message or a deletion, not for a reaction further up', async () => {
    const latest = conversationWith('Lunch at noon?');
    const requests = stubServer([jsonResponse({ items: [latest], nextCursor: null })]);
    await renderApp({ path: '/messages', as: EMPLOYEE });
    await screen.findByRole('list', { name: 'Your conversations' });
    await waitFor(() => expect(FakeLiveChannel.current?.watched).toContain('activity:messages'));
    const asked = () => requests.filter((request) => request === 'GET /api/v1/messages').length;
    const older = { ...directMessage('m1', INES.id, 'Earlier', 60), senderReaction: 'like' as const };

    act(() => FakeLiveChannel.current!.deliver('message.changed', { with: INES.id, message: older }));
    act(() => FakeLiveChannel.current!.deliver('message.changed', { with: INES.id, message: { ...older, deleted: true } }));
    await waitFor(() => expect(asked()).toBe(2));
    act(() => FakeLiveChannel.current!.deliver('message.changed', { with: INES.id, message: { ...directMessage('m2', INES.id, 'Lunch at one?'), sentAt: latest.lastMessage.sentAt } }));
    await waitFor(() => expect(asked()).toBe(3));
  });
});
