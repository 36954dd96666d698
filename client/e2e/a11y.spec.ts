import { PAGES, PUBLIC_PAGES, expect, expectNoSeriousViolations, test } from './fixtures';

for (const [language, locale] of [
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const) {
  test.describe(`accessibility in ${locale}, signed in`, () => {
    test.use({ locale });

    for (const { path, heading } of PAGES) {
      test(`${path} has no serious or critical axe violations`, async ({ page, visit }) => {
        await visit(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading[language]);
        if (path === '/people' || (path.startsWith('/admin') && path !== '/admin/moderation')) {
          // Lists say "Loading…" until the server has answered; scan what they show afterwards.
          await expect(page.getByRole('main').getByRole('status').first()).not.toHaveText(/…$/);
        }
        if (path === '/spaces' || path === '/admin/moderation') {
          await expect(page.getByText(/^(Loading spaces…|Chargement des espaces…|Loading…|Chargement…)$/)).toHaveCount(0);
        }
        if (['/', '/company', '/saved'].includes(path)) {
          await expect(page.getByText(/^(Loading posts…|Chargement des publications…)$/)).toHaveCount(0);
        }
        if (path === '/recognition') {
          await expect(page.getByText(/^(Loading praise…|Chargement des félicitations…)$/)).toHaveCount(0);
        }
        if (path === '/recognition/praise') {
          await expect(page.getByRole('radio').first()).toBeVisible();
        }
        if (path.startsWith('/notifications')) {
          await expect(page.getByText(/^(Loading notifications…|Chargement des notifications…|Loading your preferences…|Chargement de vos préférences…)$/)).toHaveCount(0);
        }

        await expectNoSeriousViolations(page);
      });
    }
  });

  test.describe(`accessibility in ${locale}, signed out`, () => {
    test.use({ locale, account: null });

    for (const { path, heading } of PUBLIC_PAGES) {
      test(`${path} has no serious or critical axe violations`, async ({ page, visit }) => {
        await visit(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading[language]);

        await expectNoSeriousViolations(page);
      });
    }

    test('the sign-in page showing its errors has no serious or critical axe violations', async ({ page, visit }) => {
      await visit('/signin');
      await page.getByRole('main').getByRole('button', { name: language === 'en' ? 'Sign in' : 'Se connecter' }).click();
      await expect(page.locator('.error-summary')).toBeFocused();

      await expectNoSeriousViolations(page);
    });
  });
}
