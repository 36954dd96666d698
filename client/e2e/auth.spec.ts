import { ACCOUNTS, DEMO_PASSWORD, expect, fillSignInForm, signOutButton, test } from './fixtures';

test.use({ account: null });

test.describe('sign-in in en-US', () => {
  test.use({ locale: 'en-US' });

  test('signs in through the sign-in page, lands on the home screen, and signs out', async ({ page }) => {
    await page.goto('/');

    await expect(page).toHaveURL(/\/signin\?ReturnUrl=%2Fconnect%2Fauthorize/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expect(page.getByRole('banner').getByRole('link', { name: 'EnterpriseSocial' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Language' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0);

    await fillSignInForm(page, ACCOUNTS.admin, DEMO_PASSWORD);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Home');
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Admin' })).toBeVisible();

    await signOutButton(page).click();

    await expect(page).toHaveURL(/\/signin\?ReturnUrl=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    // The server session ended too: the home page asks for a sign-in again.
    await page.goto('/');
    await expect(page).toHaveURL(/\/signin\?ReturnUrl=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  });

  test('asks for a new password link and always gives the same answer', async ({ page }) => {
    await page.goto('/signin');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forgot your password?');
    await page.getByLabel('E-mail address').fill('nobody@demo.enterprisesocial.example');
    await page.getByRole('button', { name: 'Send the link' }).click();

    await expect(page.getByText('If an account exists for this address, a link to choose a new password is on its way.')).toBeVisible();
  });
});

for (const [locale, refusal] of [
  ['en-US', 'The e-mail address or password is incorrect, or the account is locked for a while after too many attempts.'],
  ['fr-FR', "L'adresse e-mail ou le mot de passe est incorrect, ou le compte est bloqué un moment après trop de tentatives."],
] as const) {
  test.describe(`refused sign-in in ${locale}`, () => {
    test.use({ locale });

    test('a wrong password shows the refusal and moves focus to it', async ({ page, allowFailedRequest }) => {
      allowFailedRequest('/api/v1/identity/sign-in', 400);
      await page.goto('/people');
      await expect(page).toHaveURL(/\/signin\?ReturnUrl=/);

      await fillSignInForm(page, ACCOUNTS.refused, 'not-the-password');

      await expect(page.getByText(refusal)).toBeVisible();
      await expect(page.locator('.error-summary')).toBeFocused();
      await expect(page).toHaveURL(/\/signin\?ReturnUrl=/);
    });
  });
}
