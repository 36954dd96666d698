import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Every test fails if the page logs a console error or throws: a CSP violation,
 * a failed request or a React warning all surface there first.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') {
          errors.push(`console: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const PAGES = [
  { path: '/', heading: { en: 'Welcome to EnterpriseSocial', fr: 'Bienvenue sur EnterpriseSocial' } },
  { path: '/people', heading: { en: 'People', fr: 'Personnes' } },
  { path: '/spaces', heading: { en: 'Spaces', fr: 'Espaces' } },
  { path: '/notifications', heading: { en: 'Notifications', fr: 'Notifications' } },
  { path: '/admin', heading: { en: 'Admin', fr: 'Administration' } },
  { path: '/this-page-does-not-exist', heading: { en: 'Page not found', fr: 'Page introuvable' } },
] as const;

export const NAV_LINKS = {
  en: ['Home', 'People', 'Spaces', 'Notifications', 'Admin'],
  fr: ['Accueil', 'Personnes', 'Espaces', 'Notifications', 'Administration'],
} as const;

export function mainNavigation(page: Page, language: 'en' | 'fr') {
  return page.getByRole('navigation', { name: language === 'en' ? 'Main navigation' : 'Navigation principale' });
}

/** Presses Tab until the locator has focus, failing after a bounded number of presses. */
export async function tabTo(page: Page, target: Locator, maxPresses = 20): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) {
      return;
    }
  }
  throw new Error(`Focus never reached the target after ${maxPresses} presses of Tab.`);
}
