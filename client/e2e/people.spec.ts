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

  test('opens a profile from the directory and follows, then unfollows, the person', async ({ page }) => {
    const people = directory(page).getByRole('listitem');
    const link = people.nth(3).getByRole('link');
    const name = ((await link.textContent()) ?? '').trim();
    await link.click();

    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    await expect(page).toHaveTitle(`${name} · EnterpriseSocial`);
    const counts = page.locator('.profile__counts');
    const followersBefore = Number.parseInt((await counts.textContent()) ?? '', 10);
    const toggle = page.getByRole('button', { name: new RegExp(`^(Follow|Unfollow) ${name}$`) });
    const wasFollowing = (await toggle.getAttribute('aria-pressed')) === 'true';

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', String(!wasFollowing));
    await expect(counts).toContainText(`${followersBefore + (wasFollowing ? -1 : 1)} follower`);

    await page.reload();
    await expect(toggle).toHaveAttribute('aria-pressed', String(!wasFollowing));
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', String(wasFollowing));
    await expect(counts).toContainText(`${followersBefore} follower`);
  });

  test('a profile shows whom the person works with, and each colleague is a link', async ({ page }) => {
    await directory(page).getByRole('listitem').first().getByRole('link').click();
    const worksWith = page.getByRole('region', { name: 'Works with' });
    await expect(worksWith).toBeVisible();
    const colleague = worksWith.getByRole('link').first();
    const name = ((await colleague.textContent()) ?? '').trim();

    await colleague.click();

    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  });
});

