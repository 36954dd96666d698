import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Account, AuditEntry } from '../../api/accounts';
import type { CursorPage } from '../../api/http';
import { ADMIN, EMPLOYEE, jsonResponse, renderApp } from '../../test/renderApp';
import { requestUrl } from '../../test/requests';

function account(n: number, overrides: Partial<Account> = {}): Account {
  return {
    id: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
    email: `person${n}@example.test`,
    displayName: `Person ${n}`,
    roles: ['Employee'],
    isActive: true,
    createdAt: '2026-01-05T09:00:00Z',
    ...overrides,
  };
}

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

/** Answers by "METHOD path", recording each request. */
function stubApi(routes: Record<string, Handler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = requestUrl(input);
    const handler = routes[`${init?.method ?? 'GET'} ${url.pathname}`];
    if (!handler) {
      throw new Error(`unexpected request ${init?.method} ${url.pathname}`);
    }
    return handler(url, init);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function accountsPage(page: CursorPage<Account>): Handler {
  return () => jsonResponse(page);
}

function card(name: string) {
  const heading = screen.getByRole('heading', { level: 3, name });
  return heading.closest('li') as HTMLElement;
}

describe('admin pages', () => {
  it('hides Admin from people who may not administer accounts', async () => {
    const fetchMock = stubApi({});
    await renderApp({ path: '/admin', as: EMPLOYEE });

    expect(await screen.findByRole('heading', { level: 1, name: 'Access denied' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Admin' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'People' })).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('lists accounts with their status and roles, and loads more', async () => {
    const fetchMock = stubApi({
      'GET /api/v1/identity/accounts': (url) =>
        url.searchParams.get('cursor') === 'next'
          ? jsonResponse({ items: [account(3)], nextCursor: null })
          : jsonResponse({ items: [account(1, { roles: ['Employee', 'HR'] }), account(2, { isActive: false })], nextCursor: 'next' }),
    });
    await renderApp({ path: '/admin', language: 'fr' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Administration' })).toBeTruthy();
    await screen.findByRole('heading', { level: 3, name: 'Person 1' });
    expect(within(card('Person 1')).getByText('Actif')).toBeTruthy();
    expect(within(card('Person 2')).getByText('Désactivé')).toBeTruthy();
    expect(within(card('Person 1')).getByLabelText<HTMLInputElement>('Ressources humaines').checked).toBe(true);
    expect(within(card('Person 2')).getByLabelText<HTMLInputElement>('Ressources humaines').checked).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Afficher plus' }));

    expect(await screen.findByRole('heading', { level: 3, name: 'Person 3' })).toBeTruthy();
    expect(screen.getByText('3 comptes affichés')).toBeTruthy();
    expect(requestUrl(fetchMock.mock.lastCall![0]).searchParams.get('cursor')).toBe('next');
  });

  it('invites a person and shows the link to choose a password', async () => {
    const link = 'http://localhost/reset-password?email=new%40example.test&token=abc';
    const fetchMock = stubApi({
      'GET /api/v1/identity/accounts': accountsPage({ items: [account(1)], nextCursor: null }),
      'POST /api/v1/identity/accounts': () => jsonResponse({ id: 'new-id', setPasswordLink: link }, 201),
    });
    await renderApp({ path: '/admin' });
    const invite = await screen.findByRole('region', { name: 'Invite a person' });

    fireEvent.change(within(invite).getByLabelText('Work e-mail address'), { target: { value: 'new@example.test' } });
    fireEvent.change(within(invite).getByLabelText('Name'), { target: { value: 'New Person' } });
    fireEvent.click(within(invite).getByLabelText('Human resources'));
    fireEvent.click(within(invite).getByRole('button', { name: 'Invite' }));

    expect((await within(invite).findByLabelText<HTMLInputElement>('Link to choose a password')).value).toBe(link);
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(post?.[1]?.body).toBe(JSON.stringify({ email: 'new@example.test', displayName: 'New Person', roles: ['Employee', 'HR'] }));
  });

  it('says when the e-mail address is already taken', async () => {
    stubApi({
      'GET /api/v1/identity/accounts': accountsPage({ items: [], nextCursor: null }),
      'POST /api/v1/identity/accounts': () =>
        jsonResponse({ status: 409, title: 'Conflict', detail: 'An account already uses this e-mail address.' }, 409, 'application/problem+json'),
    });
    await renderApp({ path: '/admin', language: 'fr' });
    const invite = await screen.findByRole('region', { name: 'Inviter une personne' });

    fireEvent.change(within(invite).getByLabelText('Adresse e-mail professionnelle'), { target: { value: 'taken@example.test' } });
    fireEvent.change(within(invite).getByLabelText('Nom'), { target: { value: 'Taken' } });
    fireEvent.click(within(invite).getByRole('button', { name: 'Inviter' }));

    expect(await within(invite).findByRole('link', { name: 'Un compte utilise déjà cette adresse e-mail.' })).toBeTruthy();
  });

  it('deactivates an account only after confirmation', async () => {
    const fetchMock = stubApi({
      'GET /api/v1/identity/accounts': accountsPage({ items: [account(1), { ...account(2), id: ADMIN.id, displayName: ADMIN.displayName }], nextCursor: null }),
      [`POST /api/v1/identity/accounts/${account(1).id}/deactivate`]: () => new Response(null, { status: 204 }),
    });
    await renderApp({ path: '/admin' });
    await screen.findByRole('heading', { level: 3, name: 'Person 1' });
    expect(within(card(ADMIN.displayName)).queryByRole('button', { name: 'Deactivate' })).toBeNull();

    fireEvent.click(within(card('Person 1')).getByRole('button', { name: 'Deactivate' }));
    const prompt = within(card('Person 1')).getByText(/^Deactivate the account of Person 1\?/);
    expect(document.activeElement).toBe(prompt);
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    fireEvent.click(within(card('Person 1')).getByRole('button', { name: 'Yes, deactivate' }));

    await waitFor(() => expect(within(card('Person 1')).getByText('Deactivated')).toBeTruthy());
    expect(within(card('Person 1')).getByRole('status').textContent).toBe('The account of Person 1 is deactivated.');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(card('Person 1')).getByRole('button', { name: 'Reactivate' })),
    );
  });

  it('saves the roles ticked for an account', async () => {
    const fetchMock = stubApi({
      'GET /api/v1/identity/accounts': accountsPage({ items: [account(1)], nextCursor: null }),
      [`PUT /api/v1/identity/accounts/${account(1).id}/roles`]: () => new Response(null, { status: 204 }),
    });
    await renderApp({ path: '/admin' });
    await screen.findByRole('heading', { level: 3, name: 'Person 1' });

    fireEvent.click(within(card('Person 1')).getByLabelText('Administrator'));
    fireEvent.click(within(card('Person 1')).getByRole('button', { name: 'Save roles' }));

    await waitFor(() => expect(within(card('Person 1')).getByRole('status').textContent).toBe('The roles of Person 1 are saved.'));
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(put?.[1]?.body).toBe(JSON.stringify({ roles: ['Employee', 'Admin'] }));
  });

  it('shows the audit log to those who may read it', async () => {
    const entry: AuditEntry = {
      id: 7,
      actorId: ADMIN.id,
      actorName: 'Ada Admin',
      action: 'account.roles_changed',
      targetId: account(1).id,
      targetName: 'Person 1',
      details: 'Admin,Employee',
      occurredAt: '2026-03-01T10:30:00Z',
    };
    stubApi({ 'GET /api/v1/identity/audit': () => jsonResponse({ items: [entry], nextCursor: null }) });
    await renderApp({ path: '/admin/audit', language: 'fr' });

    expect(await screen.findByText('Ada Admin a modifié les rôles de Person 1')).toBeTruthy();
    expect(screen.getByText(/Rôles : Administrateur, Salarié/)).toBeTruthy();
    expect(screen.getByRole('link', { name: "Journal d'audit" }).getAttribute('aria-current')).toBe('page');
  });

  it('says when the profile fields could not be loaded, loads them again, and saves what the administrator chose', async () => {
    let fail = true;
    const fetchMock = stubApi({
      'GET /api/v1/profiles/field-rules': () =>
        fail
          ? jsonResponse({ title: 'Service Unavailable', status: 503 }, 503, 'application/problem+json')
          : jsonResponse([{ field: 'phone', editableByEmployee: true }, { field: 'site', editableByEmployee: false }]),
      'PUT /api/v1/profiles/field-rules': () => new Response(null, { status: 204 }),
    });
    await renderApp({ path: '/admin/profile-fields', language: 'fr' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Champs du profil' })).toBeTruthy();
    const failure = await screen.findByRole('alert');
    fail = false;
    fireEvent.click(within(failure).getByRole('button', { name: 'Réessayer' }));
    fireEvent.click(await screen.findByLabelText('Site'));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Les champs du profil sont enregistrés.'));
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(put?.[1]?.body).toBe(JSON.stringify([{ field: 'phone', editableByEmployee: true }, { field: 'site', editableByEmployee: true }]));
  });
});
