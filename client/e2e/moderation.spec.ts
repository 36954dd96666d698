import type { Browser, Page } from '@playwright/test';
import { ACCOUNTS, DEMO_PASSWORD, expect, fillSignInForm, test } from './fixtures';

test.use({ locale: 'en-US' });

async function signedInEmployee(browser: Browser, path: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await page.goto(path);
  await fillSignInForm(page, ACCOUNTS.employee, DEMO_PASSWORD);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
  return page;
}

test.describe('moderation', () => {
  test('a reported post is hidden by a moderator, the author is told why, and the log keeps it', async ({ page, visit, browser }) => {
    const body = `Cheap watches here ${Date.now().toString(36)}`;
    const author = await signedInEmployee(browser, '/company');
    await author.getByRole('combobox', { name: 'What would you like to share?' }).fill(body);
    await author.getByRole('button', { name: 'Publish' }).click();
    const written = author.getByRole('article').filter({ hasText: body });
    await written.getByRole('link', { name: 'No comments yet' }).click();
    const conversation = author.url();

    await visit('/company');
    const post = page.getByRole('article').filter({ hasText: body });
    await post.getByText('More').click();
    await post.getByRole('button', { name: 'Report this post' }).click();
    await post.getByLabel('Why are you reporting this post?').fill('Spam');
    await post.getByRole('button', { name: 'Send the report' }).click();
    await expect(post.getByRole('status')).toContainText('the moderators will look at it');

    await page.goto('/admin/moderation');
    const item = page.getByRole('listitem').filter({ hasText: body });
    await expect(item.getByRole('list', { name: 'Reasons given' })).toHaveText('Spam');
    await item.getByLabel('Reason for your decision (the author is told)').fill('Advertising is not allowed');
    await item.getByRole('button', { name: 'Hide' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: body })).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Moderation log' }).getByRole('listitem').first()).toContainText('hid a post by Oliver Brown');

    await author.goto(conversation);
    await expect(author.getByRole('note')).toHaveText('Moderators hid this post (“Advertising is not allowed”). Only you can see it.');
    await author.context().close();
  });

  test('a keyword rule refuses a post with the message administrators wrote', async ({ page, visit, allowFailedRequest }) => {
    await visit('/admin/moderation');
    await page.getByRole('button', { name: 'Add a rule' }).click();
    const rules = page.getByRole('region', { name: 'Keyword rules' });
    const last = rules.getByRole('listitem').last();
    await last.getByLabel(/^Word or phrase/).fill('clafoutis');
    await last.getByLabel('When it matches').selectOption('refuse');
    await last.getByLabel('Message shown to the writer').fill('No clafoutis talk, please.');
    await page.getByRole('button', { name: 'Save the rules' }).click();
    await expect(rules.getByRole('status')).toHaveText('The rules are saved.');

    await page.goto('/');
    allowFailedRequest('/api/v1/activity/posts', 422);
    await page.getByRole('combobox', { name: 'What would you like to share?' }).fill('Who wants some CLAFOUTÎS?');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('form', { name: 'Write a post' }).getByRole('alert')).toHaveText('No clafoutis talk, please.');

    await page.goto('/admin/moderation');
    const saved = page.getByRole('region', { name: 'Keyword rules' });
    await saved.getByRole('button', { name: /^Remove rule/ }).last().click();
    await page.getByRole('button', { name: 'Save the rules' }).click();
    await expect(saved.getByRole('status')).toHaveText('The rules are saved.');
  });

  test.describe('en français', () => {
    test.use({ locale: 'fr-FR' });

    test('la page de modération est en français', async ({ page, visit }) => {
      await visit('/admin/moderation');
      await expect(page.getByRole('heading', { level: 1, name: 'Modération' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Signalements en attente' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Mots surveillés' })).toBeVisible();
    });
  });
});
