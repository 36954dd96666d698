import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LogEntry, QueueItem } from '../api/moderation';
import { ADMIN, jsonResponse, renderApp } from '../test/renderApp';
import { requestBody, requestUrl } from '../test/requests';

function logEntry(targetId: string, authorName: string): LogEntry {
  return {
    action: 'hidden', targetKind: 'post', targetId, authorId: `a-${targetId}`, authorName, moderatorId: 'm1', moderatorName: 'Ada Admin',
    reason: 'Spam', at: '2026-11-30T10:00:00Z',
  };
}

type Answer = Response | Promise<Response>;

/**
 * A platform moderation page whose queue, keyword rules and log each answer in turn the responses
 * given for them, and are empty once those are used up. Returns the cursors the log was asked for.
 */
function stubModeration(answers: { queue?: Answer[]; keywords?: Answer[]; log?: Answer[] }) {
  const cursors: (string | null)[] = [];
  const given: Record<string, Answer[]> = {
    '/api/v1/activity/moderation/queue': answers.queue ?? [],
    '/api/v1/activity/moderation/keywords': answers.keywords ?? [],
    '/api/v1/activity/moderation/log': answers.log ?? [],
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = requestUrl(input);
      if (url.pathname === '/api/v1/activity/moderation/log') {
        cursors.push(url.searchParams.get('cursor'));
      }
      const next = given[url.pathname]?.shift();
      // The queue and the rules are lists; everything else on the page is paged.
      return next ?? (url.pathname in given && !url.pathname.endsWith('/log') ? jsonResponse([]) : jsonResponse({ items: [], nextCursor: null }));
    }),
  );
  return cursors;
}

const ITEM: QueueItem = {
  targetKind: 'post', targetId: 'p1', spaceId: null, postId: 'p1', targetName: 'Camille Martin', bodyHtml: '<p>Cheap watches</p>',
  hidden: false, reportCount: 2, reasons: ['Spam', 'Advertising'], firstReportedAt: '2026-11-30T10:00:00Z',
};

describe('Platform moderation', () => {
  it('shows why content was reported and sends the decision with its reason', async () => {
    const actions: unknown[] = [];
    let queue = [ITEM];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        const path = requestUrl(input).pathname;
        if (path === '/api/v1/identity/me') {
          return jsonResponse(ADMIN);
        }
        if (path === '/api/v1/activity/moderation/actions') {
          actions.push(JSON.parse(requestBody(init)));
          queue = [];
          return new Response(null, { status: 204 });
        }
        if (path === '/api/v1/activity/moderation/queue') {
          return jsonResponse(queue);
        }
        if (path === '/api/v1/activity/moderation/keywords') {
          return jsonResponse([]);
        }
        return jsonResponse({ items: [], nextCursor: null });
      }),
    );
    await renderApp({ path: '/admin/moderation' });

    const item = (await screen.findByText('Cheap watches')).closest('li')!;
    expect(within(item).getByRole('list', { name: 'Reasons given' }).textContent).toBe('SpamAdvertising');
    expect(within(item).queryByRole('button', { name: 'Restore' })).toBeNull();
    fireEvent.change(within(item).getByLabelText('Reason for your decision (the author is told)'), { target: { value: 'No advertising' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Hide' }));

    await waitFor(() => expect(actions).toEqual([{ targetKind: 'post', targetId: 'p1', action: 'hidden', reason: 'No advertising' }]));
    expect(await screen.findByText('No report is waiting.')).toBeDefined();
  });

  it('offers to delete a reported direct message or warn its sender, never to hide it, and links to no page', async () => {
    const message: QueueItem = { ...ITEM, targetKind: 'message', targetId: 'm1', postId: null, bodyHtml: '<p>You will regret this</p>', reportCount: 1, reasons: ['Threatening'] };
    stubModeration({ queue: [jsonResponse([message])] });
    await renderApp({ path: '/admin/moderation', language: 'fr' });

    const item = (await screen.findByText('You will regret this')).closest('li')!;
    expect(item.textContent).toContain('Message de Camille Martin');
    expect(within(item).queryByRole('link')).toBeNull();
    expect(within(item).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Classer les signalements',
      'Supprimer',
      "Avertir l'auteur",
    ]);
  });

  it('says the queue could not be loaded instead of showing it empty, and loads it again when asked', async () => {
    stubModeration({ queue: [new Response(null, { status: 503 }), jsonResponse([ITEM])] });
    await renderApp({ path: '/admin/moderation' });

    const queue = await screen.findByRole('region', { name: 'Reports waiting' });
    expect((await within(queue).findByRole('alert')).textContent).toContain('Something went wrong. Please try again in a moment.');
    expect(within(queue).queryByText('No report is waiting.')).toBeNull();

    fireEvent.click(within(queue).getByRole('button', { name: 'Try again' }));

    expect(await within(queue).findByText('Cheap watches')).toBeDefined();
    expect(within(queue).queryByRole('alert')).toBeNull();
  });

  it('does not offer to save keyword rules it could not load, which would replace them all', async () => {
    stubModeration({ keywords: [new Response(null, { status: 500 }), jsonResponse([{ pattern: 'casino', wholeWord: true, action: 'flag', message: '' }])] });
    await renderApp({ path: '/admin/moderation', language: 'fr' });

    const rules = await screen.findByRole('region', { name: 'Mots surveillés' });
    expect((await within(rules).findByRole('alert')).textContent).toContain('Une erreur est survenue. Veuillez réessayer dans un instant.');
    expect(within(rules).queryByRole('button', { name: 'Enregistrer les règles' })).toBeNull();

    fireEvent.click(within(rules).getByRole('button', { name: 'Réessayer' }));

    // The failure stays until the answer, then the same section holds the rules and the form to save them.
    expect(await screen.findByDisplayValue('casino')).toBeDefined();
    const loaded = screen.getByRole('region', { name: 'Mots surveillés' });
    expect(within(loaded).getByRole('button', { name: 'Enregistrer les règles' })).toBeDefined();
    expect(within(loaded).queryByRole('alert')).toBeNull();
  });

  it('keeps focus on Try again while the queue loads again, then gives it to the queue\'s heading', async () => {
    let answerAgain!: (response: Response) => void;
    stubModeration({ queue: [new Response(null, { status: 503 }), new Promise((settle) => (answerAgain = settle))] });
    await renderApp({ path: '/admin/moderation' });
    const queue = await screen.findByRole('region', { name: 'Reports waiting' });
    const retry = await within(queue).findByRole('button', { name: 'Try again' });

    retry.focus();
    fireEvent.click(retry);

    await waitFor(() => expect(retry.textContent).toBe('Trying again…'));
    expect(document.activeElement).toBe(retry);
    expect(retry.getAttribute('aria-disabled')).toBe('true');
    answerAgain(jsonResponse([ITEM]));
    expect(await within(queue).findByText('Cheap watches')).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(within(queue).getByRole('heading', { name: 'Reports waiting' })));
    expect(document.activeElement).not.toBe(document.body);
  });
});

describe('Moderation log', () => {
  it('says the log could not be loaded, in the server\'s words, instead of saying nothing happened, and loads it again when asked', async () => {
    const unavailable = jsonResponse({ title: 'Service Unavailable', status: 503, detail: 'The log is being archived. Try again in a minute.' }, 503, 'application/problem+json');
    stubModeration({ log: [unavailable, jsonResponse({ items: [logEntry('p1', 'Camille Martin')], nextCursor: null })] });
    await renderApp({ path: '/admin/moderation' });

    const log = await screen.findByRole('region', { name: 'Moderation log' });
    expect((await within(log).findByRole('alert')).textContent).toContain('The log is being archived. Try again in a minute.');
    expect(within(log).queryByText('No moderation action yet.')).toBeNull();

    fireEvent.click(within(log).getByRole('button', { name: 'Try again' }));

    expect(await within(log).findByText('Ada Admin hid a post by Camille Martin')).toBeDefined();
    expect(within(log).queryByRole('alert')).toBeNull();
  });

  it('keeps the entries shown when the next page fails, and asks for that page again', async () => {
    const cursors = stubModeration({ log: [
      jsonResponse({ items: [logEntry('p1', 'Camille Martin')], nextCursor: 'page-2' }),
      new Response(null, { status: 500 }),
      jsonResponse({ items: [logEntry('p2', 'Oliver Brown')], nextCursor: null }),
    ] });
    await renderApp({ path: '/admin/moderation', language: 'fr' });
    const log = await screen.findByRole('region', { name: 'Journal de modération' });
    const more = await within(log).findByRole('button', { name: 'Afficher plus' });

    more.focus();
    fireEvent.click(more);

    expect((await within(log).findByRole('alert')).textContent).toBe('Une erreur est survenue. Veuillez réessayer dans un instant.');
    expect(within(log).getByText('Ada Admin a masqué une publication de Camille Martin')).toBeDefined();
    expect(document.activeElement).toBe(more);
    fireEvent.click(within(log).getByRole('button', { name: 'Réessayer' }));

    expect(await within(log).findByText("Ada Admin a masqué une publication d'Oliver Brown")).toBeDefined();
    expect(within(log).getByText('Ada Admin a masqué une publication de Camille Martin')).toBeDefined();
    expect(within(log).queryByRole('alert')).toBeNull();
    expect(within(log).queryByRole('button', { name: 'Réessayer' })).toBeNull();
    expect(cursors).toEqual([null, 'page-2', 'page-2']);
  });
});
