import { accessToken, expect, fillSignInForm, mainNavigation, test, unique } from './fixtures';

test.use({ locale: 'en-US' });

test('an external guest signs in, sees only the space they were invited to and takes part in it, in French', async ({ page, visit, browser, request }) => {
  // A whole journey: an invitation, a password, two people signed in.
  test.slow();
  await visit('/spaces');
  const headers = { Authorization: `Bearer ${await accessToken(page)}` };
  const stamp = Date.now().toString(36);
  const email = `partner.${stamp}@partner.example`;
  const invited = await request.post('/api/v1/identity/accounts', { headers, data: { email, displayName: `Paula Partenaire ${stamp}`, roles: ['Guest'] } });
  expect(invited.status()).toBe(201);
  const account = (await invited.json()) as { id: string; setPasswordLink: string };
  const spaceName = unique('Projet fournisseur');
  const space = (await (await request.post('/api/v1/spaces', { headers, data: { name: spaceName, visibility: 'private' } })).json()) as { id: string };
  // The guest's profile follows their account a moment later; until then there is nobody to invite.
  await expect
    .poll(async () => {
      const invitation = await request.post(`/api/v1/spaces/${space.id}/invitations`, { headers, data: { personIds: [account.id] } });
      return ((await invitation.json()) as { added: number }).added;
    })
    .toBe(1);
  const welcome = unique('Bienvenue dans le projet');
  expect((await request.post('/api/v1/activity/posts', { headers, data: { body: welcome, spaceId: space.id } })).status()).toBe(201);
  const companyNews = unique('Nouvelles internes');
  expect((await request.post('/api/v1/activity/posts', { headers, data: { body: companyNews } })).status()).toBe(201);

  const context = await browser.newContext({ locale: 'fr-FR' });
  const guest = await context.newPage();
  const errors: string[] = [];
  guest.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  const link = new URL(account.setPasswordLink);
  await guest.goto(`${link.pathname}${link.search}`);
  await guest.getByLabel('Nouveau mot de passe', { exact: true }).fill('Partenaire-2026-ok');
  await guest.getByLabel('Saisissez à nouveau le mot de passe').fill('Partenaire-2026-ok');
  await guest.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(guest.getByText('Votre mot de passe est enregistré.', { exact: false })).toBeVisible();

  await guest.goto('/');
  await fillSignInForm(guest, email, 'Partenaire-2026-ok');
  await expect(guest.getByText('Vous êtes invité : vous voyez les espaces auxquels vous avez été convié et vous y participez.')).toBeVisible();
  const navigation = mainNavigation(guest, 'fr');
  await expect(navigation.getByRole('link', { name: 'Espaces' })).toBeVisible();
  await expect(navigation.getByRole('link', { name: 'Personnes' })).toHaveCount(0);
  await expect(navigation.getByRole('link', { name: 'Reconnaissance' })).toHaveCount(0);
  await expect(guest.getByRole('article').filter({ hasText: welcome })).toBeVisible();
  await expect(guest.getByText(companyNews)).toHaveCount(0);
  await expect(guest.getByRole('combobox', { name: 'Que souhaitez-vous partager ?' })).toHaveCount(0);

  await navigation.getByRole('link', { name: 'Espaces' }).click();
  await expect(guest.getByText('Les espaces auxquels vous avez été invité.')).toBeVisible();
  await expect(guest.getByRole('list', { name: 'Annuaire des espaces' }).getByRole('listitem')).toHaveCount(1);
  await guest.getByRole('link', { name: spaceName }).click();
  // Without the company directory, mentions are completed from the space's members.
  const composer = guest.getByRole('combobox', { name: 'Que souhaitez-vous partager ?' });
  await composer.pressSequentially('@Jér');
  await guest.getByRole('option', { name: /Jérôme Roux/ }).click();
  await expect(composer).toHaveValue(/@\[Jérôme Roux\]\([0-9a-f-]+\) $/);
  const reply = unique('Voici le calendrier de livraison');
  await composer.pressSequentially(reply);
  await guest.getByRole('button', { name: 'Publier' }).click();
  const published = guest.getByRole('feed', { name: `Publications dans ${spaceName}` }).getByRole('article').filter({ hasText: reply });
  await expect(published.getByRole('link', { name: '@Jérôme Roux' })).toBeVisible();

  await guest.goto('/people');
  await expect(guest.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});
