import type { Browser, Page } from '@playwright/test';
import { ACCOUNTS, DEMO_PASSWORD, expect, expectNoSeriousViolations, fillSignInForm, test, unique } from './fixtures';

test.use({ locale: 'en-US' });

/** The demo employee, Oliver Brown, in a browser of their own, left on the spaces page. */
async function oliverElsewhere(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/spaces');
  await fillSignInForm(page, ACCOUNTS.employee, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Spaces' })).toBeVisible();
  return page;
}

function messagesLink(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: /^Messages/ });
}

/** The navigation's count of conversations with unread messages, 0 when it shows none. */
async function unreadConversations(page: Page): Promise<number> {
  const name = (await messagesLink(page).getAttribute('aria-label')) ?? '';
  return Number(/(\d+) unread/.exec(name)?.[1] ?? 0);
}

function conversation(page: Page) {
  return page.getByRole('region', { name: /^Messages with / });
}

test.describe('messages', () => {
  test('a colleague written to from their profile sees it arrive live, answers, the answer arrives live, and the question is kept unread', async ({ page, visit, browser }) => {
    const oliver = await oliverElsewhere(browser);
    await visit('/people?q=Oliver%20Brown');
    await page.getByRole('main').getByRole('link', { name: 'Oliver Brown' }).first().click();
    await page.getByRole('link', { name: 'Send a message' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Oliver Brown' })).toBeVisible();
    await expect(page).toHaveTitle(/Messages with Oliver Brown · /);

    const question = unique('Do you have a minute for the release notes?');
    await page.getByRole('textbox', { name: 'Your message' }).fill(question);
    await page.getByRole('textbox', { name: 'Your message' }).press('Control+Enter');
    await expect(conversation(page).getByRole('listitem').last()).toContainText(question);
    await expect(page.getByRole('textbox', { name: 'Your message' })).toHaveValue('');
    await expectNoSeriousViolations(page);

    // Oliver, on another page, sees the navigation count it without a reload (the demo left him one to read already).
    await expect.poll(() => unreadConversations(oliver)).toBe(2);
    await messagesLink(oliver).click();
    const entry = oliver.getByRole('list', { name: 'Your conversations' }).getByRole('listitem').filter({ hasText: 'Jérôme Roux' });
    await expect(entry).toContainText(question);
    await entry.getByRole('link', { name: 'Jérôme Roux' }).click();
    await expect(conversation(oliver).getByRole('listitem').last()).toContainText(question);
    await expect.poll(() => unreadConversations(oliver)).toBe(1);

    const answer = unique('Sure, after lunch');
    await oliver.getByRole('textbox', { name: 'Your message' }).fill(answer);
    await oliver.getByRole('button', { name: 'Send' }).click();
    await expect(conversation(page).getByRole('listitem').last()).toContainText(answer);
    // Each shown once: the answer to sending and the live message are the same message.
    await expect(conversation(page).getByRole('listitem').filter({ hasText: question })).toHaveCount(1);
    await expect(conversation(oliver).getByRole('listitem').filter({ hasText: answer })).toHaveCount(1);

    // Oliver keeps the question as a reminder: it waits again in his list and his count.
    await oliver.getByRole('button', { name: 'Mark as unread' }).click();
    await expect(oliver.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
    await expect(oliver.getByRole('list', { name: 'Your conversations' }).getByRole('listitem').filter({ hasText: 'Jérôme Roux' })).toContainText(
      '1 unread message',
    );
    await expect.poll(() => unreadConversations(oliver)).toBe(2);
    await oliver.context().close();
  });

  test('a colleague reading sees the sender typing, then fixing a message and deleting another, live, and reacts to it', async ({ page, visit, browser }) => {
    await visit('/messages');
    await page.getByRole('list', { name: 'Your conversations' }).getByRole('link', { name: 'Oliver Brown' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Oliver Brown' })).toBeVisible();

    const oliver = await oliverElsewhere(browser);
    await messagesLink(oliver).click();
    await oliver.getByRole('list', { name: 'Your conversations' }).getByRole('link', { name: 'Jérôme Roux' }).click();
    const typo = unique('The review is at 3 pm');
    const regret = unique('Bring the old budget');
    const typing = page.getByText('Oliver Brown is typing…');
    for (const text of [typo, regret]) {
      await oliver.getByRole('textbox', { name: 'Your message' }).fill(text);
      // The reader sees that an answer is on its way, until it arrives.
      await expect(typing).toBeVisible();
      await oliver.getByRole('button', { name: 'Send' }).click();
      await expect(conversation(page).getByRole('listitem').filter({ hasText: text })).toBeVisible();
      await expect(typing).toBeHidden();
    }

    const mine = conversation(oliver).getByRole('listitem').filter({ hasText: typo });
    await mine.getByRole('button', { name: 'Edit' }).click();
    const field = conversation(oliver).getByRole('textbox', { name: 'Edit your message' });
    await expect(field).toBeFocused();
    const fixed = typo.replace('3 pm', '4 pm');
    await field.fill(fixed);
    await field.press('Control+Enter');
    await expect(conversation(oliver).getByRole('listitem').filter({ hasText: fixed }).getByRole('button', { name: 'Edit' })).toBeFocused();
    const seen = conversation(page).getByRole('listitem').filter({ hasText: fixed });
    await expect(seen).toContainText('Edited');
    await expect(conversation(page).getByRole('listitem').filter({ hasText: typo })).toHaveCount(0);

    // The reader reacts to the fixed message, and the sender sees it at once.
    await seen.getByRole('button', { name: 'React' }).click();
    await seen.getByRole('group', { name: 'React to this message' }).getByRole('button', { name: 'Celebrate' }).click();
    await expect(seen.getByRole('button', { name: 'React' })).toBeFocused();
    await expect(seen.getByText('You reacted: Celebrate')).toBeAttached();
    await expect(conversation(oliver).getByRole('listitem').filter({ hasText: fixed }).getByText('Jérôme Roux reacted: Celebrate')).toBeAttached();

    const unwanted = conversation(oliver).getByRole('listitem').filter({ hasText: regret });
    await unwanted.getByRole('button', { name: 'Delete' }).click();
    await expect(unwanted.getByRole('group', { name: 'Delete' })).toContainText('Jérôme Roux will see that a message was deleted');
    await expectNoSeriousViolations(oliver);
    await unwanted.getByRole('group', { name: 'Delete' }).getByRole('button', { name: 'Delete' }).click();
    await expect(conversation(oliver).getByRole('listitem').last()).toHaveText(/This message was deleted\./);
    await expect(conversation(page).getByRole('listitem').last()).toHaveText(/This message was deleted\./);
    await expect(conversation(page).getByText(regret)).toHaveCount(0);
    await expect(conversation(page).getByRole('listitem').last().getByRole('button')).toHaveCount(0);

    await page.getByRole('link', { name: 'All messages' }).click();
    await expect(page.getByRole('list', { name: 'Your conversations' }).getByRole('listitem').first()).toContainText('Message deleted');
    await oliver.context().close();
  });

  test('a message reported by the person it was sent to is deleted from the moderation queue, and its sender is told', async ({ page, visit, browser }) => {
    const oliver = await oliverElsewhere(browser);
    await messagesLink(oliver).click();
    await oliver.getByRole('list', { name: 'Your conversations' }).getByRole('link', { name: 'Jérôme Roux' }).click();
    const rude = unique('Nobody reads your reports anyway');
    await oliver.getByRole('textbox', { name: 'Your message' }).fill(rude);
    await oliver.getByRole('button', { name: 'Send' }).click();
    await expect(conversation(oliver).getByRole('listitem').filter({ hasText: rude })).toBeVisible();

    await visit('/messages');
    await page.getByRole('list', { name: 'Your conversations' }).getByRole('link', { name: 'Oliver Brown' }).click();
    const received = conversation(page).getByRole('listitem').filter({ hasText: rude });
    await received.getByRole('button', { name: 'Report this message' }).click();
    await received.getByLabel('Why are you reporting this message?').fill('Disrespectful');
    await received.getByRole('button', { name: 'Send the report' }).click();
    await expect(received.getByRole('status')).toContainText('the moderators will look at it');

    await visit('/admin/moderation');
    const item = page.getByRole('region', { name: 'Reports waiting' }).getByRole('listitem').filter({ hasText: rude }).first();
    await expect(item).toContainText('Message from Oliver Brown');
    await expect(item.getByRole('button', { name: 'Hide' })).toHaveCount(0);
    await item.getByLabel('Reason for your decision').fill('Be respectful in messages too');
    await item.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText(rude)).toHaveCount(0);

    await oliver.reload();
    await expect(conversation(oliver).getByRole('listitem').last()).toHaveText(/This message was deleted\./);
    await oliver.getByRole('link', { name: /^Notifications/ }).first().click();
    await expect(oliver.getByRole('main').getByText('A moderator deleted your message').first()).toBeVisible();
    await oliver.context().close();
  });

  test("a conversation's notifications muted from its page are listed in the preferences, which lead back to it to unmute them", async ({ page, visit }) => {
    await visit('/people?q=Oliver%20Brown');
    await page.getByRole('main').getByRole('link', { name: 'Oliver Brown' }).first().click();
    await page.getByRole('link', { name: 'Send a message' }).click();
    await page.getByRole('textbox', { name: 'Your message' }).fill(unique('Muting this after'));
    await page.getByRole('button', { name: 'Send' }).click();
    const chat = page.url();

    await page.getByRole('button', { name: 'Mute notifications for this conversation' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You will no longer be notified about this conversation.' })).toBeVisible();
    await page.getByRole('link', { name: 'All messages' }).click();
    const listed = page.getByRole('list', { name: 'Your conversations' }).getByRole('listitem').filter({ hasText: 'Oliver Brown' });
    await expect(listed).toContainText('Notifications muted');
    await page.goto('/notifications/preferences');
    const muted = page.getByRole('region', { name: 'Muted conversations and spaces' }).getByRole('listitem').filter({ hasText: 'Oliver Brown' });
    await expect(muted).toContainText('Messages');
    await muted.getByRole('link', { name: 'Oliver Brown' }).click();
    await expect(page).toHaveURL(chat);

    await page.getByRole('button', { name: 'Unmute notifications for this conversation' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You will be notified about this conversation again.' })).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test('a message is found by searching its words without their accents, and the conversation opens on it', async ({ page, visit }) => {
    await visit('/people?q=Oliver%20Brown');
    await page.getByRole('main').getByRole('link', { name: 'Oliver Brown' }).first().click();
    await page.getByRole('link', { name: 'Send a message' }).click();
    const word = unique('salle');
    await page.getByRole('textbox', { name: 'Your message' }).fill(`The **Orléans** room is booked, ${word}`);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(conversation(page).getByRole('listitem').last()).toContainText(word);
    const chat = page.url();

    const box = page.getByRole('search', { name: 'Search the network' });
    await box.getByRole('searchbox').fill(`orleans ${word}`);
    await box.getByRole('searchbox').press('Enter');
    const found = page.getByRole('region', { name: 'Your messages' }).getByRole('listitem');
    await expect(found).toHaveCount(1);
    await expect(found.locator('mark')).toHaveText(['Orléans', ...word.split(' ')]);
    await expectNoSeriousViolations(page);
    await found.getByRole('link', { name: 'You wrote to Oliver Brown' }).click();
    await expect(page).toHaveURL(new RegExp(`^${chat}\\?at=[0-9a-f-]{36}$`));
    // The conversation opens on the message found, focused.
    await expect(conversation(page).getByRole('listitem').filter({ hasText: word })).toBeFocused();
  });

  test("a conversation is started from Messages by typing a colleague's name and choosing it with the keyboard", async ({ page, visit }) => {
    await visit('/messages');
    await expect(page.getByRole('list', { name: 'Your conversations' }).getByRole('listitem').first()).toBeVisible();
    const to = page.getByRole('combobox', { name: 'Write to' });
    await to.fill('Noël Lamb');
    await expect(page.getByRole('option', { name: /^Noël Lambert/ })).toBeVisible();
    await to.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Noël Lambert' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Your message' })).toBeVisible();
  });

  test('a post sent to a colleague in a message reaches them with its words, and opens from their conversation', async ({ page, visit, browser }) => {
    const oliver = await oliverElsewhere(browser);
    await visit('/');
    const words = unique('Budget review moved to Thursday');
    const composer = page.getByRole('form', { name: 'Write a post' });
    await composer.getByRole('combobox', { name: 'What would you like to share?' }).fill(words);
    await composer.getByRole('button', { name: 'Publish' }).click();
    const post = page.getByRole('feed').getByRole('article').filter({ hasText: words });

    await post.getByRole('button', { name: 'Send' }).click();
    const to = post.getByRole('combobox', { name: 'Send to' });
    await to.fill('Oliver Br');
    await expect(post.getByRole('option', { name: /^Oliver Brown/ })).toBeVisible();
    await to.press('Enter');
    await post.getByRole('textbox', { name: 'Add a message (optional)' }).fill('For your planning');
    await expectNoSeriousViolations(page);
    await post.getByRole('button', { name: 'Send to Oliver Brown' }).click();
    await expect(post.getByRole('status')).toHaveText('Sent to Oliver Brown. Open the conversation');

    // Oliver finds it waiting, reads the words and the post's, and opens the post from his conversation.
    await messagesLink(oliver).click();
    await oliver.getByRole('list', { name: 'Your conversations' }).getByRole('link', { name: 'Jérôme Roux' }).click();
    const sent = conversation(oliver).getByRole('listitem').last();
    await expect(sent).toContainText('For your planning');
    await expectNoSeriousViolations(oliver);
    await sent.getByRole('link', { name: new RegExp(`^Post by Jérôme Roux ${words}`) }).click();
    await expect(oliver.getByRole('main').getByText(words)).toBeVisible();
    await expect(oliver).toHaveURL(/\/posts\/[0-9a-f-]{36}$/);
    await oliver.context().close();

    await post.getByRole('link', { name: 'Open the conversation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Oliver Brown' })).toBeVisible();
    await expect(conversation(page).getByRole('listitem').last().getByRole('link', { name: new RegExp(`^Post by Jérôme Roux ${words}`) })).toBeVisible();
  });
});
