import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Cookie, type Locator, type Page } from '@playwright/test';

/** Every demo account shares this password (see the repository README). */
export const DEMO_PASSWORD = 'enterprisesocial-demo';

/** Demo accounts listed in the repository README; the demo company is the same on every start. */
export const ACCOUNTS = {
  /** The Chief Information Officer, the demo company's administrator. */
  admin: 'jerome.roux@demo.enterprisesocial.example',
  employee: 'oliver.brown@demo.enterprisesocial.example',
  /** Used only for refused sign-ins, so that no test locks an account another one signs in with. */
  refused: 'noel.lambert@demo.enterprisesocial.example',
} as const;

type AccountName = keyof typeof ACCOUNTS;

interface FailedRequest {
  path: string;
  status: number;
}

interface TestFixtures {
  /** Who `visit` signs in as; null leaves the browser signed out. */
  account: AccountName | null;
  /** Goes to a page as `account`, through the real sign-in page when the browser has no session yet. */
  visit: (path: string) => Promise<void>;
  /** Declares a request the test expects to fail; Chromium logs it as a console error. */
  allowFailedRequest: (path: string, status: number) => void;
  /** Declares that the test takes the browser offline: what fails to connect meanwhile is expected. */
  allowOffline: () => void;
  pageErrors: string[];
}

interface WorkerFixtures {
  /** The server's session cookies per account, so each worker fills in the sign-in form once per account. */
  sessions: Map<AccountName, Cookie[]>;
}

const allowedFailures = new WeakMap<Page, FailedRequest[]>();
const goingOffline = new WeakSet<Page>();

/** What Chromium logs for a request or a hub connection attempted without a network. */
const OFFLINE_ERROR = /net::ERR_INTERNET_DISCONNECTED|WebSocket connection to .* failed/;

function isAllowed(page: Page, text: string, url: string): boolean {
  if (goingOffline.has(page) && OFFLINE_ERROR.test(text)) {
    return true;
  }
  const path = url ? new URL(url).pathname : '';
  return (allowedFailures.get(page) ?? []).some(
    (failure) => failure.path === path && text.includes(`status of ${failure.status}`),
  );
}

/** A text no other test or run has written, so that a test finds exactly what it wrote. */
export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A page's title in the browser's tab, led by the unread notifications' count when there are any. */
export function tabTitle(page: string): RegExp {
  return new RegExp(`^(\\(\\d+\\+?\\) )?${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · EnterpriseSocial$`);
}

/** The access token the app keeps for its tab, to call the API as the person signed in there. */
export function accessToken(page: Page): Promise<string> {
  return page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'));
    return (JSON.parse(sessionStorage.getItem(key ?? '') ?? '{}') as { access_token: string }).access_token;
  });
}

/** The top bar's search, there for whoever is signed in on any screen (Sign out is in the menu on a phone). */
function signedIn(page: Page): Locator {
  return page.getByRole('banner').getByRole('search');
}

export function signOutButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: /^(Sign out|Se déconnecter)$/ });
}

/** Fills in the sign-in page in whichever language it shows. */
export async function fillSignInForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(/^(E-mail address|Adresse e-mail)$/).fill(email);
  await page.getByLabel(/^(Password|Mot de passe)$/).fill(password);
  await page.getByRole('main').getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
}

/**
 * Every test fails if the page logs a console error or throws: a CSP violation,
 * a failed request or a React warning all surface there first.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  account: ['admin', { option: true }],

  sessions: [
    // Playwright reads a fixture's dependencies from the pattern of its first parameter, which must
    // be an object pattern: this fixture depends on none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use(new Map());
    },
    { scope: 'worker' },
  ],

  allowFailedRequest: async ({ page }, use) => {
    await use((path, status) => allowedFailures.set(page, [...(allowedFailures.get(page) ?? []), { path, status }]));
  },

  allowOffline: async ({ page }, use) => {
    await use(() => goingOffline.add(page));
  },

  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !isAllowed(page, message.text(), message.location().url)) {
          errors.push(`console: ${message.text()} (${message.location().url})`);
        }
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],

  visit: async ({ page, account, sessions }, use) => {
    await use(async (path) => {
      if (!account) {
        await page.goto(path);
        return;
      }
      const cookies = sessions.get(account);
      if (cookies) {
        await page.context().addCookies(cookies);
      }
      await page.goto(path);
      // The app either restores the tab's user, or goes through the authorization endpoint, which
      // answers at once with the session cookie or shows the sign-in page.
      const emailField = page.getByLabel(/^(E-mail address|Adresse e-mail)$/);
      await expect(signedIn(page).or(emailField)).toBeVisible();
      if (await emailField.isVisible()) {
        await fillSignInForm(page, ACCOUNTS[account], DEMO_PASSWORD);
        await expect(signedIn(page)).toBeVisible();
        sessions.set(account, await page.context().cookies());
      }
      await expect(page).toHaveURL(path);
    });
  },
});

export { expect };

export const PAGES = [
  { path: '/', heading: { en: 'Home', fr: 'Accueil' } },
  { path: '/people', heading: { en: 'People', fr: 'Personnes' } },
  { path: '/spaces', heading: { en: 'Spaces', fr: 'Espaces' } },
  { path: '/recognition', heading: { en: 'Recognition', fr: 'Reconnaissance' } },
  { path: '/notifications', heading: { en: 'Notifications', fr: 'Notifications' } },
  { path: '/admin', heading: { en: 'Admin', fr: 'Administration' } },
  { path: '/this-page-does-not-exist', heading: { en: 'Page not found', fr: 'Page introuvable' } },
  { path: '/admin/audit', heading: { en: 'Audit log', fr: "Journal d'audit" } },
  { path: '/company', heading: { en: 'Company stream', fr: "Fil de l'entreprise" } },
  { path: '/saved', heading: { en: 'Saved posts', fr: 'Publications enregistrées' } },
  { path: '/muted', heading: { en: 'Muted', fr: 'Masqués' } },
  { path: '/scheduled', heading: { en: 'Scheduled posts', fr: 'Publications programmées' } },
  { path: '/admin/moderation', heading: { en: 'Moderation', fr: 'Modération' } },
  { path: '/notifications/preferences', heading: { en: 'Notification preferences', fr: 'Préférences de notification' } },
  { path: '/admin/email-avoided', heading: { en: 'E-mail avoided', fr: 'E-mails évités' } },
  { path: '/recognition/praise', heading: { en: 'Praise a colleague', fr: 'Féliciter un·e collègue' } },
  { path: '/admin/badges', heading: { en: 'Badge catalogue', fr: 'Catalogue des badges' } },
  { path: '/admin/profile-fields', heading: { en: 'Profile fields', fr: 'Champs du profil' } },
  { path: '/people/me/edit', heading: { en: 'Edit my profile', fr: 'Modifier mon profil' } },
] as const;

/** Pages for people who are not signed in. */
export const PUBLIC_PAGES = [
  { path: '/signin', heading: { en: 'Sign in', fr: 'Connexion' } },
  { path: '/forgot-password', heading: { en: 'Forgot your password?', fr: 'Mot de passe oublié ?' } },
  {
    path: '/reset-password?email=someone%40example.com&token=not-a-real-token',
    heading: { en: 'Choose your password', fr: 'Choisir votre mot de passe' },
  },
] as const;

export const NAV_LINKS = {
  en: ['Home', 'People', 'Spaces', 'Recognition', 'Notifications', 'Admin'],
  fr: ['Accueil', 'Personnes', 'Espaces', 'Reconnaissance', 'Notifications', 'Administration'],
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

/**
 * Runs axe on what the page shows now; minor and moderate findings are left to review.
 * The app has no cross-origin frames, so axe runs in the page itself rather than finishing in a
 * second, blank page, and reports only violations in full: on a feed page that takes a fifth of
 * the time, with the same violations found.
 */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(blocking).toEqual([]);
}
