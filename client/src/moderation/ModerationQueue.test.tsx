import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { QueueItem } from '../api/moderation';
import { ADMIN, jsonResponse, renderApp } from '../test/renderApp';

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
        const path = new URL(String(input), 'http://localhost').pathname;
        if (path === '/api/v1/identity/me') {
          return jsonResponse(ADMIN);
        }
        if (path === '/api/v1/activity/moderation/actions') {
          actions.push(JSON.parse(String(init?.body)));
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

  it('says the queue could not be loaded instead of showing it empty, and loads it again when asked', async () => {
    let queueAnswers = [new Response(null, { status: 503 }), jsonResponse([ITEM])];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const path = new URL(String(input), 'http://localhost').pathname;
        if (path === '/api/v1/activity/moderation/queue') {
          const [answer, ...rest] = queueAnswers;
          queueAnswers = rest;
          return answer;
        }
        if (path === '/api/v1/activity/moderation/keywords') {
          return jsonResponse([]);
        }
        return jsonResponse({ items: [], nextCursor: null });
      }),
    );
    await renderApp({ path: '/admin/moderation' });

    const queue = await screen.findByRole('region', { name: 'Reports waiting' });
    expect((await within(queue).findByRole('alert')).textContent).toContain('Something went wrong. Please try again in a moment.');
    expect(within(queue).queryByText('No report is waiting.')).toBeNull();

    fireEvent.click(within(queue).getByRole('button', { name: 'Try again' }));

    expect(await within(queue).findByText('Cheap watches')).toBeDefined();
    expect(within(queue).queryByRole('alert')).toBeNull();
  });

  it('does not offer to save keyword rules it could not load, which would replace them all', async () => {
    let keywordAnswers = [new Response(null, { status: 500 }), jsonResponse([{ pattern: 'casino', wholeWord: true, action: 'flag', message: '' }])];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const path = new URL(String(input), 'http://localhost').pathname;
        if (path === '/api/v1/activity/moderation/keywords') {
          const [answer, ...rest] = keywordAnswers;
          keywordAnswers = rest;
          return answer;
        }
        if (path === '/api/v1/activity/moderation/queue') {
          return jsonResponse([]);
        }
        return jsonResponse({ items: [], nextCursor: null });
      }),
    );
    await renderApp({ path: '/admin/moderation', language: 'fr' });

    const rules = await screen.findByRole('region', { name: 'Mots surveillés' });
    expect((await within(rules).findByRole('alert')).textContent).toContain('Une erreur est survenue. Veuillez réessayer dans un instant.');
    expect(within(rules).queryByRole('button', { name: 'Enregistrer les règles' })).toBeNull();

    fireEvent.click(within(rules).getByRole('button', { name: 'Réessayer' }));

    // While they load again the section gives way to the loading line: it is a new one that holds them.
    expect(await screen.findByDisplayValue('casino')).toBeDefined();
    const loaded = screen.getByRole('region', { name: 'Mots surveillés' });
    expect(within(loaded).getByRole('button', { name: 'Enregistrer les règles' })).toBeDefined();
    expect(within(loaded).queryByRole('alert')).toBeNull();
  });
});
