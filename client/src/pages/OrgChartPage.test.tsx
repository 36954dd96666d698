import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { OrgChart, Profile } from '../api/profiles';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';

const person = (n: number, name: string): Profile => ({
  id: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`, displayName: name, jobTitle: 'Title', department: 'R&D', site: 'Lyon', managerId: null,
});

describe('Org chart', () => {
  it('nests the chain from the top down to the person and their reports, every other name a link', async () => {
    const chart: OrgChart = { chain: [person(1, 'Chief'), person(2, 'Head')], person: person(3, 'Me'), reports: [person(4, 'Report')] };
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(chart)));
    await renderApp({ path: `/people/${person(3, '').id}/org-chart`, as: EMPLOYEE });

    const current = await screen.findByText('Me');
    expect(current.getAttribute('aria-current')).toBe('page');
    const tree = screen.getByRole('navigation', { name: 'Org chart' });
    const links = within(tree).getAllByRole('link').map((link) => link.textContent);
    expect(links).toEqual(['Chief', 'Head', 'Report']);
    expect(within(tree).getByRole('link', { name: 'Chief' }).getAttribute('href')).toBe(`/people/${person(1, '').id}/org-chart`);
    expect(within(screen.getByRole('list', { name: 'Direct reports of Me' })).getAllByRole('listitem')).toHaveLength(1);
  });
});
