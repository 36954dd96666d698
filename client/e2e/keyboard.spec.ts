import { NAV_LINKS, expect, mainNavigation, tabTo, test } from './fixtures';

test.use({ locale: 'en-US' });

test('the first Tab reaches the skip link, which moves focus to main', async ({ page, visit }) => {
  await visit('/');

  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to content' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('navigation links are reachable with Tab and follow with Enter', async ({ page, visit }) => {
  await visit('/');
  const nav = mainNavigation(page, 'en');

  for (const name of NAV_LINKS.en) {
    await tabTo(page, nav.getByRole('link', { name }));
  }

  await visit('/');
  const people = nav.getByRole('link', { name: 'People' });
  await tabTo(page, people);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/people');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
  await expect(page.locator('main#main')).toBeFocused();
});

test('focused controls show a visible outline', async ({ page, visit }) => {
  await visit('/');
  const people = mainNavigation(page, 'en').getByRole('link', { name: 'People' });
  await tabTo(page, people);

  const outline = await people.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).toBe('solid');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('a file button takes the focus of its hidden input and shows it', async ({ page, visit }) => {
  await visit('/people/me/edit');
  const input = page.getByLabel('Choose a photo');
  await tabTo(page, input, 40);

  const outline = await page.locator('label', { hasText: 'Choose a photo' }).evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).toBe('solid');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});
