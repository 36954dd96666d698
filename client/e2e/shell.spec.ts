import { NAV_LINKS, PAGES, expect, mainNavigation, signOutButton, tabTitle, test } from './fixtures';

for (const [language, locale] of [
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const) {
  test.describe(`shell in ${locale}`, () => {
    test.use({ locale });

    test('renders the landmarks, navigation and <html lang>', async ({ page, visit }) => {
      await visit('/');

      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('banner').getByRole('link', { name: 'EnterpriseSocial' })).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeVisible();
      await expect(page.locator('main#main')).toBeVisible();
      const nav = mainNavigation(page, language);
      for (const name of NAV_LINKS[language]) {
        await expect(nav.getByRole('link', { name })).toBeVisible();
      }
      await expect(nav.getByRole('link', { name: NAV_LINKS[language][0] })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAGES[0].heading[language]);

      // On a desktop screen the brand, the search and the account's tools share one row, in either language.
      const banner = page.getByRole('banner');
      const rows = await Promise.all(
        [banner.getByRole('link', { name: 'EnterpriseSocial' }), banner.getByRole('search'), signOutButton(page)].map(async (part) => {
          const box = (await part.boundingBox())!;
          return Math.round(box.y + box.height / 2);
        }),
      );
      expect(Math.max(...rows) - Math.min(...rows)).toBeLessThanOrEqual(2);
    });

    test('titles and marks every page it navigates to', async ({ page, visit }) => {
      await visit('/');
      const nav = mainNavigation(page, language);
      for (const [index, name] of NAV_LINKS[language].entries()) {
        await nav.getByRole('link', { name }).click();
        await expect(page).toHaveURL(PAGES[index].path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(PAGES[index].heading[language]);
        await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
        await expect(page).toHaveTitle(/· EnterpriseSocial$/);
      }
    });

    test('serves the not-found page for unknown paths', async ({ page, visit }) => {
      const notFound = PAGES.find((known) => known.path === '/this-page-does-not-exist')!;
      await visit(notFound.path);

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(notFound.heading[language]);
      await page.getByRole('main').getByRole('link').click();
      await expect(page).toHaveURL('/');
    });
  });
}

test.describe('language switch', () => {
  test.use({ locale: 'en-US' });

  test('changes the language and keeps the choice after a reload', async ({ page, visit }) => {
    await visit('/spaces');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spaces');

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: /^FR/ }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Espaces');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('button', { name: /^FR/ })).toHaveAttribute('aria-pressed', 'true');

    await page.reload();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Espaces');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle(tabTitle('Espaces'));
  });
});
