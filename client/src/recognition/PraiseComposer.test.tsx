import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import { EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { badge, praise, problem, stubApi } from '../test/recognitionFixtures';

const ALLOWANCE = { allowance: 5, used: 2, remaining: 3, resetsAt: '2026-12-31T23:00:00Z' };
const OLIVER_PROFILE = { id: 'p-oliver', displayName: 'Oliver Brown', jobTitle: 'Engineer', department: 'Engineering', site: null, managerId: null };
const MYSELF = { ...OLIVER_PROFILE, id: EMPLOYEE.id, displayName: EMPLOYEE.displayName };

/** A server offering two praise badges (plus a retired one and an achievement), my allowance, my spaces and a small directory; `routes` answer otherwise. */
function stubServer(give: () => Response = () => jsonResponse(praise('new'), 201), allowance = ALLOWANCE, routes: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    'GET /api/v1/recognition/badges': () =>
      jsonResponse([
        badge('b1'),
        badge('b2', { name: { fr: 'Audace', en: 'Boldness' }, value: 'Innovation', icon: 'rocket' }),
        badge('b3', { name: { fr: 'Ancien', en: 'Old one' }, retired: true }),
        badge('a1', { kind: 'achievement', name: { fr: 'Première publication', en: 'First post' }, value: null, achievementKey: 'first-post' }),
      ]),
    'GET /api/v1/recognition/allowance': () => jsonResponse(allowance),
    'GET /api/v1/spaces': () => jsonResponse({ items: [{ id: 's1', name: 'Cycling club', canRead: true, archived: false }], nextCursor: null }),
    'GET /api/v1/profiles': () => jsonResponse({ items: [MYSELF, OLIVER_PROFILE], nextCursor: null }),
    'POST /api/v1/profiles/lookup': () => jsonResponse([OLIVER_PROFILE]),
    'POST /api/v1/recognition/praise': give,
    'GET /api/v1/recognition/wall': () => jsonResponse({ items: [], nextCursor: null }),
    'GET /api/v1/recognition/values': () => jsonResponse([]),
    'GET /api/v1/profiles/facets': () => jsonResponse({ departments: [], sites: [] }),
    'GET /api/v1/spaces/s1': () => jsonResponse({ id: 's1', name: 'Cycling club', canRead: true, archived: false, myRole: 'member' }),
    ...routes,
  });
}

async function chooseOliver() {
  const search = await screen.findByRole('combobox', { name: 'Colleagues to praise' });
  fireEvent.change(search, { target: { value: 'o' } });
  // I am in the directory's answer too, but nobody may praise themselves.
  await screen.findByRole('option', { name: /Oliver Brown/ });
  expect(screen.queryByRole('option', { name: new RegExp(EMPLOYEE.displayName) })).toBeNull();
  expect(search.getAttribute('aria-expanded')).toBe('true');
  fireEvent.keyDown(search, { key: 'Enter' });
  expect(within(screen.getByRole('list', { name: 'Chosen colleagues' })).getByText('Oliver Brown')).toBeTruthy();
}

describe('praise composer', () => {
  it('says what is missing without asking the server, and offers only active praise badges', async () => {
    const requests = stubServer();
    await renderApp({ path: '/recognition/praise', as: EMPLOYEE });
    expect(await screen.findByText('3 praises left this month')).toBeTruthy();
    await screen.findByRole('radio', { name: /Boldness/ });
    expect(screen.getAllByRole('radio').map((radio) => radio.closest('label')?.querySelector('strong')?.textContent)).toEqual(['Team spirit b1', 'Boldness']);

    fireEvent.click(screen.getByRole('button', { name: 'Send the praise' }));

    const summary = await screen.findByRole('heading', { name: 'There is a problem' });
    expect(within(summary.parentElement!).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Choose at least one colleague, and at most 10.',
      'Choose a badge.',
      'Write a message, in at most 1,000 characters.',
    ]);
    expect(screen.getByRole('combobox', { name: 'Colleagues to praise' }).getAttribute('aria-invalid')).toBe('true');
    expect(requests.some((r) => r.method === 'POST' && r.path === '/api/v1/recognition/praise')).toBe(false);
  });

  it('shows the server\'s own words when it refuses the praise', async () => {
    stubServer(() => problem(422, { title: 'Refused', detail: 'You have given all your praise for this month.' }));
    await renderApp({ path: '/recognition/praise', as: EMPLOYEE });
    await chooseOliver();
    fireEvent.click(await screen.findByRole('radio', { name: /Boldness/ }));
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Thanks for shipping the release' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the praise' }));

    const summary = await screen.findByRole('heading', { name: 'There is a problem' });
    expect(summary.parentElement!.textContent).toContain('You have given all your praise for this month.');
  });

  it('sends the praise in the space it was opened from, for the person named in the address, and goes to that space\'s wall', async () => {
    const requests = stubServer();
    await renderApp({ path: '/recognition/praise?to=p-oliver&space=s1', as: EMPLOYEE });
    expect(await within(await screen.findByRole('list', { name: 'Chosen colleagues' })).findByText('Oliver Brown')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole<HTMLSelectElement>('combobox', { name: /^Space/ }).value).toBe('s1'));
    fireEvent.click(await screen.findByRole('radio', { name: /Team spirit b1/ }));
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: '  Great ride organisation  ' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Copy their managers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send the praise' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Recognition in Cycling club' })).toBeTruthy();
    expect(screen.getByText('Your praise is on the wall.')).toBeTruthy();
    const sent = requests.find((r) => r.method === 'POST' && r.path === '/api/v1/recognition/praise')!;
    expect(JSON.parse(sent.body)).toEqual({ receiverIds: ['p-oliver'], badgeId: 'b1', message: 'Great ride organisation', spaceId: 's1', copyManagers: true });
  });

  it('says when the colleague named in the address could not be looked up, and looks them up again when asked', async () => {
    const lookups = [new Response(null, { status: 503 }), jsonResponse([OLIVER_PROFILE])];
    stubServer(undefined, ALLOWANCE, { 'POST /api/v1/profiles/lookup': () => lookups.shift()! });
    await renderApp({ path: '/recognition/praise?to=p-oliver', as: EMPLOYEE, language: 'fr' });

    const alert = await screen.findByText(/^Le ou la collègue que vous veniez féliciter n'a pas pu être chargé·e\./);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(screen.queryByRole('list', { name: 'Collègues choisis' })).toBeNull();

    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(within(await screen.findByRole('list', { name: 'Collègues choisis' })).getByText('Oliver Brown')).toBeTruthy();
    expect(screen.queryByText(/^Le ou la collègue/)).toBeNull();
  });

  it('says when the colleague named in the address names nobody', async () => {
    stubServer(undefined, ALLOWANCE, { 'POST /api/v1/profiles/lookup': () => jsonResponse([]) });
    await renderApp({ path: '/recognition/praise?to=p-gone', as: EMPLOYEE });

    const alert = await screen.findByText('The colleague named in the address was not found. Search for them by name.');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(within(alert).queryByRole('button')).toBeNull();
  });

  it('says in French when the lookup refuses the id named in the address', async () => {
    stubServer(undefined, ALLOWANCE, { 'POST /api/v1/profiles/lookup': () => problem(404, { title: 'Not Found' }) });
    await renderApp({ path: '/recognition/praise?to=p-gone', as: EMPLOYEE, language: 'fr' });

    expect(await screen.findByText("Le ou la collègue indiqué·e dans l'adresse est introuvable. Recherchez la personne par son nom.")).toBeTruthy();
    expect(screen.queryByText(/^Le ou la collègue que vous veniez féliciter/)).toBeNull();
  });

  it('says a failed search for colleagues failed rather than finding nobody, and searches again when asked', async () => {
    const searches = [new Response(null, { status: 503 }), jsonResponse({ items: [OLIVER_PROFILE], nextCursor: null })];
    stubServer(undefined, ALLOWANCE, { 'GET /api/v1/profiles': () => searches.shift()! });
    await renderApp({ path: '/recognition/praise', as: EMPLOYEE });
    const search = await screen.findByRole('combobox', { name: 'Colleagues to praise' });

    fireEvent.change(search, { target: { value: 'oli' } });

    const alert = await screen.findByText(/^Something went wrong\. Please try again in a moment\./);
    expect(search.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('option', { name: /Oliver Brown/ })).toBeTruthy();
    expect(screen.queryByText(/^Something went wrong/)).toBeNull();
  });

  it('searches again at the next keystroke after a failed search', async () => {
    const searches = [new Response(null, { status: 503 }), jsonResponse({ items: [OLIVER_PROFILE], nextCursor: null })];
    stubServer(undefined, ALLOWANCE, { 'GET /api/v1/profiles': () => searches.shift()! });
    await renderApp({ path: '/recognition/praise', as: EMPLOYEE });
    const search = await screen.findByRole('combobox', { name: 'Colleagues to praise' });

    fireEvent.change(search, { target: { value: 'oli' } });
    await screen.findByText(/^Something went wrong/);
    fireEvent.change(search, { target: { value: 'oliv' } });

    expect(await screen.findByRole('option', { name: /Oliver Brown/ })).toBeTruthy();
    expect(screen.queryByText(/^Something went wrong/)).toBeNull();
  });

  it('counts the praise left in French', async () => {
    stubServer(undefined, { ...ALLOWANCE, used: 4, remaining: 1 });
    await renderApp({ path: '/recognition/praise', as: EMPLOYEE, language: 'fr' });
    expect(await screen.findByText('1 félicitation restante ce mois-ci')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Féliciter un·e collègue' })).toBeTruthy();
  });
});

describe('allowance text', () => {
  it('agrees with the number in both languages, and says when more comes once none is left', () => {
    const en = createI18n('en').t;
    const fr = createI18n('fr').t;
    const date = '1 January 2027';
    expect(en('recognition.composer.allowance', { count: 1, date })).toBe('1 praise left this month');
    expect(en('recognition.composer.allowance', { count: 3, date })).toBe('3 praises left this month');
    expect(en('recognition.composer.allowance', { count: 0, date })).toBe('You have no praise left this month; more from 1 January 2027.');
    expect(fr('recognition.composer.allowance', { count: 1, date })).toBe('1 félicitation restante ce mois-ci');
    expect(fr('recognition.composer.allowance', { count: 3, date })).toBe('3 félicitations restantes ce mois-ci');
    expect(fr('recognition.composer.allowance', { count: 0, date: '1 janvier 2027' })).toBe(
      "Vous n'avez plus de félicitations à donner ce mois-ci\u00a0; de nouvelles à partir du 1 janvier 2027.",
    );
  });
});
