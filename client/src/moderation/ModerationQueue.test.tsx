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
});
