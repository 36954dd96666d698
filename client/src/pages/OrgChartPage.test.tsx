import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { OrgChart, Profile } from '../api/profiles';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';

const person = (n: number, name: string): Profile => ({
  id: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`, displayName: name, jobTitle: 'Title', department: 'R&D', site: 'Lyon', managerId: null,
});

const CHART: OrgChart = { chain: [person(1, 'Chief'), person(2, 'Head')], person: person(3, 'Me'), reports: [person(4, 'Report')] };

/** Answers the chart, after the responses in `failures` to its first requests. */
function stubServer(chart: OrgChart, failures: Response[] = []) {
  vi.stubGlobal('fetch', vi.fn(async () => failures.shift() ?? jsonResponse(chart)));
}

describe('Org chart', () => {
  it('nests the chain from the top down to the person and their reports, every other name a link', async () => {
    stubServer(CHART);
    await renderApp({ path: `/people/${person(3, '').id}/org-chart`, as: EMPLOYEE });

    const current = await screen.findByText('Me');
    expect(current.getAttribute('aria-current')).toBe('page');
    const tree = screen.getByRole('navigation', { name: 'Org chart' });
    const links = within(tree).getAllByRole('link').map((link) => link.textContent);
    expect(links).toEqual(['Chief', 'Head', 'Report']);
    expect(within(tree).getByRole('link', { name: 'Chief' }).getAttribute('href')).toBe(`/people/${person(1, '').id}/org-chart`);
    expect(within(screen.getByRole('list', { name: 'Direct reports of Me' })).getAllByRole('listitem')).toHaveLength(1);
  });

  // 400: an address whose id is not even well formed names no one either.
  it.each([404, 400])('says there is no such person when the person does not exist (%i)', async (status) => {
    stubServer(CHART, [jsonResponse({ status, title: 'Not Found', detail: 'No such profile.' }, status, 'application/problem+json')]);
    await renderApp({ path: '/people/00000000-0000-0000-0000-000000000404/org-chart', as: EMPLOYEE });

    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('There is no such person in the directory.'));
    expect(screen.getByRole('heading', { level: 1, name: 'Org chart' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('says a failed load failed, not that the person does not exist, and shows the chart when asked again', async () => {
    stubServer(CHART, [new Response(null, { status: 503 })]);
    await renderApp({ path: `/people/${person(3, '').id}/org-chart`, as: EMPLOYEE });

    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong. Please try again in a moment.');
    expect(screen.queryByText('There is no such person in the directory.')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect((await screen.findByText('Me')).getAttribute('aria-current')).toBe('page');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
