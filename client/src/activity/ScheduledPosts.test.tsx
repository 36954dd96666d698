import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ScheduledPost } from '../api/scheduled';
import { ADMIN, jsonResponse, renderApp } from '../test/renderApp';
import { requestBody, requestUrl } from '../test/requests';

/** A server that keeps scheduled posts and records what it was asked; the list fails the first `failures` times. */
function stubServer(initial: ScheduledPost[] = [], failures = 0) {
  const requests: { method: string; path: string; body: string }[] = [];
  let scheduled = [...initial];
  let failuresLeft = failures;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = requestUrl(input);
      const method = init?.method ?? 'GET';
      requests.push({ method, path: url.pathname, body: requestBody(init) });
      if (url.pathname === '/api/v1/identity/me') {
        return jsonResponse(ADMIN);
      }
      if (url.pathname === '/api/v1/activity/feeds/company') {
        return jsonResponse({ items: [], nextCursor: null });
      }
      if (url.pathname === '/api/v1/activity/posts' && method === 'POST') {
        const draft = JSON.parse(requestBody(init)) as { body: string; publishAt: string };
        const created: ScheduledPost = { id: 's9', publishAt: draft.publishAt, spaceId: null, kind: 'post', body: draft.body, failedReason: null };
        scheduled.push(created);
        return jsonResponse(created, 202);
      }
      if (url.pathname === '/api/v1/activity/scheduled') {
        return failuresLeft-- > 0 ? new Response(null, { status: 502 }) : jsonResponse(scheduled);
      }
      if (url.pathname.startsWith('/api/v1/activity/scheduled/') && method === 'DELETE') {
        scheduled = scheduled.filter((s) => !url.pathname.endsWith(s.id));
        return new Response(null, { status: 204 });
      }
      if (url.pathname.startsWith('/api/v1/activity/scheduled/') && method === 'PATCH') {
        const moved = { ...scheduled[0], publishAt: (JSON.parse(requestBody(init)) as { publishAt: string }).publishAt };
        return jsonResponse(moved);
      }
      return new Response(null, { status: 404 });
    }),
  );
  return requests;
}

const inAnHour = () => new Date(Date.now() + 3_600_000);
const asInputValue = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

describe('scheduling a post', () => {
  it('refuses a time gone by, then sends the chosen time and says when it will appear', async () => {
    const requests = stubServer();
    await renderApp({ path: '/company' });
    fireEvent.change(await screen.findByLabelText('What would you like to share?'), { target: { value: 'Town hall on Friday' } });
    fireEvent.click(screen.getByLabelText('Publish later'));
    fireEvent.change(screen.getByLabelText('Publication date and time'), { target: { value: asInputValue(new Date(Date.now() - 3_600_000)) } });
    fireEvent.click(screen.getByRole('button', { name: 'Schedule' }));
    expect(await screen.findByText('Choose a date and time to come, at most a year ahead.')).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    const when = inAnHour();
    fireEvent.change(screen.getByLabelText('Publication date and time'), { target: { value: asInputValue(when) } });
    fireEvent.click(screen.getByRole('button', { name: 'Schedule' }));
    expect(await screen.findByRole('link', { name: 'See your scheduled posts' })).toBeTruthy();
    const sent = JSON.parse(requests.find((r) => r.method === 'POST')!.body) as { body: string; publishAt: string };
    expect(sent.body).toBe('Town hall on Friday');
    expect(Math.abs(new Date(sent.publishAt).getTime() - when.getTime())).toBeLessThan(60_000);
  });

  it('lists my scheduled posts with the reason one failed, and cancels one', async () => {
    stubServer([
      { id: 's1', publishAt: inAnHour().toISOString(), spaceId: null, kind: 'post', body: 'Quarterly figures', failedReason: null },
      { id: 's2', publishAt: inAnHour().toISOString(), spaceId: 'sp1', kind: 'announcement', body: 'Site closed', failedReason: 'Only the space\'s members write in it.' },
    ]);
    await renderApp({ path: '/scheduled', language: 'fr' });
    expect(await screen.findByRole('heading', { name: 'Publications programmées' })).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toBe("Publication impossible\u00a0: Only the space's members write in it.");
    const first = screen.getByText('Quarterly figures').closest('li')!;
    fireEvent.click(within(first).getByRole('button', { name: 'Annuler cette publication' }));
    await waitFor(() => expect(screen.queryByText('Quarterly figures')).toBeNull());
    expect(screen.getByText('Site closed')).toBeTruthy();
  });

  it.each([
    { language: 'en' as const, failure: 'Something went wrong. Please try again in a moment.', retry: 'Try again', none: 'You have no scheduled post.' },
    { language: 'fr' as const, failure: 'Une erreur est survenue. Veuillez réessayer dans un instant.', retry: 'Réessayer', none: "Vous n'avez aucune publication programmée." },
  ])('says in $language that my scheduled posts could not be loaded, and loads them again when asked', async ({ language, failure, retry, none }) => {
    const requests = stubServer([{ id: 's1', publishAt: inAnHour().toISOString(), spaceId: null, kind: 'post', body: 'Quarterly figures', failedReason: null }], 1);
    await renderApp({ path: '/scheduled', language });

    expect((await screen.findByRole('alert')).textContent).toContain(failure);
    expect(screen.queryByText(none)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: retry }));

    expect(await screen.findByText('Quarterly figures')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(requests.filter((r) => r.path === '/api/v1/activity/scheduled')).toHaveLength(2);
  });
});
