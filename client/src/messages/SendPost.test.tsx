import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DirectMessage } from '../api/messages';
import { directMessage, INES } from '../test/messageFixtures';
import { post } from '../test/postFixtures';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { requestBody, requestUrl } from '../test/requests';

const OLIVER = { id: 'o1', displayName: 'Oliver Brown', jobTitle: 'Engineer', department: null, site: null, managerId: null, matchedExpertise: [] };
const LEA = { ...OLIVER, id: 'l1', displayName: 'Léa Mercier' };
const TEAM = Array.from({ length: 11 }, (_, index) => ({ ...OLIVER, id: `t${index}`, displayName: `Team member ${index}` }));

/** A company (and home) stream of one post, a directory of two colleagues, and the answers given in turn to sending them a message. */
function stubServer({ sent = [], conversation = [] }: { sent?: Response[]; conversation?: DirectMessage[] }) {
  const requests: { method: string; path: string; body: string; key: string | null }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = requestUrl(input);
      const method = init?.method ?? 'GET';
      requests.push({ method, path: url.pathname, body: requestBody(init), key: new Headers(init?.headers).get('Idempotency-Key') });
      if (['/api/v1/activity/feeds/company', '/api/v1/activity/feeds/home'].includes(url.pathname)) {
        return jsonResponse({ items: [post('p1', '<p>Quarterly results</p>')], nextCursor: null });
      }
      if (url.pathname === '/api/v1/profiles') {
        return jsonResponse({ items: [OLIVER, LEA, ...TEAM].filter((p) => p.displayName.startsWith(url.searchParams.get('search') ?? '')), nextCursor: null });
      }
      if ([OLIVER.id, LEA.id].some((id) => url.pathname === `/api/v1/messages/with/${id}`) && method === 'POST') {
        return sent.shift() ?? new Response(null, { status: 500 });
      }
      if (url.pathname === `/api/v1/profiles/${INES.id}`) {
        return jsonResponse(INES);
      }
      if (url.pathname === `/api/v1/messages/with/${INES.id}`) {
        return jsonResponse({ items: conversation, nextCursor: null });
      }
      if (url.pathname === '/api/v1/notifications/mutes') {
        return jsonResponse({ items: [] });
      }
      return new Response(null, { status: url.pathname.endsWith('/read') ? 204 : 404 });
    }),
  );
  return requests;
}

async function choose(card: HTMLElement, label: string, name = 'Oliver Brown') {
  const to = within(card).getByRole('combobox', { name: label });
  fireEvent.change(to, { target: { value: name } });
  fireEvent.click(await within(card).findByRole('option', { name: new RegExp(`^${name}(?!\\d)`) }));
}

describe('sending a post in a message', () => {
  it('sends a post to the colleague chosen, with a word, and leads to the conversation', async () => {
    const requests = stubServer({ sent: [jsonResponse(directMessage('m1', EMPLOYEE.id, 'For Monday'), 201)] });
    await renderApp({ path: '/company', as: EMPLOYEE });
    const card = (await screen.findByText('Quarterly results')).closest('article')!;
    fireEvent.click(within(card).getByRole('button', { name: 'Share' }));

    const send = within(card).getByRole('button', { name: 'Send' });
    fireEvent.click(send);
    expect(send.getAttribute('aria-expanded')).toBe('true');
    expect(within(card).getByRole('button', { name: 'Share' }).getAttribute('aria-expanded')).toBe('false');
    expect(within(card).getByRole('button', { name: 'Send in a message' })).toBeTruthy();
    await choose(card, 'Send to');
    fireEvent.change(within(card).getByRole('textbox', { name: 'Add a message (optional)' }), { target: { value: ' For Monday ' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Send to Oliver Brown' }));

    const status = await within(card).findByRole('status');
    expect(status.textContent).toBe('Sent to Oliver Brown. Open the conversation');
    expect(within(status).getByRole('link', { name: 'Open the conversation' }).getAttribute('href')).toBe(`/messages/${OLIVER.id}`);
    const sending = requests.find((r) => r.method === 'POST')!;
    expect(JSON.parse(sending.body)).toEqual({ text: 'For Monday', sharedPostId: 'p1' });
    expect(sending.key).toBeTruthy();
    expect(within(card).queryByRole('combobox', { name: 'Send to' })).toBeNull();
    // Focus returns to the button that opened the form, now gone.
    expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Send' }));
  });

  it('asks for a colleague first, then tells the refusal of one who cannot see the post and sends again with the same key, in French', async () => {
    const refusal = { title: 'Unprocessable Entity', status: 422, detail: 'Oliver Brown ne peut pas voir cette publication : elle ne peut pas lui être envoyée.' };
    const requests = stubServer({
      sent: [jsonResponse(refusal, 422, 'application/problem+json'), jsonResponse(directMessage('m1', EMPLOYEE.id, ''), 201)],
    });
    await renderApp({ path: '/company', as: EMPLOYEE, language: 'fr' });
    const card = (await screen.findByText('Quarterly results')).closest('article')!;
    fireEvent.click(within(card).getByRole('button', { name: 'Envoyer' }));

    fireEvent.click(within(card).getByRole('button', { name: 'Envoyer dans un message' }));
    const to = within(card).getByRole('combobox', { name: 'Envoyer à' });
    expect(await within(card).findByText('Choisissez le ou la collègue à qui envoyer cette publication.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(to));
    await choose(card, 'Envoyer à');
    fireEvent.click(within(card).getByRole('button', { name: 'Envoyer à Oliver Brown' }));
    expect((await within(card).findByRole('alert')).textContent).toContain(refusal.detail);

    fireEvent.click(within(card).getByRole('button', { name: 'Envoyer à Oliver Brown' }));
    expect((await within(card).findByRole('status')).textContent).toBe('Envoyé à Oliver Brown. Ouvrir la conversation');
    const sends = requests.filter((r) => r.method === 'POST');
    expect(sends).toHaveLength(2);
    expect(sends[1].key).toBe(sends[0].key);
    expect(JSON.parse(sends[1].body)).toEqual({ text: '', sharedPostId: 'p1' });
  });

  it('sends to several colleagues one message each, tells whom it reached and keeps the one refused chosen', async () => {
    const refusal = { title: 'Unprocessable Entity', status: 422, detail: 'Léa Mercier cannot see this post, so it cannot be sent to them.' };
    const refused = () => jsonResponse(refusal, 422, 'application/problem+json');
    const sent = () => jsonResponse(directMessage('m1', EMPLOYEE.id, ''), 201);
    const requests = stubServer({ sent: [sent(), refused(), refused(), sent()] });
    await renderApp({ path: '/company', as: EMPLOYEE });
    const card = (await screen.findByText('Quarterly results')).closest('article')!;
    fireEvent.click(within(card).getByRole('button', { name: 'Send' }));
    await choose(card, 'Send to');
    // Enter on a name still being typed chooses nobody and sends nothing.
    const to = within(card).getByRole('combobox', { name: 'Send to' });
    fireEvent.change(to, { target: { value: 'Zoé' } });
    expect(fireEvent.keyDown(to, { key: 'Enter' })).toBe(false);
    await choose(card, 'Send to', 'Léa Mercier');
    fireEvent.click(within(card).getByRole('button', { name: 'Send to 2 colleagues' }));

    expect((await within(card).findByRole('status')).textContent).toBe('Sent to Oliver Brown. Open the conversation');
    expect(within(card).getByRole('alert').textContent).toBe(refusal.detail);
    const chosen = within(card).getByRole('list', { name: 'Chosen colleagues' });
    expect(within(chosen).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Léa Mercier×']);
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([`/api/v1/messages/with/${OLIVER.id}`, `/api/v1/messages/with/${LEA.id}`]);
    // The same words go to each, in their own conversation, each with its own key.
    const [first, second] = requests.filter((r) => r.method === 'POST');
    expect(first.body).toBe(second.body);
    expect(first.key).not.toBe(second.key);

    // Oliver chosen again after being reached gets a second message, under a key of its own.
    await choose(card, 'Send to');
    fireEvent.click(within(card).getByRole('button', { name: 'Send to 2 colleagues' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(4));
    const again = requests.filter((r) => r.method === 'POST' && r.path === `/api/v1/messages/with/${OLIVER.id}`);
    expect(again[1].key).not.toBe(again[0].key);
  });

  it('takes up to ten colleagues and points to sharing beyond', async () => {
    stubServer({});
    await renderApp({ path: '/company', as: EMPLOYEE });
    const card = (await screen.findByText('Quarterly results')).closest('article')!;
    fireEvent.click(within(card).getByRole('button', { name: 'Send' }));
    for (const member of TEAM) {
      await choose(card, 'Send to', member.displayName);
    }

    expect(within(within(card).getByRole('list', { name: 'Chosen colleagues' })).getAllByRole('listitem')).toHaveLength(10);
    expect(within(card).getByText('Up to 10 colleagues: to reach more people, share the post.')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Send to 10 colleagues' })).toBeTruthy();
  });

  it('is not offered to an external guest, who has no messages', async () => {
    stubServer({});
    await renderApp({ path: '/', as: { ...EMPLOYEE, roles: ['Guest'], capabilities: [] } });
    const card = (await screen.findByText('Quarterly results')).closest('article')!;
    expect(within(card).getByRole('button', { name: 'Share' })).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Send' })).toBeNull();
  });

  it('shows a post sent along as a link saying whose it is and where, and one the reader may not see as unavailable', async () => {
    const author = { id: 'a1', displayName: 'Camille Martin', jobTitle: '', avatarVersion: 0, isFormerEmployee: false };
    stubServer({
      conversation: [
        { ...directMessage('m2', INES.id, '', 1), html: '', sharedPost: { available: false } },
        { ...directMessage('m1', INES.id, 'Have you seen this?', 2), sharedPost: { available: true, id: 'p7', author, space: { id: 's1', name: 'Finance' }, excerpt: 'Budget draft' } },
      ],
    });
    await renderApp({ path: `/messages/${INES.id}`, as: EMPLOYEE });

    const link = await screen.findByRole('link', { name: 'Post by Camille Martin in Finance Budget draft' });
    expect(link.getAttribute('href')).toBe('/posts/p7');
    expect(screen.getByText('Have you seen this?')).toBeTruthy();
    // A message of a post alone is described to its actions by the post.
    const unavailable = screen.getByText('This post is not available.');
    const described = screen.getAllByRole('button', { name: 'React' }).map((button) => button.getAttribute('aria-describedby'));
    expect(described).toContain(unavailable.id);
  });
});
