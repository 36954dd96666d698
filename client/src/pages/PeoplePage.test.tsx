import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CursorPage } from '../api/http';
import type { DirectoryPerson, Suggestion } from '../api/profiles';
import { jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';

function person(n: number, overrides: Partial<DirectoryPerson> = {}): DirectoryPerson {
  return {
    id: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
    displayName: `Person ${n}`,
    jobTitle: `Engineer ${n}`,
    department: 'Research',
    site: 'Lyon',
    managerId: null,
    matchedExpertise: [],
    ...overrides,
  };
}

/** Answers each request from a map keyed by "search|cursor", recording the URLs it was asked for. */
function stubProfiles(pages: Record<string, CursorPage<DirectoryPerson> | Response>, suggestions: Suggestion[] = []) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = requestUrl(input);
    if (url.pathname === '/api/v1/profiles/me/suggestions') {
      return jsonResponse(suggestions);
    }
    if (url.pathname === '/api/v1/profiles/facets') {
      return jsonResponse({ departments: ['Design', 'Research'], sites: ['Lyon', 'Nantes'] });
    }
    if (url.pathname.endsWith('/follow')) {
      expect(init?.method).toBe('PUT');
      return new Response(null, { status: 204 });
    }
    expect(url.pathname).toBe('/api/v1/profiles');
    const filters = [url.searchParams.get('department'), url.searchParams.get('site')].filter(Boolean).join(',');
    const key = `${url.searchParams.get('search') ?? ''}|${url.searchParams.get('cursor') ?? ''}${filters ? `|${filters}` : ''}`;
    const answer = pages[key];
    if (!answer) {
      throw new Error(`unexpected request ${url.search}`);
    }
    return answer instanceof Response ? answer : jsonResponse(answer);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The directory's own requests, leaving out the suggestions the page also asks for. */
function directoryCalls(fetchMock: ReturnType<typeof stubProfiles>): string[] {
  return fetchMock.mock.calls.map((call) => requestUrl(call[0]).href).filter((url) => !url.includes('/me/suggestions') && !url.includes('/facets'));
}

function directory() {
  return screen.getByRole('list', { name: 'People directory' });
}

describe('People page', () => {
  it('lists people from the server', async () => {
    stubProfiles({
      '|': { items: [person(1, { displayName: 'Camille Martin', jobTitle: 'Product designer', department: 'Design', site: 'Nantes' })], nextCursor: null },
    });
    await renderApp({ path: '/people' });

    expect(await screen.findByRole('heading', { level: 2, name: 'Camille Martin' })).toBeTruthy();
    const item = within(directory()).getByRole('listitem');
    expect(item.textContent).toContain('Product designer');
    expect(item.textContent).toContain('Design · Nantes');
    expect(screen.getByRole('status').textContent).toBe('1 person shown');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(document.title).toBe('People · EnterpriseSocial');
  });

  it('appends the next page when "Load more" is pressed', async () => {
    const fetchMock = stubProfiles({
      '|': { items: [person(1), person(2)], nextCursor: 'page-2' },
      '|page-2': { items: [person(3)], nextCursor: null },
    });
    await renderApp({ path: '/people' });

    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Person 3' })).toBeTruthy();
    expect(within(directory()).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(directoryCalls(fetchMock)[1]).toContain('cursor=page-2');
  });

  it('searches after the user stops typing', async () => {
    const fetchMock = stubProfiles({
      '|': { items: [person(1), person(2)], nextCursor: null },
      'Person 2|': { items: [person(2)], nextCursor: null },
    });
    await renderApp({ path: '/people' });
    await screen.findByRole('heading', { level: 2, name: 'Person 1' });

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search people' }), { target: { value: 'Person 2' } });

    await waitFor(() => expect(within(directory()).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.queryByRole('heading', { level: 2, name: 'Person 1' })).toBeNull();
    expect(directoryCalls(fetchMock)).toHaveLength(2);
  });

  it('starts afresh when People is chosen again in the navigation during a search', async () => {
    stubProfiles({
      'Person 2|': { items: [person(2)], nextCursor: null },
      '|': { items: [person(1), person(2)], nextCursor: null },
    });
    await renderApp({ path: '/people?q=Person+2' });
    await waitFor(() => expect(within(directory()).getAllByRole('listitem')).toHaveLength(1));

    fireEvent.click(within(screen.getByRole('navigation', { name: 'Main navigation' })).getByRole('link', { name: 'People' }));

    await waitFor(() => expect(within(directory()).getAllByRole('listitem')).toHaveLength(2));
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search people' }).value).toBe('');
  });

  it('opens on the search in its address and says in which skills it was found', async () => {
    const fetchMock = stubProfiles(
      { 'gestion projet|': { items: [person(4, { displayName: 'Inès Lambert', matchedExpertise: ['Gestion de projet', 'Planification de projet'] })], nextCursor: null } },
      [{ person: person(7, { displayName: 'Marie Curie' }), reason: 'manager' }],
    );
    await renderApp({ path: '/people?q=gestion+projet', language: 'fr' });

    const item = within(await screen.findByRole('list', { name: 'Annuaire' })).getByRole('listitem');
    expect(item.textContent).toContain('Expertise\u00a0: Gestion de projet et Planification de projet');
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Rechercher des personnes' }).value).toBe('gestion projet');
    // Whoever searches is looking for someone in particular: suggestions would push the results down.
    expect(screen.queryByRole('region', { name: 'Suggestions pour vous' })).toBeNull();
    expect(fetchMock.mock.calls.some((call) => requestUrl(call[0]).pathname.endsWith('/suggestions'))).toBe(false);
  });

  it('says so when no one matches', async () => {
    stubProfiles({ '|': { items: [], nextCursor: null } });
    await renderApp({ path: '/people', language: 'fr' });

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Personne ne correspond à votre recherche.'));
    expect(screen.queryByRole('list', { name: 'Annuaire' })).toBeNull();
  });

  it('shows the problem detail sent by the server', async () => {
    const problem = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'The cursor is not valid.' };
    stubProfiles({ '|': jsonResponse(problem, 400, 'application/problem+json') });
    await renderApp({ path: '/people' });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The cursor is not valid. Try again');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('shows a translated message when the server gives no detail', async () => {
    stubProfiles({ '|': new Response('upstream down', { status: 502 }) });
    await renderApp({ path: '/people', language: 'fr' });

    expect((await screen.findByRole('alert')).textContent).toBe('Une erreur est survenue. Veuillez réessayer dans un instant. Réessayer');
  });

  it('suggests colleagues with the reason, and following one takes them off the list', async () => {
    stubProfiles({ '|': { items: [person(1)], nextCursor: null } }, [
      { person: person(7, { displayName: 'Marie Curie' }), reason: 'manager' },
      { person: person(8, { displayName: 'Louis Pasteur' }), reason: 'same_department' },
    ]);
    await renderApp({ path: '/people' });

    const suggestions = await screen.findByRole('region', { name: 'Suggestions for you' });
    expect(suggestions.textContent).toContain('Your manager');
    expect(suggestions.textContent).toContain('In your department');
    // The button says Follow; the person it follows is in its name for whoever hears the list.
    expect(within(suggestions).getByRole('button', { name: 'Follow Marie Curie' }).textContent).toBe('Follow');
    fireEvent.click(within(suggestions).getByRole('button', { name: 'Follow Marie Curie' }));

    await waitFor(() => expect(within(suggestions).queryByRole('button', { name: 'Follow Marie Curie' })).toBeNull());
    expect(within(suggestions).getByRole('button', { name: 'Follow Louis Pasteur' })).toBeTruthy();
  });

  it('filters by department and site', async () => {
    stubProfiles({
      '|': { items: [person(1), person(2)], nextCursor: null },
      '||Design': { items: [person(2, { department: 'Design' })], nextCursor: null },
      '||Design,Nantes': { items: [], nextCursor: null },
    });
    await renderApp({ path: '/people' });
    await screen.findByRole('heading', { level: 2, name: 'Person 1' });

    await screen.findByRole('option', { name: 'Design' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Department' }), { target: { value: 'Design' } });
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: 'Person 1' })).toBeNull());
    fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), { target: { value: 'Nantes' } });

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No one matches your search.'));
  });
});

