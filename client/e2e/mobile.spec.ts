import type { Page } from '@playwright/test';
import { expect, mainNavigation, test } from './fixtures';

test.use({ locale: 'en-US', viewport: { width: 375, height: 740 } });

test('the menu button opens and closes the navigation', async ({ page, visit }) => {
  await visit('/');
  const nav = mainNavigation(page, 'en');
  const menu = nav.getByRole('button', { name: 'Menu' });
  const people = nav.getByRole('link', { name: 'People' });

  await expect(menu).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(people).toBeHidden();

  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(people).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(people).toBeHidden();
});

test('the menu works from the keyboard and closes after navigating', async ({ page, visit }) => {
  await visit('/');
  const nav = mainNavigation(page, 'en');
  const menu = nav.getByRole('button', { name: 'Menu' });

  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Home' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('Space');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: 'Spaces' }).click();
  await expect(page).toHaveURL('/spaces');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Spaces' })).toBeHidden();
});

/** How far the page scrolls sideways, in CSS pixels: none where everything fits the phone's width. */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Pages with what makes them wide once loaded: long names, excerpts, lists of actions. */
const PAGES_LOADED = [
  { path: '/people', loaded: (page: Page) => page.getByRole('heading', { level: 1, name: 'People' }) },
  { path: '/', loaded: (page: Page) => page.getByRole('feed').getByRole('article').first() },
  { path: '/notifications', loaded: (page: Page) => page.getByRole('main').getByRole('listitem').first() },
  { path: '/recognition', loaded: (page: Page) => page.getByRole('main').getByRole('article').first() },
  { path: '/notifications/preferences', loaded: (page: Page) => page.getByRole('table') },
];

for (const { path, loaded } of PAGES_LOADED) {
  test(`${path} does not scroll sideways`, async ({ page, visit }) => {
    await visit(path);
    await expect(loaded(page)).toBeVisible();

    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  });
}

test('a profile, with its long e-mail address, does not scroll sideways', async ({ page, visit }) => {
  await visit('/people');
  await page.getByRole('region', { name: 'Suggestions for you' }).getByRole('link').first().click();
  await expect(page.getByRole('link', { name: /@demo\.enterprisesocial\.example$/ })).toBeVisible();

  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
});

test("a post's More menu opens over the stream, within the screen, and closes once an action is chosen", async ({ page, visit }) => {
  await visit('/');
  const post = page.getByRole('feed').getByRole('article').first();
  const height = (await post.boundingBox())!.height;

  await post.getByText('More', { exact: true }).click();
  const mute = post.getByRole('button', { name: 'Mute this conversation' });
  await expect(mute).toBeVisible();
  const items = (await mute.locator('..').boundingBox())!;
  expect(items.x).toBeGreaterThanOrEqual(0);
  expect(items.x + items.width).toBeLessThanOrEqual(375);
  expect((await post.boundingBox())!.height).toBe(height);
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);

  await page.keyboard.press('Escape');
  await expect(mute).toBeHidden();
  await expect(post.getByText('More', { exact: true })).toBeFocused();
});

test('on a phone the top bar keeps to two lines, and the name and Sign out are in the menu', async ({ page, visit }) => {
  await visit('/');
  const banner = page.getByRole('banner');
  const brand = (await banner.getByRole('link', { name: 'EnterpriseSocial' }).boundingBox())!;
  const bell = (await banner.getByRole('link', { name: /^Notifications/ }).boundingBox())!;
  const french = (await banner.getByRole('button', { name: /^FR/ }).boundingBox())!;
  const search = (await banner.getByRole('search').boundingBox())!;
  for (const part of [bell, french]) {
    expect(Math.abs(part.y + part.height / 2 - (brand.y + brand.height / 2))).toBeLessThanOrEqual(2);
  }
  expect(search.y).toBeGreaterThanOrEqual(brand.y + brand.height);
  await expect(banner.getByRole('button', { name: 'Sign out' })).toBeHidden();

  const nav = mainNavigation(page, 'en');
  await nav.getByRole('button', { name: 'Menu' }).click();
  await expect(nav.getByText('Jérôme Roux')).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
});

test.describe('on a 320-pixel screen in French', () => {
  test.use({ locale: 'fr-FR', viewport: { width: 320, height: 640 } });

  test("the administration's six tabs keep to one line, which scrolls sideways to the current one", async ({ page, visit }) => {
    await visit('/admin/email-avoided');
    const tabs = page.getByRole('navigation', { name: "Rubriques d'administration" });
    const current = tabs.getByRole('link', { name: 'E-mails évités' });
    await expect(current).toHaveAttribute('aria-current', 'page');
    // The figures by type, the page's widest part, hold the screen's width too.
    await expect(page.getByRole('table')).toBeVisible();

    const links = await tabs.getByRole('link').all();
    expect(links).toHaveLength(6);
    const tops = await Promise.all(links.map(async (link) => (await link.boundingBox())!.y));
    expect(new Set(tops).size).toBe(1);
    const list = (await tabs.boundingBox())!;
    const shown = (await current.boundingBox())!;
    expect(shown.x).toBeGreaterThanOrEqual(list.x);
    expect(shown.x + shown.width).toBeLessThanOrEqual(list.x + list.width);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);

    await tabs.getByRole('link', { name: 'Comptes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
    const first = (await tabs.getByRole('link', { name: 'Comptes' }).boundingBox())!;
    expect(first.x).toBeGreaterThanOrEqual(list.x);
  });

  test('the notification preferences hold their three columns with every word whole', async ({ page, visit }) => {
    await visit('/notifications/preferences');
    const table = page.getByRole('table');
    await expect(table).toBeVisible();

    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    // A word laid out on more than one line was cut in the middle ("Modératio / n").
    const cutWords = await table.evaluate((element) =>
      Array.from(element.querySelectorAll('th')).flatMap((heading) => {
        const text = heading.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) {
          return [];
        }
        return Array.from((text.textContent ?? '').matchAll(/\S+/g))
          .filter((word) => {
            const range = document.createRange();
            range.setStart(text, word.index);
            range.setEnd(text, word.index + word[0].length);
            return range.getClientRects().length > 1;
          })
          .map((word) => word[0]);
      }),
    );
    expect(cutWords).toEqual([]);
  });
});
