import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { accessToken, ACCOUNTS, DEMO_PASSWORD, expect, expectNoSeriousViolations, fillSignInForm, test, unique } from './fixtures';

test.use({ locale: 'en-US' });

/** An 8 × 8 PNG, enough for the server to decode and re-encode. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGP438CAFWEXHbQSAKmzX8FBxi1QAAAAAElFTkSuQmCC',
  'base64',
);

interface BadgeView {
  id: string;
  kind: 'praise' | 'achievement';
  name: { fr: string; en: string };
  retired: boolean;
}

/** Calls the API as the person signed in on the page, with the access token the app keeps for its tab. */
async function apiAs(page: Page, request: APIRequestContext) {
  const headers = { Authorization: `Bearer ${await accessToken(page)}` };
  return {
    async me(): Promise<{ id: string; displayName: string }> {
      return (await (await request.get('/api/v1/identity/me', { headers })).json()) as { id: string; displayName: string };
    },
    async personNamed(name: string): Promise<{ id: string; displayName: string }> {
      const page = (await (await request.get('/api/v1/profiles', { headers, params: { search: name, limit: 5 } })).json()) as {
        items: { id: string; displayName: string }[];
      };
      const person = page.items.find((item) => item.displayName === name);
      expect(person, `${name} is in the directory`).toBeDefined();
      return person!;
    },
    async praiseBadge(): Promise<BadgeView> {
      const badges = (await (await request.get('/api/v1/recognition/badges', { headers })).json()) as BadgeView[];
      const offered = badges.find((badge) => badge.kind === 'praise' && !badge.retired);
      expect(offered, 'the demo catalogue has a praise badge').toBeDefined();
      return offered!;
    },
    async remaining(): Promise<number> {
      return ((await (await request.get('/api/v1/recognition/allowance', { headers })).json()) as { remaining: number }).remaining;
    },
    async praise(receiverId: string, badgeId: string, message: string): Promise<void> {
      const response = await request.post('/api/v1/recognition/praise', { headers, data: { receiverIds: [receiverId], badgeId, message, copyManagers: false } });
      expect(response.status()).toBe(201);
    },
  };
}

/** The demo employee, Oliver Brown, signed in in a browser context of their own. */
async function oliver(browser: Browser, locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto('/recognition');
  await fillSignInForm(page, ACCOUNTS.employee, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: /^(Recognition|Reconnaissance)$/ })).toBeVisible();
  return page;
}

/** A praise card; a profile page is an article itself, holding the praise its person received. */
function praiseCard(page: Page, message: string) {
  return page.getByRole('article', { name: /^Praise from / }).filter({ hasText: message });
}

test.describe('recognition', () => {
  test('a colleague praised from the wall sees it on the wall and on their profile', async ({ page, visit }) => {
    const message = unique('Thanks for untangling the release');
    await visit('/recognition');
    await page.getByRole('link', { name: 'Praise a colleague' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Praise a colleague' })).toBeVisible();
    await expect(page.getByText(/^\d+ praises? left this month$/)).toBeVisible();

    const search = page.getByRole('combobox', { name: 'Colleagues to praise' });
    await search.fill('Oliver Br');
    await expect(page.getByRole('option', { name: /^Oliver Brown/ })).toBeVisible();
    await search.press('Enter');
    await expect(page.getByRole('list', { name: 'Chosen colleagues' })).toContainText('Oliver Brown');
    const badge = page.getByRole('radio').first();
    const badgeName = (await badge.locator('xpath=..').locator('strong').textContent()) ?? '';
    await badge.check();
    await page.getByLabel('Message', { exact: true }).fill(message);
    await expectNoSeriousViolations(page);
    await page.getByRole('button', { name: 'Send the praise' }).click();

    await expect(page).toHaveURL('/recognition');
    await expect(page.getByText('Your praise is on the wall.')).toBeVisible();
    const card = praiseCard(page, message);
    await expect(card).toHaveAccessibleName(/^Praise from .+ to Oliver Brown$/);
    await expect(card).toContainText(badgeName);

    await card.getByRole('link', { name: 'Oliver Brown' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Oliver Brown');
    await expect(page.getByRole('region', { name: 'Praise received' })).toContainText(message);
    await expect(page.getByRole('region', { name: 'Badges' })).toContainText(badgeName);
    // Only the receiver may hide a praise from their profile.
    await expect(page.getByRole('button', { name: 'Hide from my profile' })).toHaveCount(0);
  });

  test('praise refused by the server, once the month\'s allowance is used up, shows its reason', async ({ page, visit, browser, request }) => {
    await visit('/recognition');
    const colleague = await (await apiAs(page, request)).me();
    const employee = await oliver(browser);
    const api = await apiAs(employee, request);
    const badge = await api.praiseBadge();
    for (let left = await api.remaining(); left > 0; left -= 1) {
      await api.praise(colleague.id, badge.id, unique('Thank you'));
    }

    await employee.goto(`/recognition/praise?to=${colleague.id}`);
    await expect(employee.getByText('You have no praise left this month', { exact: false })).toBeVisible();
    await expect(employee.getByRole('list', { name: 'Chosen colleagues' })).toContainText(colleague.displayName);
    await employee.getByRole('radio').first().check();
    await employee.getByLabel('Message', { exact: true }).fill('One more thank you');
    const refused = employee.waitForResponse((response) => response.url().endsWith('/api/v1/recognition/praise') && response.request().method() === 'POST');
    await employee.getByRole('button', { name: 'Send the praise' }).click();

    const response = await refused;
    expect(response.status()).toBe(422);
    const { detail } = (await response.json()) as { detail: string };
    expect(detail).toBeTruthy();
    await expect(employee.locator('.error-summary')).toContainText(detail);
    await expect(employee.locator('.error-summary')).toBeFocused();
    await employee.context().close();
  });

  test('an administrator creates a badge, gives it an image and retires it, after which the composer no longer offers it', async ({ page, visit }) => {
    const name = unique('Boldness');
    await visit('/admin/badges');
    await expect(page.getByText('Loading badges…')).toHaveCount(0);
    await page.getByLabel('Name in French').fill(`${name} fr`);
    await page.getByLabel('Name in English').fill(name);
    await page.getByLabel('Description in French').fill('Pour avoir osé.');
    await page.getByLabel('Description in English').fill('For daring.');
    await page.getByRole('combobox', { name: /^Company value/ }).fill('Innovation');
    await page.getByRole('radio', { name: 'Rocket' }).check();
    await page.getByRole('button', { name: 'Create the badge' }).click();
    await expect(page.getByText(`${name} is in the catalogue.`)).toBeVisible();

    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name }) });
    await item.getByLabel(`Choose an image for ${name} (PNG)`).setInputFiles({ name: 'badge.png', mimeType: 'image/png', buffer: PNG });
    const preview = item.getByRole('img', { name: `Current image of ${name}` });
    await expect(preview).toBeVisible();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expectNoSeriousViolations(page);

    await page.goto('/recognition/praise');
    await expect(page.getByRole('radio', { name: new RegExp(`^${name}`) })).toBeVisible();

    await page.goto('/admin/badges');
    await item.getByRole('button', { name: `Retire ${name}` }).click();
    await expect(item.getByRole('button', { name: `Reactivate ${name}` })).toBeVisible();
    await expect(item).toContainText('Retired');

    await page.goto('/recognition/praise');
    await expect(page.getByRole('radio').first()).toBeVisible();
    await expect(page.getByRole('radio', { name: new RegExp(`^${name}`) })).toHaveCount(0);
  });

  test('a receiver hides a praise from their profile, and others no longer see it there', async ({ page, visit, browser, request }) => {
    const message = unique('Thanks for the onboarding');
    await visit('/recognition');
    const admin = await apiAs(page, request);
    const receiver = await admin.personNamed('Oliver Brown');
    await admin.praise(receiver.id, (await admin.praiseBadge()).id, message);

    const employee = await oliver(browser);
    await employee.goto(`/people/${receiver.id}`);
    await praiseCard(employee, message).getByRole('button', { name: 'Hide from my profile' }).click();
    await expect(praiseCard(employee, message).getByRole('button', { name: 'Show on my profile' })).toBeVisible();
    await expect(praiseCard(employee, message)).toContainText('only you see it here');
    await employee.reload();
    await expect(praiseCard(employee, message).getByRole('button', { name: 'Show on my profile' })).toBeVisible();

    await page.goto(`/people/${receiver.id}`);
    await expect(page.getByRole('region', { name: 'Praise received' })).toBeVisible();
    await expect(praiseCard(page, message)).toHaveCount(0);
    // It stays on the wall.
    await page.goto('/recognition');
    await expect(praiseCard(page, message)).toBeVisible();
    await employee.context().close();
  });

  test('the demo company\'s praise is in the company stream too, each under its date, leading to the wall', async ({ page, visit }) => {
    await visit('/company');
    // Dated at the praise, hours or days before the demo's first start: not one the tests before just gave.
    const praise = page
      .getByRole('feed', { name: 'Company' })
      .getByRole('article')
      .filter({ hasText: 'See it on the recognition wall' })
      .filter({ hasNot: page.locator('time', { hasText: /second|minute/ }) })
      .first();
    // The tests before may have filled the first pages with their own posts: older pages come as a person scrolls.
    await expect
      .poll(async () => {
        if ((await praise.count()) === 0) {
          await page.getByRole('button', { name: 'Show more posts' }).click();
        }
        return praise.count();
      })
      .toBeGreaterThan(0);
    await expect(praise).toContainText('Praise');
    await praise.getByRole('link', { name: 'See it on the recognition wall' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/recognition/);
  });

  test.describe('in French', () => {
    test.use({ locale: 'fr-FR' });

    test('the wall, its filters and the composer speak French', async ({ page, visit }) => {
      await visit('/recognition');
      await expect(page.getByRole('heading', { level: 1, name: 'Reconnaissance' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Reconnaissance' })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('combobox', { name: "Valeur de l'entreprise" })).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Service des personnes félicitées' })).toBeVisible();
      await expect(page.getByText('Chargement des félicitations…')).toHaveCount(0);
      await expect(page.getByRole('list', { name: 'Félicitations' }).getByRole('article').first()).toHaveAccessibleName(/^Félicitations de .+ à .+$/);

      await page.getByRole('link', { name: 'Féliciter un·e collègue' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Féliciter un·e collègue' })).toBeVisible();
      await expect(page.getByText(/(félicitations? restantes? ce mois-ci|Vous n'avez plus de félicitations)/)).toBeVisible();
      await page.getByRole('button', { name: 'Envoyer les félicitations' }).click();
      await expect(page.locator('.error-summary')).toContainText('Choisissez au moins un·e collègue, et 10 au plus.');
    });
  });
});
