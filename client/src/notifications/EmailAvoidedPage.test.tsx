import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { EmailAvoided } from '../api/notifications';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';

const HR = { ...EMPLOYEE, displayName: 'Hugo Ressources', roles: ['Employee', 'HR'], capabilities: ['UseCompanyDirectory', 'ViewParticipationAnalytics'] };

const FIGURES: EmailAvoided = {
  days: [
    { day: '2026-11-29', inApp: 1200, emailed: 3, byType: { mention: { inApp: 1200, emailed: 3 } } },
    { day: '2026-11-30', inApp: 40, emailed: 0, byType: { reaction: { inApp: 40, emailed: 0 } } },
  ],
  totals: { inApp: 1240, emailed: 3, byType: { mention: { inApp: 1200, emailed: 3 }, reaction: { inApp: 40, emailed: 0 } } },
};

describe('e-mail avoided', () => {
  it('shows the totals, a day per bar and the figures by type, for the period chosen', async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const url = requestUrl(input);
        asked.push(`${url.pathname}${url.search}`);
        return jsonResponse(FIGURES);
      }),
    );
    await renderApp({ path: '/admin/email-avoided' });

    expect(await screen.findByText('1,240 notifications delivered in the app instead of e-mail')).toBeDefined();
    expect(screen.getByText('3 e-mails sent')).toBeDefined();
    const days = within(screen.getByRole('list', { name: 'Notifications per day' })).getAllByRole('listitem');
    expect(days.map((day) => day.textContent)).toEqual(['Nov 29: 1,200 in the app, 3 by e-mail', 'Nov 30: 40 in the app, 0 by e-mail']);
    expect(screen.getByText('Top line: 1,200 a day')).toBeDefined();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual(['TypeIn the appBy e-mail', 'Mentions1,2003', 'Reactions400']);
    expect(screen.getByRole('navigation', { name: 'Administration sections' })).toBeDefined();

    fireEvent.change(screen.getByRole('combobox', { name: 'Period' }), { target: { value: '7' } });
    await screen.findByText('1,240 notifications delivered in the app instead of e-mail');
    expect(asked.filter((path) => path.includes('email-avoided'))).toEqual([
      '/api/v1/notifications/email-avoided?days=30',
      '/api/v1/notifications/email-avoided?days=7',
    ]);
  });

  it('says when the figures could not be loaded, in French, and loads them again when asked', async () => {
    let fail = true;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => (fail ? jsonResponse({ title: 'Service Unavailable', status: 503 }, 503, 'application/problem+json') : jsonResponse(FIGURES))),
    );
    await renderApp({ path: '/admin/email-avoided', language: 'fr' });

    const failure = await screen.findByRole('alert');
    fail = false;
    fireEvent.click(within(failure).getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByText(/1\s240 notifications remises dans l'application/)).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is where administration opens for HR, who see no other administration page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => jsonResponse(requestUrl(input).pathname.includes('email-avoided') ? FIGURES : { items: [], nextCursor: null })),
    );
    await renderApp({ path: '/', as: HR });

    fireEvent.click(within(await screen.findByRole('navigation', { name: 'Main navigation' })).getByRole('link', { name: 'Admin' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'E-mail avoided' })).toBeDefined();
    const sections = screen.getByRole('navigation', { name: 'Administration sections' });
    expect(within(sections).getAllByRole('link').map((link) => link.textContent)).toEqual(['E-mail avoided']);
  });

  it('is refused to people without participation analytics', async () => {
    await renderApp({ path: '/admin/email-avoided', as: EMPLOYEE });
    expect(await screen.findByRole('heading', { level: 1, name: 'Access denied' })).toBeDefined();
  });
});
