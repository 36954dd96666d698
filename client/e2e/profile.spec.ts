import { expect, test } from './fixtures';

test.use({ locale: 'en-US' });

/** An 8 × 8 PNG, enough for the server to decode and re-encode. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGP438CAFWEXHbQSAKmzX8FBxi1QAAAAAElFTkSuQmCC',
  'base64',
);

test.describe('my profile', () => {
  test.describe.configure({ mode: 'serial' });

  test('I edit my profile and see it rendered, Markdown included', async ({ page, visit }) => {
    const pronouns = `they/them ${Date.now() % 1000}`;
    await visit('/people/me/edit');

    await expect(page.getByLabel('Job title')).toBeDisabled();
    await page.getByLabel('Pronouns').fill(pronouns);
    await page.getByLabel('Skills').fill('TypeScript, Accessibility');
    await page.getByLabel('About me').fill('I love **cycling** to work.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Your profile is saved.')).toBeVisible();

    await page.getByRole('link', { name: 'See my profile' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`(${pronouns})`);
    await expect(page.getByRole('region', { name: 'About' }).locator('strong')).toHaveText('cycling');
    await expect(page.getByText('Accessibility', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit my profile' })).toBeVisible();
  });

  test('my name in the top bar opens my profile, and /people/me leads there too', async ({ page, visit }) => {
    await visit('/');
    await page.getByRole('banner').getByRole('link', { name: 'Jérôme Roux' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Jérôme Roux');
    await expect(page.getByRole('link', { name: 'Edit my profile' })).toBeVisible();
    const mine = page.url();

    await page.goto('/people/me');
    await expect(page).toHaveURL(mine);
    await expect(page.getByRole('link', { name: 'Edit my profile' })).toBeVisible();
  });

  test('I upload a photo, and a file that is not an image is refused with the reason', async ({ page, visit, allowFailedRequest }) => {
    await visit('/people/me/edit');
    const photo = page.getByRole('region', { name: 'Photo' });

    await page.getByLabel('Choose a photo').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG });
    const image = photo.locator('img.avatar');
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(256);

    allowFailedRequest('/api/v1/profiles/me/avatar', 422);
    await page.getByLabel('Choose a photo').setInputFiles({ name: 'evil.png', mimeType: 'image/png', buffer: Buffer.from('<script>alert(1)</script>') });
    await expect(photo.getByRole('alert')).toHaveText('Only PNG, JPEG and WebP images are accepted.');
  });
});

test.describe('profile fields chosen by administrators', () => {
  test.describe.configure({ mode: 'serial' });

  test('a field taken from employees is read-only in the edit form until it is given back', async ({ page, visit }) => {
    await visit('/admin/profile-fields');
    const pronouns = page.getByRole('checkbox', { name: 'Pronouns' });
    await expect(pronouns).toBeChecked();
    await pronouns.uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toHaveText('The profile fields are saved.');

    await page.goto('/people/me/edit');
    await expect(page.getByLabel('Pronouns')).toBeDisabled();

    await page.goto('/admin/profile-fields');
    await page.getByRole('checkbox', { name: 'Pronouns' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toHaveText('The profile fields are saved.');
    await page.goto('/people/me/edit');
    await expect(page.getByLabel('Pronouns')).toBeEnabled();
  });
});

test.describe('mon profil', () => {
  test.use({ locale: 'fr-FR' });

  test('le formulaire est en français', async ({ page, visit }) => {
    await visit('/people/me/edit');
    await expect(page.getByRole('heading', { level: 1, name: 'Modifier mon profil' })).toBeVisible();
    await expect(page.getByLabel('Intitulé de poste')).toBeDisabled();
    await expect(page.getByText("Vient de l'annuaire de l'entreprise.").first()).toBeVisible();
  });

  test("un fichier qui n'est pas une image est refusé avec la raison du serveur, en français", async ({ page, visit, allowFailedRequest }) => {
    await visit('/people/me/edit');
    allowFailedRequest('/api/v1/profiles/me/avatar', 422);
    await page.getByLabel('Choisir une photo').setInputFiles({ name: 'evil.png', mimeType: 'image/png', buffer: Buffer.from('<script>alert(1)</script>') });
    await expect(page.getByRole('region', { name: 'Photo' }).getByRole('alert')).toHaveText('Seules les images PNG, JPEG et WebP sont acceptées.');
  });
});
