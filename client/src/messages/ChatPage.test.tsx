import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DirectMessage } from '../api/messages';
import type { ProfileDetails } from '../api/profiles';
import { FakeLiveChannel } from '../test/fakeLiveChannel';
import { directMessage, INES } from '../test/messageFixtures';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { requestBody, requestUrl } from '../test/requests';

const CONVERSATION = `/api/v1/messages/with/${INES.id}`;
const NOT_FOUND = () => jsonResponse({ title: 'Not Found', status: 404 }, 404, 'application/problem+json');

interface Server {
  profile?: ProfileDetails | Response;
  /** The newest messages, or the server's refusal. */
  first?: DirectMessage[] | Response;
  /** The page before them, when there is one. */
  older?: DirectMessage[];
  /** Answers to sending, in turn. */
  sent?: Response[];
  /** Answers to editing or deleting a message, in turn. */
  changes?: Response[];
}

/** Answers Inès's profile, the messages exchanged with her and sending to her, and records every request. */
function stubServer({ profile = INES, first = [], older, sent = [], changes = [] }: Server) {
  const requests: { method: string; path: string; body: string; key: string | null }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = requestUrl(input);
      const method = init?.method ?? 'GET';
      requests.push({ method, path: `${url.pathname}${url.search}`, body: requestBody(init), key: new Headers(init?.headers).get('Idempotency-Key') });
      if (url.pathname === `/api/v1/profiles/${INES.id}`) {
        return profile instanceof Response ? profile : jsonResponse(profile);
      }
      if (url.pathname === CONVERSATION && method === 'GET') {
        if (url.searchParams.get('cursor') === 'older') {
          return jsonResponse({ items: older, nextCursor: null });
        }
        return first instanceof Response ? first : jsonResponse({ items: first, nextCursor: older ? 'older' : null });
      }
      if (url.pathname === CONVERSATION && method === 'POST') {
        return sent.shift() ?? new Response(null, { status: 500 });
      }
      if (/^\/api\/v1\/messages\/m\d+(\/reaction)?$/.test(url.pathname)) {
        return changes.shift() ?? new Response(null, { status: 500 });
      }
      if (url.pathname === '/api/v1/activity/reports') {
        return jsonResponse({ id: 'r1' }, 201);
      }
      if ([`${CONVERSATION}/read`, `${CONVERSATION}/unread`, `/api/v1/notifications/mutes/messages/${INES.id}`].includes(url.pathname)) {
        return new Response(null, { status: 204 });
      }
      if (url.pathname === '/api/v1/notifications/mutes') {
        return jsonResponse({ items: [] });
      }
      return new Response(null, { status: 404 });
    }),
  );
  const reads = () => requests.filter((request) => request.method === 'POST' && request.path === `${CONVERSATION}/read`).length;
  return { requests, reads };
}

/** The messages shown, from top to bottom, as their text. */
function shownMessages(): string[] {
  const log = screen.getByRole('region', { name: new RegExp(INES.displayName) });
  return within(log).queryAllByRole('listitem').map((item) => item.querySelector('.chat__bubble')?.textContent ?? '');
}

describe('conversation with a colleague', () => {
  it('shows the person, the oldest message at the top, earlier ones on request, and marks the conversation read', async () => {
    const server = stubServer({
      first: [directMessage('m3', INES.id, 'Works for me', 1), directMessage('m2', EMPLOYEE.id, 'Lunch at noon?', 2)],
      older: [directMessage('m1', INES.id, 'Hello Eve', 60)],
    });
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE });

    const heading = await screen.findByRole('heading', { level: 1, name: INES.displayName });
    expect(within(heading).getByRole('link').getAttribute('href')).toBe(`/people/${INES.id}`);
    expect(screen.getByText('Data analyst')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All messages' }).getAttribute('href')).toBe('/messages');
    await waitFor(() => expect(shownMessages()).toEqual(['Lunch at noon?', 'Works for me']));
    const log = screen.getByRole('region', { name: `Messages with ${INES.displayName}` });
    const [mine, hers] = within(log).getAllByRole('listitem');
    expect(mine.textContent).toContain('You wrote:');
    expect(mine.classList.contains('chat__message--mine')).toBe(true);
    expect(hers.textContent).toContain(`${INES.displayName} wrote:`);
    expect(hers.classList.contains('chat__message--mine')).toBe(false);
    expect(hers.querySelector('time')?.getAttribute('datetime')).toBeTruthy();
    await waitFor(() => expect(server.reads()).toBe(1));

    fireEvent.click(within(log).getByRole('button', { name: 'Earlier messages' }));

    await waitFor(() => expect(shownMessages()).toEqual(['Hello Eve', 'Lunch at noon?', 'Works for me']));
    expect(within(log).queryByRole('button', { name: 'Earlier messages' })).toBeNull();
    await waitFor(() => expect(document.title).toBe(`Messages with ${INES.displayName} · EnterpriseSocial`));
  });

  it("mutes the conversation's notifications once it has begun, in French", async () => {
    const server = stubServer({ first: [directMessage('m1', INES.id, 'Tu as vu les chiffres ?', 5)] });
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE, language: 'fr' });

    fireEvent.click(await screen.findByRole('button', { name: 'Désactiver les notifications de cette conversation' }));

    expect(await screen.findByText('Vous ne serez plus notifié·e de cette conversation.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Réactiver les notifications de cette conversation' })).toBeDefined();
    expect(server.requests).toContainEqual(expect.objectContaining({ method: 'PUT', path: `/api/v1/notifications/mutes/messages/${INES.id}` }));
  });

  it('offers no muting before the first message', async () => {
    stubServer({ first: [] });
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE });

    expect(await screen.findByText('No messages yet. Write the first one below.')).toBeDefined();
    expect(screen.queryByRole('button', { name: /Mute notifications/ })).toBeNull();
  });

  it('adds a sent message at the bottom and empties the field, showing it once when it also comes live', async () => {
    const mine = directMessage('m2', EMPLOYEE.id, 'See you there');
    const server = stubServer({ first: [directMessage('m1', INES.id, 'Lunch at noon?', 5)], sent: [jsonResponse(mine, 201)] });
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE });
    const field = await screen.findByRole('textbox', { name: 'Your message' });
    await waitFor(() => expect(shownMessages()).toEqual(['Lunch at noon?']));

    fireEvent.change(field, { target: { value: 'See you there' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));

    await waitFor(() => expect(shownMessages()).toEqual(['Lunch at noon?', 'See you there']));
    expect((field as HTMLTextAreaElement).value).toBe('');
    const send = server.requests.find((request) => request.method === 'POST' && request.path === CONVERSATION);
    expect(JSON.parse(send?.body ?? '')).toEqual({ text: 'See you there' });

    act(() => FakeLiveChannel.current!.deliver('message.sent', { with: INES.id, message: mine }));
    act(() => FakeLiveChannel.current!.deliver('message.sent', { with: 'someone-else', message: directMessage('x1', 'someone-else', 'Elsewhere') }));
    expect(shownMessages()).toEqual(['Lunch at noon?', 'See you there']);
  });

  it('adds a message that arrives live, once, and marks it read', async () => {
    const server = stubServer({ first: [directMessage('m1', EMPLOYEE.id, 'Lunch at noon?', 5)] });
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE, language: 'fr' });
    await screen.findByRole('textbox', { name: 'Votre message' });
    await waitFor(() => expect(server.reads()).toBe(1));

    const reply = directMessage('m2', INES.id, 'Avec plaisir');
    act(() => FakeLiveChannel.current!.deliver('message.sent', { with: INES.id, message: reply }));
    act(() => FakeLiveChannel.current!.deliver('message.sent', { with: INES.id, message: reply }));

    const log = screen.getByRole('region', { name: `Messages avec ${INES.displayName}` });
    expect(within(log).getAllByText('Avec plaisir')).toHaveLength(1);
    expect(within(log).getAllByRole('listitem')[1].textContent).toContain(`${INES.displayName} a écrit\u00a0:`);
    expect(screen.getByText("Nouveau message d'Inès Lambert")).toBeTruthy();
    await waitFor(() => expect(server.reads()).toBe(2));
  });

  it("rewrites one's own message in place, Escape leaving it as it was, and deletes it after asking; the other's is reported", async () => {
    const mine = directMessage('m2', EMPLOYEE.id, 'Lunch at noon?', 1);
    const rewritten: DirectMessage = { ...mine, html: '<p>Lunch at <strong>one</strong>?</p>', text: 'Lunch at **one**?', editedAt: new Date().toISOString() };
    const server = stubServer({
      first: [mine, directMessage('m1', INES.id, 'Hello Eve', 5)],
      changes: [jsonResponse(rewritten), new Response(null, { status: 204 })],
    });
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE });
    await waitFor(() => expect(shownMessages()).toEqual(['Hello Eve', 'Lunch at noon?']));
    const log = screen.getByRole('region', { name: `Messages with ${INES.displayName}` });
    const [hers, own] = within(log).getAllByRole('listitem');
    expect(within(hers).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(own).queryByRole('button', { name: 'Report this message' })).toBeNull();
    fireEvent.click(within(hers).getByRole('button', { name: 'Report this message' }));
    fireEvent.change(within(hers).getByLabelText('Why are you reporting this message? The platform moderators will read it.'), { target: { value: 'Rude' } });
    fireEvent.click(within(hers).getByRole('button', { name: 'Send the report' }));
    await waitFor(() => expect(server.requests.find((request) => request.path === '/api/v1/activity/reports')?.body).toBe(
      JSON.stringify({ targetKind: 'message', targetId: 'm1', reason: 'Rude' }),
    ));
    const edit = within(own).getByRole('button', { name: 'Edit' });
    expect(edit.getAttribute('aria-describedby')).toBe(own.querySelector('.chat__bubble')?.id);

    fireEvent.click(edit);
    const field = within(own).getByRole<HTMLTextAreaElement>('textbox', { name: 'Edit your message' });
    expect(field.value).toBe('Lunch at noon?');
    await waitFor(() => expect(document.activeElement).toBe(field));
    fireEvent.keyDown(field, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(within(own).getByRole('button', { name: 'Edit' })));
    expect(shownMessages()).toEqual(['Hello Eve', 'Lunch at noon?']);

    fireEvent.click(within(own).getByRole('button', { name: 'Edit' }));
    fireEvent.change(within(own).getByRole('textbox', { name: 'Edit your message' }), { target: { value: 'Lunch at **one**?' } });
    fireEvent.click(within(own).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(shownMessages()).toEqual(['Hello Eve', 'Lunch at one?']));
    expect(own.textContent).toContain('Edited');
    const patch = server.requests.find((request) => request.method === 'PATCH');
    expect([patch?.path, JSON.parse(patch?.body ?? '')]).toEqual(['/api/v1/messages/m2', { text: 'Lunch at **one**?' }]);

    fireEvent.click(within(own).getByRole('button', { name: 'Delete' }));
    const question = within(own).getByRole('group', { name: 'Delete' });
    expect(question.textContent).toContain(`Delete this message? ${INES.displayName} will see that a message was deleted, not what it said.`);
    fireEvent.click(within(question).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(shownMessages()).toEqual(['Hello Eve', 'This message was deleted.']));
    // Focus moves in an effect once the deletion is shown.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('This message was deleted.'));
    expect(within(own).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(own.textContent).not.toContain('Edited');
    expect(server.requests.some((request) => request.method === 'DELETE' && request.path === '/api/v1/messages/m2')).toBe(true);
  });

  it('shows a message the other person rewrote or deleted meanwhile, live', async () => {
    const hers = directMessage('m1', INES.id, 'Réunion à 15 h', 5);
    stubServer({ first: [hers] });
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE, language: 'fr' });
    await waitFor(() => expect(shownMessages()).toEqual(['Réunion à 15 h']));

    const rewritten = { ...hers, html: '<p>Réunion à 16 h</p>', text: 'Réunion à 16 h', editedAt: new Date().toISOString() };
    act(() => FakeLiveChannel.current!.deliver('message.changed', { with: INES.id, message: rewritten }));
    act(() => FakeLiveChannel.current!.deliver('message.changed', { with: 'someone-else', message: { ...hers, html: '<p>Ailleurs</p>' } }));
    expect(shownMessages()).toEqual(['Réunion à 16 h']);
    expect(screen.getByText(/Modifié/)).toBeTruthy();

    act(() => FakeLiveChannel.current!.deliver('message.changed', { with: INES.id, message: { ...rewritten, html: '', text: '', deleted: true } }));
    expect(shownMessages()).toEqual(['Ce message a été supprimé.']);
    expect(screen.queryByText(/Modifié/)).toBeNull();
  });

  // Text queries compare with whitespace collapsed: the French no-break space before a colon is matched as a space.
  it("reacts to a message from a list of five, takes it back, and shows the other person's reaction arriving live, in French", async () => {
    const hers = directMessage('m1', INES.id, 'Version publiée', 5);
    const server = stubServer({
      first: [hers],
      changes: [jsonResponse({ ...hers, recipientReaction: 'celebrate' }), jsonResponse(hers)],
    });
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE, language: 'fr' });
    const react = await screen.findByRole('button', { name: 'Réagir' });
    expect(react.getAttribute('aria-describedby')).toBeTruthy();

    fireEvent.click(react);
    const choice = screen.getByRole('group', { name: 'Réagir à ce message' });
    fireEvent.click(within(choice).getByRole('button', { name: 'Bravo' }));

    expect(await screen.findByText('Vous avez réagi : Bravo')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Réagir à ce message' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(react));
    expect(server.requests).toContainEqual(expect.objectContaining({ method: 'PUT', path: '/api/v1/messages/m1/reaction', body: '{"kind":"celebrate"}' }));

    fireEvent.click(react);
    const again = screen.getByRole('group', { name: 'Réagir à ce message' });
    expect(within(again).getByRole('button', { name: 'Bravo' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(again).getByRole('button', { name: 'Bravo' }));
    await waitFor(() => expect(screen.queryByText('Vous avez réagi : Bravo')).toBeNull());
    expect(server.requests).toContainEqual(expect.objectContaining({ method: 'DELETE', path: '/api/v1/messages/m1/reaction' }));

    fireEvent.click(react);
    fireEvent.keyDown(screen.getByRole('group', { name: 'Réagir à ce message' }), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Réagir à ce message' })).toBeNull();

    const mine = directMessage('m2', EMPLOYEE.id, 'Merci !');
    act(() => FakeLiveChannel.current!.deliver('message.sent', { with: INES.id, message: mine }));
    act(() => FakeLiveChannel.current!.deliver('message.changed', { with: INES.id, message: { ...mine, recipientReaction: 'like' } }));
    expect(await screen.findByText(`${INES.displayName} a réagi : J'aime`)).toBeTruthy();
  });

  it('opens on a message a search found, focused and marked, or says when it is further back', async () => {
    const server = stubServer({ first: [directMessage('m3', INES.id, 'Later', 1), directMessage('m2', EMPLOYEE.id, 'The code is 4521', 2)] });
    const { unmount } = await renderApp({ path: `/messages/${INES.id}?at=m2`, as: EMPLOYEE });

    await waitFor(() => expect(shownMessages()).toEqual(['The code is 4521', 'Later']));
    const found = screen.getByText('The code is 4521').closest('li')!;
    await waitFor(() => expect(document.activeElement).toBe(found));
    expect(found.classList.contains('chat__message--found')).toBe(true);
    expect(server.requests.find((request) => request.path.startsWith(CONVERSATION))?.path).toBe(`${CONVERSATION}?through=m2`);
    expect(screen.queryByText(/further back/)).toBeNull();
    unmount();

    stubServer({ first: [directMessage('m3', INES.id, 'Later', 1)] });
    await renderApp({ path: `/messages/${INES.id}?at=m1`, as: EMPLOYEE });
    expect(await screen.findByText('The message you looked for is further back: show earlier messages to reach it.')).toBeTruthy();
  });

  it('marks the conversation unread again and goes back to the list, offered only once the colleague has written', async () => {
    const server = stubServer({ first: [directMessage('m2', EMPLOYEE.id, 'Thanks', 1), directMessage('m1', INES.id, 'Slides attached', 2)] });
    const { unmount } = await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE });

    fireEvent.click(await screen.findByRole('button', { name: 'Mark as unread' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Messages' })).toBeTruthy();
    expect(server.requests).toContainEqual(expect.objectContaining({ method: 'POST', path: `${CONVERSATION}/unread` }));
    unmount();

    stubServer({ first: [directMessage('m2', EMPLOYEE.id, 'Hello?', 1)] });
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE });
    await waitFor(() => expect(shownMessages()).toEqual(['Hello?']));
    expect(screen.queryByRole('button', { name: 'Mark as unread' })).toBeNull();
  });

  it('sends with Ctrl+Enter, and keeps the text when the server refuses it', async () => {
    const refused = jsonResponse({ title: 'Validation failed', status: 400, errors: { text: ['The message is too long.'] } }, 400, 'application/problem+json');
    const server = stubServer({ sent: [refused] });
    const { unmount } = await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE });
    const field = await screen.findByRole('textbox', { name: 'Your message' });
    expect(await screen.findByText('No messages yet. Write the first one below.')).toBeTruthy();

    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });
    expect(screen.getByText('Write a message before sending it.')).toBeTruthy();

    fireEvent.change(field, { target: { value: 'A very long story' } });
    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });

    expect(await screen.findByText('The message is too long.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(server.requests.filter((request) => request.method === 'POST' && request.path === CONVERSATION)).toHaveLength(1);
    unmount();

    // The draft outlives the page until it is sent.
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE });
    expect((await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Your message' })).value).toBe('A very long story');
  });

  it('sends a text again after a failure under the same key, and an edited text under a new one', async () => {
    const server = stubServer({ sent: [new Response(null, { status: 503 }), jsonResponse(directMessage('m1', EMPLOYEE.id, 'See you at noon'), 201)] });
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE });
    const field = await screen.findByRole('textbox', { name: 'Your message' });
    const sends = () => server.requests.filter((request) => request.method === 'POST' && request.path === CONVERSATION);

    fireEvent.change(field, { target: { value: 'See you at noon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(shownMessages()).toEqual(['See you at noon']));

    fireEvent.change(field, { target: { value: 'Or at one' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(sends()).toHaveLength(3));
    const [first, retried, next] = sends().map((request) => request.key);
    expect(first).toBeTruthy();
    expect(retried).toBe(first);
    expect(next).not.toBe(first);
  });

  it("tells why the server refused to send, and looks again at whether the person still works here", async () => {
    const left = jsonResponse({ title: 'Unprocessable', status: 422, detail: 'Inès Lambert no longer works here.' }, 422, 'application/problem+json');
    const server = stubServer({ sent: [left] });
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE });
    const field = await screen.findByRole('textbox', { name: 'Your message' });

    fireEvent.change(field, { target: { value: 'Are you there?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Inès Lambert no longer works here.');
    await waitFor(() => expect(server.requests.filter((request) => request.path === `/api/v1/profiles/${INES.id}`)).toHaveLength(2));
  });

  it('shows the messages with a former employee without the form, saying why', async () => {
    stubServer({ profile: { ...INES, isFormerEmployee: true }, first: [directMessage('m1', INES.id, 'Goodbye all', 60)] });
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE });

    expect(await screen.findByText(`${INES.displayName} no longer works at the company and can no longer receive messages.`)).toBeTruthy();
    expect(screen.getByText('Former employee')).toBeTruthy();
    await waitFor(() => expect(shownMessages()).toEqual(['Goodbye all']));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
  });

  it('is not found when there is no such colleague, or none one may write to', async () => {
    stubServer({ profile: NOT_FOUND(), first: NOT_FOUND() });
    const { unmount } = await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE });

    expect((await screen.findByRole('alert')).textContent).toBe('There is no such person in the directory.');
    expect(screen.getByRole('heading', { level: 1, name: 'Messages' })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    unmount();

    stubServer({ first: NOT_FOUND() });
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE, language: 'fr' });
    expect((await screen.findByRole('alert')).textContent).toBe("Cette personne n'est pas dans l'annuaire.");
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
  });
});
