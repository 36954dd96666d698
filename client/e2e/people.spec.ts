import type { Page } from '@playwright/test';
import { expect, expectNoSeriousViolations, tabTitle, test } from './fixtures';

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

    await page.getByRole('searchbox', { name: 'Search people', exact: true }).fill(name);

    await expect.poll(() => people.count()).toBeLessThan(firstPage);
    await expect(directory(page).getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  });

  test('finds people by a skill, says so, leads from a profile\'s skill to its colleagues and keeps the search on the way back', async ({ page }) => {
    const search = page.getByRole('searchbox', { name: 'Search people', exact: true });
    await search.fill('typescript');
    await expect(page).toHaveURL(/\/people\?q=typescript$/);
    const found = directory(page).getByRole('listitem');
    await expect(found.first()).toContainText('Expertise: TypeScript');
    const name = ((await found.first().getByRole('heading', { level: 2 }).textContent()) ?? '').trim();
    await found.first().getByRole('link', { name, exact: true }).click();

    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    await page.getByRole('link', { name: 'TypeScript', exact: true }).click();

    await expect(page).toHaveURL(/\/people\?q=TypeScript$/);
    await expect(search).toHaveValue('TypeScript');
    await expect(directory(page).getByRole('listitem').filter({ hasText: name })).toContainText('Expertise: TypeScript');

    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/people\?q=typescript$/);
    await expect(search).toHaveValue('typescript');
    await expect(directory(page).getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  });

  test('says so when no one matches', async ({ page }) => {
    await expect(directory(page).getByRole('listitem').first()).toBeVisible();

    await page.getByRole('searchbox', { name: 'Search people', exact: true }).fill('zzqxj no such person');

    await expect(page.getByRole('status')).toHaveText('No one matches your search.');
    await expect(directory(page)).toHaveCount(0);
  });

  test('opens a profile from the directory and follows, then unfollows, the person', async ({ page }) => {
    const people = directory(page).getByRole('listitem');
    const link = people.nth(3).getByRole('link');
    const name = ((await link.textContent()) ?? '').trim();
    await link.click();

    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    await expect(page).toHaveTitle(tabTitle(name));
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

  test("a colleague's recent posts lead to their conversations and to all their posts, read as a stream", async ({ page, visit }) => {
    await visit('/company');
    const author = page.getByRole('feed').getByRole('article').first().getByRole('heading').getByRole('link').first();
    const name = ((await author.textContent()) ?? '').trim();
    await author.click();

    const recent = page.getByRole('region', { name: 'Recent posts' });
    await recent.getByRole('link', { name: `All posts by ${name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Posts by ${name}` })).toBeVisible();
    const first = page.getByRole('feed', { name: `Posts by ${name}` }).getByRole('article').first();
    await expect(first.getByRole('link', { name })).toBeVisible();
    await expect(first.getByRole('button', { name: /^Like/ })).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.goBack();
    await recent.getByRole('listitem').first().getByRole('link').first().click();
    await expect(page).toHaveURL(/\/posts\/[0-9a-f-]{36}$/);
  });

  test('a colleague muted from their profile is listed among what I muted, and unmuted from their profile', async ({ page }) => {
    const link = directory(page).getByRole('listitem').nth(5).getByRole('link');
    const name = ((await link.textContent()) ?? '').trim();
    await link.click();

    await page.getByRole('button', { name: `Mute ${name}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `You muted ${name}` })).toBeVisible();
    await page.goto('/muted');
    await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: name })).toBeVisible();

    await page.getByRole('main').getByRole('link', { name }).click();
    await page.getByRole('button', { name: `Unmute ${name}` }).click();
    await expect(page.getByRole('button', { name: `Mute ${name}` })).toBeVisible();
    await page.goto('/muted');
    const main = page.getByRole('main');
    const unmuteButtons = main.getByRole('button', { name: 'Unmute' });
    await expect(main.getByText('You have not muted anything.').or(unmuteButtons.first())).toBeVisible();
    await expect(main.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
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

  test('the followers of a much-followed person load page after page', async ({ page }) => {
    const people = directory(page).getByRole('listitem');
    await expect(people.first()).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search people', exact: true }).fill('chief executive');
    await expect.poll(() => people.count()).toBeLessThan(3);
    await people.first().getByRole('link').click();
    await page.getByRole('link', { name: /followers$/ }).click();

    const followers = page.getByRole('list', { name: /^Followers of / });
    await expect(followers.getByRole('listitem')).toHaveCount(20);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => followers.getByRole('listitem').count()).toBeGreaterThan(20);
  });

  test('the org chart goes up to the top and back down', async ({ page }) => {
    const link = directory(page).getByRole('listitem').nth(5).getByRole('link');
    const name = ((await link.textContent()) ?? '').trim();
    await link.click();
    await page.getByRole('link', { name: 'See in the org chart' }).click();

    const chart = page.getByRole('navigation', { name: 'Org chart' });
    await expect(chart.locator('[aria-current="page"]')).toHaveText(name);
    const top = chart.getByRole('link').first();
    const topName = ((await top.textContent()) ?? '').trim();
    await top.click();
    await expect(chart.locator('[aria-current="page"]')).toHaveText(topName);

    const report = page.getByRole('list', { name: `Direct reports of ${topName}` }).getByRole('link').first();
    const reportName = ((await report.textContent()) ?? '').trim();
    await report.click();
    await expect(chart.locator('[aria-current="page"]')).toHaveText(reportName);
  });

  test('filters the directory by department', async ({ page }) => {
    const people = directory(page).getByRole('listitem');
    await expect(people.first()).toBeVisible();
    const department = page.getByRole('combobox', { name: 'Department' });
    const choice = ((await department.locator('option').nth(1).textContent()) ?? '').trim();

    await department.selectOption(choice);

    await expect.poll(async () => (await people.locator('.person__meta').allTextContents()).every((meta) => meta.startsWith(`${choice} ·`))).toBe(true);
    await expect(people.first()).toBeVisible();
  });
});

