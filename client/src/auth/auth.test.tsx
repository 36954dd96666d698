import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { User } from 'oidc-client-ts';
import { describe, expect, it, vi } from 'vitest';
import { ACCESS_TOKEN, EMPLOYEE, jsonResponse, renderApp } from '../test/renderApp';
import { requestUrl } from '../test/requests';
import { userManager } from './userManager';

function stubSigninRedirect() {
  return vi.spyOn(userManager, 'signinRedirect').mockResolvedValue(undefined);
}

describe('route guard', () => {
  it('sends a signed-out visitor to the authorization server and remembers the page', async () => {
    const signinRedirect = stubSigninRedirect();
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);

    await renderApp({ path: '/people?search=ana', as: null });

    await waitFor(() => expect(signinRedirect).toHaveBeenCalledTimes(1));
    expect(signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/people?search=ana' } });
    expect(screen.getByRole('status').textContent).toBe('Taking you to the sign-in page…');
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).toBeNull();
    // Nothing is asked of the API without a user: a 401 would show as a console error.
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the public pages to a signed-out visitor with the product name and language switch', async () => {
    const signinRedirect = stubSigninRedirect();

    await renderApp({ path: '/signin', as: null, language: 'fr' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeTruthy();
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'EnterpriseSocial' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Langue' })).toBeTruthy();
    expect(signinRedirect).not.toHaveBeenCalled();
  });

  it('sends the bearer token, and signs in again when the API answers 401', async () => {
    const signinRedirect = stubSigninRedirect();
    const fetchMock = vi.fn<typeof fetch>(async () => new Response(null, { status: 401 }));
    vi.stubGlobal('fetch', fetchMock);

    await renderApp({ path: '/people' });

    await waitFor(() => expect(signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/people' } }));
    const profiles = fetchMock.mock.calls.find(([input]) => requestUrl(input).pathname.startsWith('/api/v1/profiles'));
    expect(profiles?.[1]?.headers).toMatchObject({ Accept: 'application/json', Authorization: `Bearer ${ACCESS_TOKEN}` });
    expect(await userManager.getUser()).toBeNull();
  });
});

describe('signed-in person', () => {
  it('sees their name and signs out through the server, leaving no unsent text behind', async () => {
    const signoutRedirect = vi.spyOn(userManager, 'signoutRedirect').mockImplementation(() => userManager.removeUser());
    const signinRedirect = stubSigninRedirect();

    await renderApp({ as: EMPLOYEE });
    fireEvent.change(await screen.findByRole('combobox', { name: 'What would you like to share?' }), { target: { value: 'Not for the next person' } });
    expect(Object.values(sessionStorage)).toContain('Not for the next person');
    const banner = screen.getByRole('banner');
    expect((await within(banner).findByRole('link', { name: 'Eve Employee' })).closest('p')?.textContent).toBe('Signed in as Eve Employee');

    fireEvent.click(within(banner).getByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(signoutRedirect).toHaveBeenCalledTimes(1));
    expect(Object.values(sessionStorage)).not.toContain('Not for the next person');
    expect(await screen.findByText('Signing you out…')).toBeTruthy();
    expect(within(banner).queryByText('Eve Employee')).toBeNull();
    expect(signinRedirect).not.toHaveBeenCalled();
  });

  /** The browser arrives on the callback URL, whose code the stubbed client exchanges for a user. */
  function completeCallbackAs(returnTo: string, code: string) {
    window.history.replaceState(null, '', `/signin-callback?code=${code}&state=xyz`);
    vi.spyOn(userManager, 'signinCallback').mockImplementation(async () => {
      const user = new User({
        access_token: ACCESS_TOKEN,
        token_type: 'Bearer',
        profile: { sub: EMPLOYEE.id, iss: 'http://localhost', aud: 'enterprisesocial-web', exp: 0, iat: 0 },
        expires_at: Math.floor(Date.now() / 1000) + 3600,
        userState: { returnTo },
      });
      await userManager.storeUser(user);
      await userManager.events.load(user);
      return user;
    });
  }

  it('lands on the page it asked for after the sign-in callback', async () => {
    completeCallbackAs('/spaces', 'first');
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(EMPLOYEE)));

    await renderApp({ path: '/signin-callback', as: null });

    expect(await screen.findByRole('heading', { level: 1, name: 'Spaces' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('does not sign in again in a loop when the server refuses a brand-new token', async () => {
    completeCallbackAs('/spaces', 'second');
    const signinRedirect = stubSigninRedirect();
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 401 })));

    await renderApp({ path: '/signin-callback', as: null });

    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again in a moment.');
    expect(signinRedirect).not.toHaveBeenCalled();
  });
});
