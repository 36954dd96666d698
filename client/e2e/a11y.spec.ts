import type { Page } from '@playwright/test';
import { PAGES, PUBLIC_PAGES, expect, expectNoSeriousViolations, test } from './fixtures';

/** As long as a test of a single page may take. */
const SECONDS_PER_PAGE = 30;

/** Waits until the page shows what the server answered rather than its "Loading…" state, so that axe scans that. */
async function expectLoaded(page: Page, path: string): Promise<void> {
  if (path === '/people' || (path.startsWith('/admin') && path !== '/admin/moderation' && path !== '/admin/profile-fields')) {
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
  if (path === '/admin/profile-fields') {
    await expect(page.getByRole('checkbox').first()).toBeVisible();
  }
  if (path === '/recognition/praise') {
    await expect(page.getByRole('radio').first()).toBeVisible();
  }
  if (path.startsWith('/notifications')) {
    await expect(
      page.getByText(/^(Loading notifications…|Chargement des notifications…|Loading your preferences…|Chargement de vos préférences…)$/),
    ).toHaveCount(0);
  }
}

interface PageToScan {
  path: string;
  heading: { en: string; fr: string };
}

// One test per language and audience visits every page in the same tab, one step per page: the tab
// keeps its sign-in, so each page costs its own load and scan rather than a new browser context and
// another round through the authorization endpoint.
async function scanEach(
  pages: readonly PageToScan[],
  language: 'en' | 'fr',
  page: Page,
  visit: (path: string) => Promise<void>,
): Promise<void> {
  test.setTimeout(pages.length * SECONDS_PER_PAGE * 1000);
  for (const { path, heading } of pages) {
    await test.step(path, async () => {
      await visit(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading[language]);
      await expectLoaded(page, path);

      await expectNoSeriousViolations(page);
    });
  }
}

for (const [language, locale] of [
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const) {
  test.describe(`accessibility in ${locale}`, () => {
    test.use({ locale });

    test('every page for a signed-in person has no serious or critical axe violations', async ({ page, visit }) => {
      await scanEach(PAGES, language, page, visit);
    });

    test.describe('signed out', () => {
      test.use({ account: null });

      test('every page for someone signed out has no serious or critical axe violations', async ({ page, visit }) => {
        await scanEach(PUBLIC_PAGES, language, page, visit);
      });

      test('the sign-in page showing its errors has no serious or critical axe violations', async ({ page, visit }) => {
        await visit('/signin');
        await page.getByRole('main').getByRole('button', { name: language === 'en' ? 'Sign in' : 'Se connecter' }).click();
        await expect(page.locator('.error-summary')).toBeFocused();

        await expectNoSeriousViolations(page);
      });
    });
  });
}

/** WCAG's contrast ratio between an element's text colour and its own background, as the browser computes them. */
function contrastOf(element: HTMLElement): number {
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((channel) => {
      const value = Number(channel) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const style = getComputedStyle(element);
  const [lighter, darker] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

test.describe('busy buttons', () => {
  test.use({ locale: 'en-US' });

  // axe leaves busy (aria-disabled) controls out of its contrast check, yet their label is what a person reads meanwhile.
  test('a list button busy loading the next page keeps its label readable', async ({ page, visit }) => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/v1\/recognition\/wall\?.*cursor=/, async (route) => {
      await released;
      await route.continue();
    });
    await visit('/recognition');
    // From the keyboard: a pointer resting on the button would show its hover colours instead.
    await page.getByRole('button', { name: 'Show more' }).focus();
    await page.keyboard.press('Enter');

    const busy = page.getByRole('button', { name: 'Loading more praise…' });
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(await busy.evaluate(contrastOf)).toBeGreaterThanOrEqual(4.5);
    release();
    await expect(busy).toHaveCount(0);
  });
});
