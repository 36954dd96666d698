import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderApp } from '../../test/renderApp';
import { meetsPasswordRules } from './ResetPasswordPage';

const RESET_LINK = '/reset-password?email=camille%40example.test&token=CfDJ8%2Babc';

describe('forgot password page', () => {
  it('answers the same way whether or not the account exists', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 202 }));
    vi.stubGlobal('fetch', fetchMock);
    await renderApp({ path: '/forgot-password', as: null, language: 'fr' });

    fireEvent.change(await screen.findByLabelText('Adresse e-mail'), { target: { value: 'camille@example.test' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer le lien' }));

    expect(
      await screen.findByText(
        'Si un compte existe pour cette adresse, un lien pour choisir un nouveau mot de passe est en route. Il est valable un jour.',
      ),
    ).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/v1/identity/password/forgot',
      expect.objectContaining({ method: 'POST', body: JSON.stringify({ email: 'camille@example.test' }) }),
    );
  });
});

describe('reset password page', () => {
  it('knows the server rules', () => {
    expect(meetsPasswordRules('Correct-horse-9')).toBe(true);
    expect(meetsPasswordRules('Short-9')).toBe(false);
    expect(meetsPasswordRules('no-upper-case-9')).toBe(false);
    expect(meetsPasswordRules('NO-LOWER-CASE-9')).toBe(false);
    expect(meetsPasswordRules('No-digit-at-all')).toBe(false);
  });

  async function choose(password: string, confirmation = password) {
    await renderApp({ path: RESET_LINK, as: null });
    fireEvent.change(await screen.findByLabelText('New password'), { target: { value: password } });
    fireEvent.change(screen.getByLabelText('Type the new password again'), { target: { value: confirmation } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the password' }));
  }

  it('sends the e-mail and token of the link with the new password', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);

    await choose('Correct-horse-9');

    expect(await screen.findByText('Your password is saved. You can now sign in with it.')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/v1/identity/password/reset',
      expect.objectContaining({
        body: JSON.stringify({ email: 'camille@example.test', token: 'CfDJ8+abc', newPassword: 'Correct-horse-9' }),
      }),
    );
  });

  it('explains the rules before asking the server', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);

    await choose('weak');

    const rules = 'The password needs at least 10 characters, with a digit, an upper-case letter and a lower-case letter.';
    expect(await screen.findByRole('link', { name: rules })).toBeTruthy();
    expect(screen.getByLabelText('New password').getAttribute('aria-describedby')).toMatch(/hint .*error/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('offers a new link when the token has expired', async () => {
    const problem = { status: 400, title: 'Validation failed', errors: { token: ['This link has expired or was already used.'] } };
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(problem, 400, 'application/problem+json')));

    await choose('Correct-horse-9');

    expect(await screen.findByText('This link has expired or was already used. Ask for a new one.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('says so when the link lacks its token', async () => {
    await renderApp({ path: '/reset-password?email=camille%40example.test', as: null });

    expect(await screen.findByText(/This link is incomplete/)).toBeTruthy();
    expect(screen.queryByLabelText('New password')).toBeNull();
  });
});
