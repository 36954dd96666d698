import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN, EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { badge, problem, stubApi } from '../test/recognitionFixtures';
import { requestBody } from '../test/requests';

const ACHIEVEMENT = badge('a1', { kind: 'achievement', name: { fr: 'Première publication', en: 'First post' }, value: null, achievementKey: 'first-post' });

function stubServer(create: (body: string) => Response) {
  return stubApi({
    'GET /api/v1/recognition/badges': () => jsonResponse([badge('b1'), ACHIEVEMENT]),
    'GET /api/v1/recognition/values': () => jsonResponse(['Collaboration']),
    'POST /api/v1/recognition/badges': (_url, init) => create(requestBody(init)),
    'PATCH /api/v1/recognition/badges/b1': (_url, init) => jsonResponse({ ...badge('b1'), ...(JSON.parse(requestBody(init)) as object) }),
  });
}

function fillNewBadge() {
  fireEvent.change(screen.getByRole('textbox', { name: 'Name in French' }), { target: { value: 'Audace' } });
  fireEvent.change(screen.getByRole('textbox', { name: 'Name in English' }), { target: { value: 'Boldness' } });
  fireEvent.change(screen.getByRole('textbox', { name: 'Description in French' }), { target: { value: 'Pour avoir osé' } });
  fireEvent.change(screen.getByRole('textbox', { name: 'Description in English' }), { target: { value: 'For daring' } });
  fireEvent.change(screen.getByRole('combobox', { name: /^Company value/ }), { target: { value: 'Innovation' } });
  fireEvent.click(screen.getByRole('radio', { name: 'Rocket' }));
}

describe('badge catalogue administration', () => {
  it('is closed to people who may not administer accounts', async () => {
    stubServer(() => jsonResponse({}, 201));
    await renderApp({ path: '/admin/badges', as: EMPLOYEE });
    expect(await screen.findByRole('heading', { level: 1, name: 'Access denied' })).toBeTruthy();
  });

  it('shows beside each field what the server refused, in the reader\'s language', async () => {
    const requests = stubServer(() =>
      problem(400, { title: 'Invalid', errors: { 'name.fr': ['A French name of at most 60 characters.'], value: ['The company value it stands for.'] } }),
    );
    await renderApp({ path: '/admin/badges', as: ADMIN });
    const sections = await screen.findByRole('navigation', { name: 'Administration sections' });
    expect(within(sections).getByRole('link', { name: 'Badges' }).getAttribute('aria-current')).toBe('page');

    fireEvent.click(await screen.findByRole('button', { name: 'Create the badge' }));
    expect(await screen.findByText('Enter the French name, in at most 60 characters.', { selector: 'a' })).toBeTruthy();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    fillNewBadge();
    fireEvent.click(screen.getByRole('button', { name: 'Create the badge' }));

    const nameFr = screen.getByRole('textbox', { name: 'Name in French' });
    // The first, empty submission marked the English name too: the server's answer is in once only its fields are marked.
    await waitFor(() => {
      expect(screen.getByRole('combobox', { name: /^Company value/ }).getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByRole('textbox', { name: 'Name in English' }).getAttribute('aria-invalid')).toBeNull();
    });
    expect(nameFr.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(nameFr.getAttribute('aria-describedby')!)?.textContent).toBe('Error: Enter the French name, in at most 60 characters.');
    const sent = JSON.parse(requests.find((r) => r.method === 'POST')!.body) as unknown;
    expect(sent).toEqual({ name: { fr: 'Audace', en: 'Boldness' }, description: { fr: 'Pour avoir osé', en: 'For daring' }, value: 'Innovation', icon: 'rocket' });
  });

  it('creates a badge, retires another, and only renames achievements', async () => {
    const requests = stubServer((body) => jsonResponse({ ...badge('b2'), ...(JSON.parse(body) as object) }, 201));
    await renderApp({ path: '/admin/badges', as: ADMIN, language: 'fr' });
    const list = await screen.findByRole('list', { name: 'Badges du catalogue' });

    expect(within(list).queryByRole('button', { name: 'Retirer Première publication' })).toBeNull();
    fireEvent.click(within(list).getByRole('button', { name: "Retirer Esprit d'équipe b1" }));
    expect(await within(list).findByRole('button', { name: "Réactiver Esprit d'équipe b1" })).toBeTruthy();
    expect(JSON.parse(requests.find((r) => r.method === 'PATCH')!.body)).toEqual({ retired: true });

    fireEvent.click(within(list).getByRole('button', { name: 'Modifier Première publication' }));
    expect(within(list).queryByRole('radio', { name: 'Fusée' })).toBeNull();
    expect(within(list).getByRole('textbox', { name: 'Nom en anglais' })).toBeTruthy();

    fireEvent.change(screen.getAllByRole('textbox', { name: 'Nom en français' })[0], { target: { value: 'Audace' } });
    fireEvent.change(screen.getAllByRole('textbox', { name: 'Nom en anglais' })[0], { target: { value: 'Boldness' } });
    fireEvent.change(screen.getAllByRole('textbox', { name: 'Description en français' })[0], { target: { value: 'Pour avoir osé' } });
    fireEvent.change(screen.getAllByRole('textbox', { name: 'Description en anglais' })[0], { target: { value: 'For daring' } });
    fireEvent.change(screen.getAllByRole('combobox', { name: /^Valeur de l'entreprise/ })[0], { target: { value: 'Innovation' } });
    fireEvent.click(screen.getAllByRole('radio', { name: 'Fusée' })[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Créer le badge' }));

    expect(await screen.findByText('Audace est au catalogue.')).toBeTruthy();
    expect(within(list).getByRole('heading', { level: 3, name: 'Audace' })).toBeTruthy();
    expect((screen.getAllByRole('textbox', { name: 'Nom en français' })[0] as HTMLInputElement).value).toBe('');
  });

  it('says when the company values to suggest could not be loaded, rather than suggesting none, and loads them again when asked', async () => {
    const values = [new Response(null, { status: 503 }), jsonResponse(['Collaboration', 'Innovation'])];
    stubApi({
      'GET /api/v1/recognition/badges': () => jsonResponse([badge('b1')]),
      'GET /api/v1/recognition/values': () => values.shift()!,
    });
    await renderApp({ path: '/admin/badges', as: ADMIN });
    const create = await screen.findByRole('region', { name: 'Create a badge' });
    const suggestions = () => Array.from(document.getElementById(within(create).getByRole('combobox', { name: /^Company value/ }).getAttribute('list')!)!.children);

    const alert = await within(create).findByRole('alert');
    expect(alert.textContent).toBe('The company values already in the catalogue could not be loaded, so none is suggested. Try again');
    expect(suggestions()).toHaveLength(0);

    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(suggestions().map((option) => option.getAttribute('value'))).toEqual(['Collaboration', 'Innovation']));
    expect(within(create).queryByRole('alert')).toBeNull();
  });

  it('says when the catalogue could not be loaded instead of calling it empty, and loads it again when asked', async () => {
    const catalogue = [problem(503, { title: 'Service Unavailable' }), jsonResponse([badge('b1')])];
    stubApi({
      'GET /api/v1/recognition/badges': () => catalogue.shift()!,
      'GET /api/v1/recognition/values': () => jsonResponse([]),
    });
    await renderApp({ path: '/admin/badges', as: ADMIN });
    const list = await screen.findByRole('region', { name: 'Badges' });

    expect((await within(list).findByRole('alert')).textContent).toContain('Something went wrong. Please try again in a moment.');
    expect(within(list).queryByText('The catalogue has no badge yet.')).toBeNull();
    fireEvent.click(within(list).getByRole('button', { name: 'Try again' }));

    expect(await within(list).findByRole('heading', { level: 3, name: 'Team spirit b1' })).toBeTruthy();
  });
});

