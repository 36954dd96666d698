import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { pageNavigation } from '../../auth/pageNavigation';
import type { Language } from '../../i18n/language';
import { jsonResponse, renderApp } from '../../test/renderApp';
import { requestUrl } from '../../test/requests';

const REFUSAL = {
  type: 'about:blank',
  title: 'Sign-in refused',
  status: 400,
  detail: 'The e-mail address or password is incorrect, or the account is locked for a while after too many attempts.',
  code: 'invalid_credentials',
};

/** Answers the sign-in call with the given response; the page's own look-up of company providers finds none. */
function stubSignIn(answer: Response) {
  const fetchMock = vi.fn(async (url: RequestInfo | URL) =>
    requestUrl(url).pathname.endsWith('/external-providers')
      ? new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } })
      : answer,
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function submit({
  language = 'en',
  path = '/signin',
  email = 'camille.martin@example.test',
  password = 'not-the-password',
}: { language?: Language; path?: string; email?: string; password?: string } = {}) {
  await renderApp({ path, language, as: null });
  const english = language === 'en';
  fireEvent.change(await screen.findByLabelText(english ? 'E-mail address' : 'Adresse e-mail'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(english ? 'Password' : 'Mot de passe'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: english ? 'Sign in' : 'Se connecter' }));
}

function summary() {
  return document.querySelector('.error-summary');
}

describe('sign-in page', () => {
  it('posts the credentials and returns to the authorization endpoint', async () => {
    const assign = vi.spyOn(pageNavigation, 'assign').mockImplementation(() => undefined);
    const fetchMock = stubSignIn(new Response(null, { status: 204 }));
    const returnUrl = '/connect/authorize?client_id=enterprisesocial-web&code_challenge=abc';

    await submit({ path: `/signin?ReturnUrl=${encodeURIComponent(returnUrl)}`, password: 'enterprisesocial-demo' });

    await waitFor(() => expect(assign).toHaveBeenCalledWith(returnUrl));
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/v1/identity/sign-in',
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify({ email: 'camille.martin@example.test', password: 'enterprisesocial-demo', rememberMe: false }),
      }),
    );
  });

  it('never follows a return URL to another site', async () => {
    const assign = vi.spyOn(pageNavigation, 'assign').mockImplementation(() => undefined);
    stubSignIn(new Response(null, { status: 204 }));

    await submit({ path: `/signin?ReturnUrl=${encodeURIComponent('//evil.example/connect/authorize')}` });

    await waitFor(() => expect(assign).toHaveBeenCalledWith('/'));
  });

  it.each([
    ['en', 'The e-mail address or password is incorrect, or the account is locked for a while after too many attempts.'],
    ['fr', "L'adresse e-mail ou le mot de passe est incorrect, ou le compte est bloqué un moment après trop de tentatives."],
  ] as const)('shows the refusal in %s and moves focus to it', async (language, message) => {
    stubSignIn(jsonResponse(REFUSAL, 400, 'application/problem+json'));

    await submit({ language });

    expect(await screen.findByText(message)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(summary()));
  });

  it('says how long to wait after too many attempts', async () => {
    stubSignIn(
      new Response(JSON.stringify({ title: 'Too Many Requests', status: 429 }), {
        status: 429,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '42' },
      }),
    );

    await submit({ language: 'fr' });

    expect(await screen.findByText('Trop de tentatives. Réessayez dans 42 secondes.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(summary()));
  });

  it('checks the fields before asking the server and links each error to its field', async () => {
    const fetchMock = stubSignIn(new Response(null, { status: 204 }));

    await submit({ email: 'not an address', password: '' });

    const emailError = await screen.findByRole('link', { name: 'Enter an e-mail address in the form name@example.com.' });
    expect(screen.getByRole('link', { name: 'Enter your password.' })).toBeTruthy();
    expect(document.activeElement).toBe(summary());
    const email = screen.getByLabelText('E-mail address');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Error: Enter an e-mail address in the form name@example.com.',
    );
    fireEvent.click(emailError);
    expect(document.activeElement).toBe(email);
    expect(fetchMock).not.toHaveBeenCalledWith('/api/v1/identity/sign-in', expect.anything());
  });

  it("offers the company's identity providers and brings people back to where they were going", async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify([{ name: 'entra', displayName: 'Microsoft Entra ID' }]), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    })));
    const returnUrl = '/connect/authorize?client_id=enterprisesocial-web';
    await renderApp({ path: `/signin?ReturnUrl=${encodeURIComponent(returnUrl)}`, language: 'fr', as: null });

    const link = await screen.findByRole('link', { name: 'Se connecter avec Microsoft Entra ID' });
    expect(link.getAttribute('href')).toBe(`/signin-external/entra?returnUrl=${encodeURIComponent(returnUrl)}`);
  });

  it('says so when signing in through the company provider failed', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } })));
    await renderApp({ path: '/signin?error=external', language: 'en', as: null });

    expect(await screen.findByText('Signing in through your company account did not work. Try again, or sign in with your password.')).toBeTruthy();
  });
});
