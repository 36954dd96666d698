import type { Page } from '@playwright/test';
import { expect, mainNavigation, test } from './fixtures';

test.use({ locale: 'en-US' });

function accountCard(page: Page, name: string) {
  return page.getByRole('list', { name: 'Accounts' }).getByRole('listitem').filter({
    has: page.getByRole('heading', { level: 3, name, exact: true }),
  });
}

test.describe('administrator', () => {
  test('invites a person, who chooses a password; then deactivates and reactivates them', async ({ page, visit, browser }) => {
    const stamp = Date.now();
    const name = `E2E Invitee ${stamp}`;
    const email = `e2e.invitee.${stamp}@example.com`;
    await visit('/admin');
    const invite = page.getByRole('region', { name: 'Invite a person' });

    await invite.getByLabel('Work e-mail address').fill(email);
    await invite.getByLabel('Name').fill(name);
    await invite.getByRole('button', { name: 'Invite' }).click();

    const link = invite.getByLabel('Link to choose a password');
    await expect(link).toHaveValue(/\/reset-password\?email=.+&token=.+/);
    const invitation = new URL(await link.inputValue());

    // The invitation link opens the page where the new person chooses a password. It is used before the
    // deactivation, which voids every link sent until then.
    const guest = await browser.newPage({ locale: 'en-US' });
    const guestErrors: string[] = [];
    guest.on('console', (message) => {
      if (message.type() === 'error') {
        guestErrors.push(message.text());
      }
    });
    await guest.goto(new URL(`${invitation.pathname}${invitation.search}`, page.url()).href);
    await guest.getByLabel('New password', { exact: true }).fill('Welcome-aboard-2026');
    await guest.getByLabel('Type the new password again').fill('Welcome-aboard-2026');
    await guest.getByRole('button', { name: 'Save the password' }).click();
    await expect(guest.getByText('Your password is saved. You can now sign in with it.')).toBeVisible();
    expect(guestErrors).toEqual([]);
    await guest.close();

    await page.getByRole('searchbox', { name: 'Search accounts by name or e-mail' }).fill(email);
    const card = accountCard(page, name);
    await expect(card).toContainText(email);
    await expect(card.getByText('Active', { exact: true })).toBeVisible();
    await expect(card.getByRole('checkbox', { name: 'Employee' })).toBeChecked();

    await card.getByRole('button', { name: 'Deactivate' }).click();
    await expect(card.getByText(`Deactivate the account of ${name}?`, { exact: false })).toBeFocused();
    await card.getByRole('button', { name: 'Yes, deactivate' }).click();
    await expect(card.getByText('Deactivated', { exact: true })).toBeVisible();
    await expect(card.getByRole('status')).toHaveText(`The account of ${name} is deactivated.`);

    await card.getByRole('button', { name: 'Reactivate' }).click();
    await card.getByRole('button', { name: 'Yes, reactivate' }).click();
    await expect(card.getByText('Active', { exact: true })).toBeVisible();
    await expect(card.getByRole('status')).toHaveText(`The account of ${name} is active again.`);

    await page.getByRole('navigation', { name: 'Administration sections' }).getByRole('link', { name: 'Audit log' }).click();
    const entries = page.getByRole('list', { name: 'Audit log entries' }).getByRole('listitem');
    await expect(entries.filter({ hasText: `reactivated the account of ${name}` })).toHaveCount(1);
    await expect(entries.filter({ hasText: `deactivated the account of ${name}` })).toHaveCount(1);
    await expect(entries.filter({ hasText: `invited ${name}` })).toContainText('Roles: Employee');
  });
});

test.describe('employee', () => {
  test.use({ account: 'employee' });

  test('does not see Admin', async ({ page, visit }) => {
    await visit('/');
    const nav = mainNavigation(page, 'en');
    await expect(nav.getByRole('link', { name: 'People' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Admin' })).toHaveCount(0);

    await visit('/admin');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Access denied');
    await expect(page.getByRole('region', { name: 'Invite a person' })).toHaveCount(0);
  });
});
