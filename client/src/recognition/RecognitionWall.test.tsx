import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Post } from '../api/activity';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { badge, praise, problem, stubApi } from '../test/recognitionFixtures';

function stubServer() {
  return stubApi({
    'GET /api/v1/recognition/wall': (url) =>
      url.searchParams.get('cursor') === 'page-2'
        ? jsonResponse({ items: [praise('older')], nextCursor: null })
        : jsonResponse({ items: [praise('newest', { space: { id: 's1', name: 'Cycling club' } })], nextCursor: 'page-2' }),
    'GET /api/v1/recognition/values': () => jsonResponse(['Collaboration', 'Innovation']),
    'GET /api/v1/profiles/facets': () => jsonResponse({ departments: ['Design', 'Engineering'], sites: [] }),
  });
}

const wallRequests = (requests: ReturnType<typeof stubServer>) => requests.filter((r) => r.path === '/api/v1/recognition/wall');

describe('recognition wall', () => {
  it('shows who praised whom with which badge, in the reader\'s language, and pages on', async () => {
    const requests = stubServer();
    await renderApp({ path: '/recognition', as: EMPLOYEE, language: 'fr' });

    const card = await screen.findByRole('article', { name: 'Félicitations de Camille Martin à Oliver Brown' });
    expect(within(card).getByText("Esprit d'équipe b1")).toBeTruthy();
    expect(within(card).getByText('Thanks for the review newest')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'dans Cycling club' }).getAttribute('href')).toBe('/spaces/s1/recognition');
    expect(screen.getByRole('link', { name: 'Féliciter un·e collègue' }).getAttribute('href')).toBe('/recognition/praise');

    fireEvent.click(screen.getByRole('button', { name: 'Afficher plus' }));
    expect(await screen.findByText('Thanks for the review older')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Afficher plus' })).toBeNull();
    expect(wallRequests(requests).at(-1)?.search.get('cursor')).toBe('page-2');
  });

  it('names the company value beside the badge, except where the badge is named after it in the reader\'s language', async () => {
    const boldness = badge('b2', { name: { fr: 'Audace', en: 'Boldness' }, value: 'audace' });
    stubApi({
      'GET /api/v1/recognition/wall': () => jsonResponse({ items: [praise('bold', { badge: boldness }), praise('team')], nextCursor: null }),
      'GET /api/v1/recognition/values': () => jsonResponse(['audace', 'Collaboration']),
      'GET /api/v1/profiles/facets': () => jsonResponse({ departments: [], sites: [] }),
    });
    const { unmount } = await renderApp({ path: '/recognition', as: EMPLOYEE, language: 'fr' });

    const [bold, team] = await screen.findAllByRole('article', { name: /^Félicitations de Camille Martin/ });
    expect(within(bold).getByText('Audace')).toBeTruthy();
    expect(within(bold).queryByText('audace')).toBeNull();
    expect(within(team).getByText('Collaboration')).toBeTruthy();
    unmount();

    await renderApp({ path: '/recognition', as: EMPLOYEE, language: 'en' });
    const [boldInEnglish] = await screen.findAllByRole('article', { name: /^Praise from Camille Martin/ });
    expect(within(boldInEnglish).getByText('Boldness')).toBeTruthy();
    expect(within(boldInEnglish).getByText('audace')).toBeTruthy();
  });

  it('asks the server for the chosen value and department, starting from those in the address', async () => {
    const requests = stubServer();
    await renderApp({ path: '/recognition?department=Design', as: EMPLOYEE });
    await screen.findByRole('article', { name: /^Praise from Camille Martin/ });
    expect(wallRequests(requests)[0].search.get('department')).toBe('Design');
    await screen.findByRole('option', { name: 'Innovation' });

    fireEvent.change(screen.getByRole('combobox', { name: 'Company value' }), { target: { value: 'Innovation' } });
    await waitFor(() => expect(wallRequests(requests)).toHaveLength(2));
    const filtered = wallRequests(requests)[1].search;
    expect([filtered.get('value'), filtered.get('department'), filtered.get('spaceId')]).toEqual(['Innovation', 'Design', null]);

    fireEvent.change(screen.getByRole('combobox', { name: 'Department of the people praised' }), { target: { value: '' } });
    await waitFor(() => expect(wallRequests(requests)).toHaveLength(3));
    expect(wallRequests(requests)[2].search.has('department')).toBe(false);
    expect(wallRequests(requests)[2].search.get('value')).toBe('Innovation');
  });

  it('still shows the wall when the filters\' choices could not be loaded, says so, and loads them again when asked', async () => {
    let facetAnswers = [new Response(null, { status: 503 }), jsonResponse({ departments: ['Design', 'Engineering'], sites: [] })];
    stubApi({
      'GET /api/v1/recognition/wall': () => jsonResponse({ items: [praise('newest')], nextCursor: null }),
      'GET /api/v1/recognition/values': () => jsonResponse(['Collaboration', 'Innovation']),
      'GET /api/v1/profiles/facets': () => {
        const [answer, ...rest] = facetAnswers;
        facetAnswers = rest;
        return answer;
      },
    });
    await renderApp({ path: '/recognition', as: EMPLOYEE });

    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong. Please try again in a moment.');
    expect(await screen.findByRole('article', { name: /^Praise from Camille Martin/ })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'Innovation' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('option', { name: 'Engineering' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Innovation' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a space\'s own wall to its readers, with the praise button for its members', async () => {
    const requests = stubApi({
      'GET /api/v1/spaces/s1': () => jsonResponse({ id: 's1', name: 'Cycling club', canRead: true, archived: false, myRole: 'member' }),
      'GET /api/v1/recognition/wall': () => jsonResponse({ items: [praise('p1', { badge: badge('b9', { imageVersion: 4 }) })], nextCursor: null }),
      'GET /api/v1/recognition/values': () => jsonResponse([]),
      'GET /api/v1/profiles/facets': () => jsonResponse({ departments: [], sites: [] }),
    });
    await renderApp({ path: '/spaces/s1/recognition', as: EMPLOYEE });

    expect(await screen.findByRole('heading', { level: 1, name: 'Recognition in Cycling club' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Praise a member of this space' }).getAttribute('href')).toBe('/recognition/praise?space=s1');
    const card = await screen.findByRole('article', { name: /^Praise from/ });
    expect(card.querySelector('img.badge-icon')?.getAttribute('src')).toBe('/api/v1/recognition/badges/b9/image?v=4');
    expect(wallRequests(requests)[0].search.get('spaceId')).toBe('s1');
  });

  it('says a failed load of the space failed instead of loading forever, and shows its wall when asked again', async () => {
    const spaceAnswers = [new Response(null, { status: 503 })];
    stubApi({
      'GET /api/v1/spaces/s1': () => spaceAnswers.shift() ?? jsonResponse({ id: 's1', name: 'Cycling club', canRead: true, archived: false, myRole: 'member' }),
      'GET /api/v1/recognition/wall': () => jsonResponse({ items: [], nextCursor: null }),
      'GET /api/v1/recognition/values': () => jsonResponse([]),
      'GET /api/v1/profiles/facets': () => jsonResponse({ departments: [], sites: [] }),
    });
    await renderApp({ path: '/spaces/s1/recognition', as: EMPLOYEE });

    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong. Please try again in a moment.');
    expect(screen.queryByText('Loading spaces…')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Page not found' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Recognition in Cycling club' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is not found when the server says there is no such space', async () => {
    stubApi({ 'GET /api/v1/spaces/s1': () => problem(404, { title: 'Not Found', detail: 'No such space.' }) });
    await renderApp({ path: '/spaces/s1/recognition', as: EMPLOYEE, language: 'fr' });

    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
  });

  it('leads from a praise shown in the company stream to the wall', async () => {
    const shown: Post = {
      id: 'post-praise', kind: 'praise', author: { id: 'p-camille', displayName: 'Camille Martin', jobTitle: '', avatarVersion: 0, isFormerEmployee: false },
      bodyHtml: '<p>Thanks for the review</p>', bodyMarkdown: '', createdAt: new Date().toISOString(), editedAt: null, deleted: false, topics: [], mentions: [],
      sharedPost: null, commentCount: 0, reactions: { like: 0, celebrate: 0, insightful: 0, support: 0, curious: 0 }, myReaction: null, saved: false,
      attachments: [], poll: null, bestAnswerId: null, announcement: null,
    };
    stubApi({ 'GET /api/v1/activity/feeds/company': () => jsonResponse({ items: [shown], nextCursor: null }) });
    await renderApp({ path: '/company', as: EMPLOYEE });

    const article = await screen.findByRole('article', { name: 'Post by Camille Martin' });
    expect(within(article).getByText('Praise')).toBeTruthy();
    expect(within(article).getByRole('link', { name: 'See it on the recognition wall' }).getAttribute('href')).toBe('/recognition');
  });
});
