import type { Browser, Page } from '@playwright/test';
import { ACCOUNTS, DEMO_PASSWORD, expect, expectNoSeriousViolations, fillSignInForm, test } from './fixtures';

test.use({ locale: 'en-US' });

/** An 8 × 8 PNG, enough for the server to decode and re-encode. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGP438CAFWEXHbQSAKmzX8FBxi1QAAAAAElFTkSuQmCC',
  'base64',
);

function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}`;
}

/** The demo employee, signed in in a browser context of their own. */
async function employee(browser: Browser, locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto('/spaces');
  await fillSignInForm(page, ACCOUNTS.employee, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: /^(Spaces|Espaces)$/ })).toBeVisible();
  return page;
}

async function createSpace(page: Page, name: string, visibility: 'Public' | 'Private' | 'Secret', guidelines = '', welcome = '') {
  await page.getByRole('button', { name: 'Create a space' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Description').fill('Where we talk about it.');
  await page.getByLabel('Guidelines').fill(guidelines);
  await page.getByLabel('Welcome message').fill(welcome);
  await page.getByRole('radio', { name: new RegExp(`^${visibility}`) }).check();
  await page.getByRole('button', { name: 'Create the space' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('you are Owner')).toBeVisible();
}

test.describe('spaces', () => {
  test('a colleague finds a public space, accepts its guidelines to join, and shows up among its members', async ({ page, visit, browser }) => {
    const name = unique('Cycling club');
    await visit('/spaces');
    await createSpace(page, name, 'Public', 'Helmets on.', 'Glad to have you: rides leave at noon.');

    const colleague = await employee(browser);
    await colleague.getByRole('searchbox', { name: 'Search spaces' }).fill(name);
    await colleague.getByRole('link', { name }).click();
    await expect(colleague.getByRole('region', { name: 'Guidelines' })).toContainText('Helmets on.');
    const join = colleague.getByRole('button', { name: 'Join the space' });
    await expect(join).toBeDisabled();
    await colleague.getByRole('checkbox', { name: "I accept the space's guidelines" }).check();
    await join.click();
    await expect(colleague.getByText('you are Member')).toBeVisible();
    await expect(colleague.getByRole('region', { name: 'Welcome' })).toContainText('rides leave at noon');

    await page.reload();
    // The members are a tab of their own, reached whatever the length of the stream.
    await page.getByRole('navigation', { name: 'Parts of the space' }).getByRole('link', { name: 'Members' }).click();
    await expect(page).toHaveURL(/\/spaces\/[0-9a-f-]{36}\/members$/);
    await expect(page.getByRole('list', { name: 'Members' }).getByRole('link', { name: 'Oliver Brown' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await colleague.context().close();
  });

  test('a request to join a private space is approved by its owner', async ({ page, visit, browser }) => {
    const name = unique('Project Atlas bis');
    await visit('/spaces');
    await createSpace(page, name, 'Private');
    const url = page.url();

    const colleague = await employee(browser);
    await colleague.goto(url);
    await expect(colleague.getByText('Only members see who is in this space')).toBeVisible();
    await colleague.getByRole('button', { name: 'Ask to join' }).click();
    await expect(colleague.getByText('Your request to join is waiting')).toBeVisible();

    await page.reload();
    // Requests are decided on the space's Manage tab, where its owner's tools are.
    await page.getByRole('navigation', { name: 'Parts of the space' }).getByRole('link', { name: 'Manage' }).click();
    await expect(page.getByRole('button', { name: 'Approve Oliver Brown' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Approve Oliver Brown' }).click();
    await expect(page.getByText('No request is waiting.')).toBeVisible();

    await colleague.reload();
    await expect(colleague.getByText('you are Member')).toBeVisible();
    await colleague.context().close();
  });

  test('a secret space does not exist for someone outside it', async ({ page, visit, browser, allowFailedRequest }) => {
    const name = unique('Orion bis');
    await visit('/spaces');
    await createSpace(page, name, 'Secret');
    const url = page.url();

    const colleague = await employee(browser);
    await colleague.getByRole('searchbox', { name: 'Search spaces' }).fill(name);
    await expect(colleague.getByText('No space matches.')).toBeVisible();
    allowFailedRequest(new URL(url).pathname.replace('/spaces/', '/api/v1/spaces/'), 404);
    await colleague.goto(url);
    await expect(colleague.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await colleague.context().close();
  });

  test('a conversation in a private space stays inside it', async ({ page, visit, browser, allowFailedRequest }) => {
    const name = unique('Release crew');
    await visit('/spaces');
    await createSpace(page, name, 'Private');
    const body = unique('Go/no-go at 5 pm');
    await page.getByRole('combobox', { name: 'What would you like to share?' }).fill(body);
    await page.getByRole('button', { name: 'Publish' }).click();
    const post = page.getByRole('feed', { name: `Posts in ${name}` }).getByRole('article').filter({ hasText: body });
    await expect(post).toBeVisible();
    // The space's own page names it once, not on each of its posts; the conversation's page does.
    await expect(post.getByRole('link', { name })).toHaveCount(0);
    await post.getByRole('link', { name: 'No comments yet' }).click();
    await expect(page.getByRole('article').filter({ hasText: body }).getByRole('link', { name })).toBeVisible();
    const conversation = page.url();

    const colleague = await employee(browser);
    allowFailedRequest(new URL(conversation).pathname.replace('/posts/', '/api/v1/activity/posts/'), 404);
    await colleague.goto(conversation);
    await expect(colleague.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await colleague.goto('/company');
    await expect(colleague.getByRole('feed', { name: 'Company' }).getByRole('article').first()).toBeVisible();
    await expect(colleague.getByText(body)).toHaveCount(0);
    await colleague.context().close();
  });

  test('a space shows its cover, its pinned posts and its questions waiting for an answer', async ({ page, visit }) => {
    const name = unique('Helpdesk');
    await visit('/spaces');
    await createSpace(page, name, 'Public');
    await expect(page.getByText("You are this space's only owner: to leave it, first make someone else an owner.")).toBeVisible();
    await expect(page.getByRole('button', { name: 'Leave the space' })).toHaveCount(0);
    const parts = page.getByRole('navigation', { name: 'Parts of the space' });
    await parts.getByRole('link', { name: 'Manage' }).click();
    await page.getByLabel('Choose a cover image').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: PNG });
    const cover = page.locator('img.space-cover');
    await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(8);
    await parts.getByRole('link', { name: 'Conversations' }).click();
    const stream = page.getByRole('feed', { name: `Posts in ${name}` });

    await page.getByRole('radio', { name: 'Question' }).check();
    await page.getByRole('combobox', { name: 'Your question' }).fill('Where is the printer?');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(stream.getByRole('article')).toHaveCount(1);
    await page.getByRole('combobox', { name: 'What would you like to share?' }).fill('Office hours: 9 to 5');
    await page.getByRole('button', { name: 'Publish' }).click();
    const hours = stream.getByRole('article').filter({ hasText: 'Office hours' });
    await hours.getByText('More').click();
    await hours.getByRole('button', { name: 'Pin in the space' }).click();
    await expect(hours.getByText("Pinned by the space's managers")).toBeVisible();

    await page.reload();
    await expect(page.getByRole('region', { name: 'Pinned' }).getByRole('article')).toContainText('Office hours: 9 to 5');
    await expect(page.getByRole('region', { name: 'Questions waiting for an answer' }).getByRole('link', { name: 'Where is the printer?' })).toBeVisible();
  });

  test("a search from a space's page finds that space's posts, and the whole network's on request", async ({ page, visit }) => {
    const name = unique('Roadmaps');
    const word = unique('milestone').replace(' ', '');
    await visit('/');
    await page.getByRole('combobox', { name: 'What would you like to share?' }).fill(`Company ${word}`);
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('feed').getByRole('article').filter({ hasText: `Company ${word}` })).toBeVisible();
    await page.goto('/spaces');
    await createSpace(page, name, 'Public');
    await page.getByRole('combobox', { name: 'What would you like to share?' }).fill(`Space ${word}`);
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('feed', { name: `Posts in ${name}` }).getByRole('article')).toHaveCount(1);

    const search = page.getByRole('search', { name: 'Search this space' });
    await search.getByRole('searchbox').fill(word);
    await search.getByRole('button', { name: 'Search' }).click();

    await expect(page.getByRole('heading', { level: 1, name: `Results for “${word}” in ${name}` })).toBeVisible();
    const found = page.getByRole('region', { name: 'Posts' }).getByRole('article');
    await expect(found).toHaveCount(1);
    await expect(found).toContainText(`Space ${word}`);
    await expectNoSeriousViolations(page);
    await page.getByRole('link', { name: 'Search the whole network instead' }).click();
    await expect(page.getByRole('region', { name: 'Posts' }).getByRole('article')).toHaveCount(2);
  });

  test('the spaces directory lists the demo company\'s spaces, in French too', async ({ page, visit }) => {
    await visit('/spaces');
    await expect(page.getByRole('list', { name: 'Spaces directory' }).getByRole('listitem').first()).toBeVisible();
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: /Français/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Espaces' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Rechercher un espace' })).toBeVisible();
  });
});
