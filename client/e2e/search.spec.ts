import type { Page } from '@playwright/test';
import { expect, expectNoSeriousViolations, test } from './fixtures';

/** A word no demo post holds, so that a search finds exactly the post written here. */
function unique(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}`;
}

const TEXTS = {
  en: {
    composer: 'Write a post',
    publish: 'Publish',
    landmark: 'Search the network',
    field: 'Search people, spaces, files, posts and your messages',
    results: (q: string) => `Results for “${q}”`,
    people: 'People',
    posts: 'Posts',
    files: 'Files',
    attach: 'Attach images or files',
    attached: 'Attached files',
    open: 'Open the post',
    unmatched: 'No one matches. No space matches. No file matches. None of your messages matches.',
    noSpace: 'No space matches.',
  },
  fr: {
    composer: 'Écrire une publication',
    publish: 'Publier',
    landmark: 'Rechercher dans le réseau',
    field: 'Rechercher des personnes, des espaces, des fichiers, des publications et vos messages',
    results: (q: string) => `Résultats pour « ${q} »`,
    people: 'Personnes',
    posts: 'Publications',
    files: 'Fichiers',
    attach: 'Joindre des images ou des fichiers',
    attached: 'Fichiers joints',
    open: 'Ouvrir la publication',
    unmatched: 'Personne ne correspond. Aucun espace ne correspond. Aucun fichier ne correspond. Aucun de vos messages ne correspond.',
    noSpace: 'Aucun espace ne correspond.',
  },
} as const;

type Texts = (typeof TEXTS)[keyof typeof TEXTS];

async function publish(page: Page, texts: Texts, body: string) {
  const composer = page.getByRole('form', { name: texts.composer });
  // A stream still loading would replace the post published meanwhile with its first page.
  await expect(page.getByRole('feed').getByRole('article').first()).toBeVisible();
  await composer.getByRole('combobox').fill(body);
  await composer.getByRole('button', { name: texts.publish }).click();
  await expect(page.getByRole('feed').getByRole('article').filter({ hasText: body }).first()).toBeVisible();
}

async function search(page: Page, texts: Texts, words: string) {
  const box = page.getByRole('search', { name: texts.landmark });
  await box.getByRole('searchbox', { name: texts.field }).fill(words);
  await box.getByRole('searchbox', { name: texts.field }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: texts.results(words) })).toBeVisible();
}

for (const [language, locale] of [
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const) {
  test.describe(`search (${language})`, () => {
    test.use({ locale });
    const texts = TEXTS[language];

    test('a post is found without its accents or capitals, marked, and opens its conversation', async ({ page, visit }) => {
      const word = unique('orleans');
      await visit('/');
      await publish(page, texts, `Réunion du Comité à Orléans ${word}`);

      await search(page, texts, `reunion COMITE ${word}`);
      const posts = page.getByRole('region', { name: texts.posts });
      const result = posts.getByRole('article');
      await expect(result).toHaveCount(1);
      await expect(result.locator('mark')).toHaveText(['Réunion', 'Comité', word]);
      // The kinds that matched nothing are one line after the post, not headings above it.
      await expect(page.getByText(texts.unmatched, { exact: true })).toBeVisible();
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([texts.posts]);
      await expectNoSeriousViolations(page);

      await result.getByRole('link', { name: texts.open }).click();
      await expect(page).toHaveURL(/\/posts\/[0-9a-f-]{36}$/);
      await expect(page.getByRole('article').filter({ hasText: `Réunion du Comité à Orléans ${word}` }).first()).toBeVisible();
    });

    test('a file shared in a post is found by its name without accents, downloads, and leads to its post', async ({ page, visit }) => {
      const word = unique('bilan');
      const name = `Compte-rendu Réunion ${word}.txt`;
      await visit('/');
      const composer = page.getByRole('form', { name: texts.composer });
      await composer.getByLabel(texts.attach).setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from('Minutes') });
      await expect(composer.getByRole('list', { name: texts.attached }).getByRole('listitem')).toHaveCount(1);
      await publish(page, texts, `Minutes attached ${word}`);

      await search(page, texts, `reunion ${word}`);
      const files = page.getByRole('region', { name: texts.files });
      const download = files.getByRole('link', { name });
      await expect(download).toHaveAttribute('download', name);
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      expect(file.suggestedFilename()).toBe(name);
      await expectNoSeriousViolations(page);

      await files.getByRole('link', { name: `Minutes attached ${word}` }).click();
      await expect(page).toHaveURL(/\/posts\/[0-9a-f-]{36}$/);
    });

    test('people and spaces are found beside posts and lead to their pages', async ({ page, visit }) => {
      await visit('/');
      await search(page, texts, 'oliver brown');
      const person = page.getByRole('region', { name: texts.people }).getByRole('link', { name: 'Oliver Brown' });
      await expect(person).toBeVisible();
      await expect(page.getByText(texts.noSpace)).toBeVisible();
      await person.click();
      await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Oliver Brown' })).toBeVisible();
    });
  });
}
