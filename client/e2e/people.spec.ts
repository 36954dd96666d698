import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ locale: 'en-US' });

test.describe('people directory', () => {
  test.beforeEach(async ({ visit }) => {
    await visit('/people');
  });

  function directory(page: Page) {
    return page.getByRole('list', { name: 'People directory' });
  }

  test('lists people from the server and loads more', async ({ page }) => {
    const people = directory(page).getByRole('listitem');
    await expect(people.first()).toBeVisible();
    const firstPage = await people.count();
    const loadMore = page.getByRole('button', { name: 'Load more' });
    await expect(loadMore).toBeVisible();

    await loadMore.click();

    await expect.poll(() => people.count()).toBeGreaterThan(firstPage);
    await expect(page.getByRole('status')).toHaveText(`${await people.count()} people shown`);
  });

  test('search narrows the results to the person searched for', async ({ page }) => {
    const people = directory(page).getByRole('listitem');
    await expect(people.first()).toBeVisible();
    const firstPage = await people.count();
    const name = (await people.first().getByRole('heading', { level: 2 }).textContent())?.trim() ?? '';
    expect(name).not.toBe('');

    await page.getByRole('searchbox', { name: 'Search people' }).fill(name);

    await expect.poll(() => people.count()).toBeLessThan(firstPage);
    await expect(directory(page).getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  });

  test('says so when no one matches', async ({ page }) => {
    await expect(directory(page).getByRole('listitem').first()).toBeVisible();

    await page.getByRole('searchbox', { name: 'Search people' }).fill('zzqxj no such person');

    await expect(page.getByRole('status')).toHaveText('No one matches your search.');
    await expect(directory(page)).toHaveCount(0);
  });
});
