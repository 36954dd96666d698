import type { Browser, Page, WebSocketRoute } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ locale: 'en-US' });

/** An 8 × 8 PNG, enough for the server to decode and re-encode. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGP438CAFWEXHbQSAKmzX8FBxi1QAAAAAElFTkSuQmCC',
  'base64',
);

function unique(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}`;
}

function composer(page: Page) {
  return page.getByRole('form', { name: 'Write a post' });
}

function postBy(page: Page, text: string) {
  return page.getByRole('article').filter({ hasText: text });
}

/** The demo employee, Oliver Brown, signed in in a browser context of their own. */
async function signedInColleague(browser: Browser) {
  const other = await browser.newContext({ locale: 'en-US' });
  const colleague = await other.newPage();
  await colleague.goto('/');
  await colleague.getByLabel('E-mail address').fill('oliver.brown@demo.enterprisesocial.example');
  await colleague.getByLabel('Password').fill('enterprisesocial-demo');
  await colleague.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  return { other, colleague };
}

/** A hub message in the JSON protocol, with the fields the tests read. */
interface HubFrame {
  type?: number;
  target?: string;
  invocationId?: string;
  arguments?: string[];
  error?: string;
}

/** Hub messages in the JSON protocol, as the frames of one WebSocket message. */
function hubFrames(message: string | Buffer): HubFrame[] {
  return String(message).split('\x1e').filter(Boolean).map((frame) => JSON.parse(frame) as HubFrame);
}

/**
 * Opens the page's hub connections through the test, which passes every message on: the test can cut a
 * connection, and knows the keys the server has agreed to watch for the page.
 */
async function holdHub(page: Page) {
  const hub = { connections: [] as WebSocketRoute[], watching: new Set<string>() };
  await page.routeWebSocket(/\/hubs\/notifications/, (socket) => {
    const server = socket.connectToServer();
    hub.connections.push(socket);
    const asked = new Map<string, string>();
    socket.onMessage((message) => {
      for (const frame of hubFrames(message)) {
        if (frame.target === 'Watch' && frame.invocationId) {
          asked.set(frame.invocationId, frame.arguments?.[0] ?? '');
        }
      }
      server.send(message);
    });
    server.onMessage((message) => {
      for (const frame of hubFrames(message)) {
        if (frame.type === 3 && !frame.error && frame.invocationId && asked.has(frame.invocationId)) {
          hub.watching.add(asked.get(frame.invocationId)!);
        }
      }
      socket.send(message);
    });
  });
  return hub;
}

async function publish(page: Page, body: string) {
  await composer(page).getByRole('combobox').fill(body);
  await composer(page).getByRole('button', { name: 'Publish' }).click();
  await expect(postBy(page, body.replace(/[*_]/g, '')).first()).toBeVisible();
}

test.describe('writing posts', () => {
  test('a post with Markdown, a mention and a hashtag chosen from completion appears at the top of my home stream', async ({ page, visit }) => {
    const topic = unique('launch');
    await visit('/');
    const editor = composer(page).getByRole('combobox', { name: 'What would you like to share?' });

    await editor.fill('The **new site** is live, thanks ');
    await editor.pressSequentially('@olive');
    await expect(page.getByRole('option', { name: /Oliver Brown/ })).toBeVisible();
    await editor.press('Enter');
    await expect(editor).toHaveValue(/thanks @\[Oliver Brown\]\([0-9a-f-]{36}\) $/);
    await editor.pressSequentially(`#${topic}`);
    await composer(page).getByRole('button', { name: 'Publish' }).click();

    const post = page.getByRole('feed').getByRole('article').first();
    await expect(post.locator('strong')).toHaveText('new site');
    await expect(post.getByRole('link', { name: '@Oliver Brown' })).toHaveAttribute('href', /^\/people\//);
    await expect(editor).toHaveValue('');

    await post.getByRole('link', { name: `#${topic}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `#${topic}` })).toBeVisible();
    await expect(page.getByRole('feed').getByRole('article')).toHaveCount(1);
    await page.getByRole('button', { name: 'Follow this topic' }).click();
    await expect(page.getByRole('button', { name: 'Following' })).toHaveAttribute('aria-pressed', 'true');

    await visit('/');
    await composer(page).getByRole('combobox').pressSequentially(`Again #${topic.slice(0, -2)}`);
    await expect(page.getByRole('option', { name: `#${topic}` })).toBeVisible();
  });

  test("a post's link copied from its menu opens the post", async ({ page, visit }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await visit('/');
    const words = unique('Minutes of the works council');
    await composer(page).getByRole('combobox').fill(words);
    await composer(page).getByRole('button', { name: 'Publish' }).click();
    const post = page.getByRole('feed').getByRole('article').filter({ hasText: words });

    await post.getByText('More').click();
    await post.getByRole('button', { name: 'Copy link' }).click();
    await expect(post.getByRole('status')).toHaveText('Link copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/posts\/[0-9a-f-]{36}$/);
    await page.goto(link);
    await expect(page.getByRole('main').getByText(words)).toBeVisible();
  });

  test('the toolbar writes Markdown around the selection', async ({ page, visit }) => {
    await visit('/');
    const editor = composer(page).getByRole('combobox');
    await editor.fill('important');
    await editor.selectText();
    await composer(page).getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Bold' }).click();
    await expect(editor).toHaveValue('**important**');
  });

  test('what people type as HTML stays text and runs nothing', async ({ page, visit }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await visit('/');
    const payload = `<img src=x onerror=alert(1)> [click](javascript:alert(2)) ${unique('xss')}`;
    await composer(page).getByRole('combobox').fill(payload);
    await composer(page).getByRole('button', { name: 'Publish' }).click();
    const post = page.getByRole('feed').getByRole('article').first();
    await expect(post).toContainText('<img src=x onerror=alert(1)>');
    await expect(post.locator('.post__body img')).toHaveCount(0);
    await expect(post.locator('a[href^="javascript"]')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('an image and a file are attached; a file whose content lies is refused with the reason', async ({ page, visit, allowFailedRequest }) => {
    await visit('/');
    const body = unique('Attached ');
    const picker = composer(page).getByLabel('Attach images or files');
    await picker.setInputFiles([
      { name: 'chart.png', mimeType: 'image/png', buffer: PNG },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Meeting notes') },
    ]);
    await expect(composer(page).getByRole('list', { name: 'Attached files' }).getByRole('listitem')).toHaveCount(2);

    allowFailedRequest('/api/v1/activity/attachments', 422);
    await picker.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('<script>alert(1)</script>') });
    await expect(composer(page).getByRole('alert')).toContainText('photo.png cannot be attached');

    await composer(page).getByRole('combobox').fill(body);
    await composer(page).getByRole('button', { name: 'Publish' }).click();
    const post = postBy(page, body);
    const image = post.getByRole('img', { name: 'chart.webp' });
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(8);
    await expect(post.getByRole('link', { name: 'notes.txt' })).toHaveAttribute('download', 'notes.txt');
  });
});

test.describe('kinds of post', () => {
  test('a poll shows its results once I voted', async ({ page, visit }) => {
    await visit('/');
    const question = unique('Lunch place ');
    await composer(page).getByRole('radio', { name: 'Poll' }).check();
    await composer(page).getByRole('combobox', { name: 'Your poll question' }).fill(question);
    await composer(page).getByLabel('Option 1').fill('Canteen');
    await composer(page).getByLabel('Option 2').fill('Food trucks');
    await composer(page).getByRole('button', { name: 'Add an option' }).click();
    await composer(page).getByRole('textbox', { name: 'Option 3' }).fill('Picnic');
    await composer(page).getByRole('button', { name: 'Publish' }).click();

    const poll = postBy(page, question);
    await expect(poll.getByText('Poll', { exact: true })).toBeVisible();
    await expect(poll.getByText('0 people voted')).toBeVisible();
    await poll.getByRole('radio', { name: 'Food trucks' }).check();
    await poll.getByRole('button', { name: 'Vote' }).click();
    const results = poll.getByRole('list', { name: 'Results' });
    await expect(results.getByRole('listitem').filter({ hasText: 'Food trucks' })).toContainText('100 % · 1 vote');
    await expect(poll.getByText('1 person voted')).toBeVisible();
  });

  test('a question gets its best answer chosen by its author', async ({ page, visit }) => {
    await visit('/');
    const question = unique('Where is the style guide? ');
    await composer(page).getByRole('radio', { name: 'Question' }).check();
    await composer(page).getByRole('combobox', { name: 'Your question' }).fill(question);
    await composer(page).getByRole('button', { name: 'Publish' }).click();
    await postBy(page, question).getByRole('link', { name: 'No comments yet' }).click();
    // The feed may hold other unanswered questions: check the conversation's own post once it is open.
    await expect(page).toHaveURL(/\/posts\/[0-9a-f-]{36}$/);
    const asked = postBy(page, question);
    await expect(asked.getByText('Waiting for an answer')).toBeVisible();
    await page.getByRole('combobox', { name: 'Write a comment' }).fill('On the intranet, under Brand.');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    const answer = page.getByRole('listitem', { name: /^Comment by/ }).filter({ hasText: 'under Brand' });
    await answer.getByRole('button', { name: 'Mark as best answer' }).click();
    await expect(answer.getByText('Best answer')).toBeVisible();
    await expect(asked.getByText('Answered', { exact: true })).toBeVisible();
    // Under the question, for whoever comes back for the answer.
    await expect(page.getByRole('region', { name: 'Best answer' })).toContainText('On the intranet, under Brand.');
    await page.reload();
    await expect(page.getByRole('region', { name: 'Best answer' })).toContainText('On the intranet, under Brand.');
  });

  test('a must-read announcement is acknowledged by a reader and its author sees the read rate', async ({ page, visit, browser }) => {
    await visit('/');
    const text = unique('New security policy ');
    await composer(page).getByRole('radio', { name: 'Announcement' }).check();
    await composer(page).getByRole('combobox', { name: 'Your announcement' }).fill(text);
    await composer(page).getByRole('checkbox', { name: /Must read/ }).check();
    await composer(page).getByRole('button', { name: 'Publish' }).click();

    const announcement = postBy(page, text);
    await expect(announcement.getByText(/^Read by 0 of \d+ people$/)).toBeVisible();
    await expect(announcement.getByRole('button', { name: 'I have read this' })).toHaveCount(0);

    const { other, colleague } = await signedInColleague(browser);
    const received = postBy(colleague, text);
    await received.getByRole('button', { name: 'I have read this' }).click();
    await expect(received.getByText('You confirmed you read this.')).toBeVisible();
    await expect(received.getByText(/^Read by/)).toHaveCount(0);
    await other.close();

    await page.reload();
    await expect(postBy(page, text).getByText(/^Read by 1 of \d+ people$/)).toBeVisible();
  });
});

test.describe('scheduling', () => {
  test('a post scheduled for later waits on the scheduled page, where its time changes and it is cancelled', async ({ page, visit }) => {
    const body = unique('Quarterly town hall ');
    await visit('/');
    await composer(page).getByRole('combobox').fill(body);
    await composer(page).getByLabel('Publish later').check();
    const inTwoHours = new Date(Date.now() + 2 * 3_600_000);
    const local = new Date(inTwoHours.getTime() - inTwoHours.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await composer(page).getByLabel('Publication date and time').fill(local);
    await composer(page).getByRole('button', { name: 'Schedule' }).click();
    await composer(page).getByRole('link', { name: 'See your scheduled posts' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Scheduled posts' })).toBeVisible();
    const item = page.getByRole('listitem').filter({ hasText: body });
    await expect(item).toBeVisible();
    await visit('/company');
    await expect(page.getByRole('feed')).not.toContainText(body);

    await visit('/scheduled');
    const tomorrow = new Date(inTwoHours.getTime() + 24 * 3_600_000);
    await item.getByLabel('Publication date and time').fill(new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000).toISOString().slice(0, 16));
    await item.getByRole('button', { name: 'Change the time' }).click();
    await expect(item).toContainText(String(tomorrow.getDate()));
    await item.getByRole('button', { name: 'Cancel this post' }).click();
    await expect(page.getByText(body)).toHaveCount(0);
  });
});

test.describe('conversations', () => {
  test('I react, comment and reply; an edit stays visible in the history', async ({ page, visit }) => {
    await visit('/');
    const body = unique('Retro notes ');
    await publish(page, body);
    const post = postBy(page, body);

    await post.getByRole('button', { name: 'Celebrate' }).click();
    await expect(post.getByRole('button', { name: 'Celebrate' })).toHaveAttribute('aria-pressed', 'true');
    await expect(post.getByRole('button', { name: 'Celebrate' })).toContainText('1');
    await post.getByRole('button', { name: 'Insightful' }).click();
    await expect(post.getByRole('button', { name: 'Celebrate' })).toHaveAttribute('aria-pressed', 'false');

    await post.getByText('More').click();
    await post.getByRole('button', { name: 'Edit' }).click();
    await post.getByRole('combobox', { name: 'Edit your post' }).fill(`${body} (updated)`);
    await post.getByRole('button', { name: 'Save changes' }).click();
    await expect(post.locator('.post__body')).toHaveText(`${body} (updated)`);
    await post.getByRole('button', { name: 'Edited' }).click();
    await expect(post.getByRole('region', { name: 'Earlier versions' })).toContainText(body);

    await post.getByRole('link', { name: 'No comments yet' }).click();
    await page.getByRole('combobox', { name: 'Write a comment' }).fill('Great session');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    const comment = page.getByRole('listitem', { name: /^Comment by/ }).filter({ hasText: 'Great session' });
    await comment.getByRole('button', { name: 'Reply' }).click();
    await comment.getByRole('combobox', { name: /^Reply to/ }).fill('Agreed!');
    await comment.getByRole('button', { name: 'Reply', exact: true }).last().click();
    await expect(comment.getByRole('listitem').filter({ hasText: 'Agreed!' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '2 comments' })).toBeVisible();
  });

  test('an unsent post and an unsent comment wait while I look elsewhere and after a reload', async ({ page, visit }) => {
    await visit('/');
    const body = unique('Published later ');
    await publish(page, body);
    const halfPost = unique('Half a post for ');
    await composer(page).getByRole('combobox').fill(halfPost);
    await postBy(page, body).getByRole('link', { name: 'No comments yet' }).click();
    const comment = page.getByRole('combobox', { name: 'Write a comment' });
    await comment.fill('Half a comment');

    await page.getByRole('banner').getByRole('link', { name: 'People' }).click();
    await page.goBack();
    await expect(comment).toHaveValue('Half a comment');
    await page.reload();
    await expect(comment).toHaveValue('Half a comment');
    await page.getByRole('banner').getByRole('link', { name: 'Home' }).click();
    await expect(composer(page).getByRole('combobox')).toHaveValue(halfPost);
  });

  test('deleting my comment and my post asks first, and leaves tombstones that keep the conversation readable', async ({ page, visit }) => {
    await visit('/');
    const body = unique('Soon gone ');
    await publish(page, body);
    await postBy(page, body).getByRole('link', { name: 'No comments yet' }).click();
    await page.getByRole('combobox', { name: 'Write a comment' }).fill('A second thought');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    const comment = page.getByRole('listitem', { name: /^Comment by/ }).filter({ hasText: 'A second thought' });

    await comment.getByRole('button', { name: 'Delete' }).click();
    await expect(comment.getByText('Delete this comment? Its replies stay readable.')).toBeFocused();
    await comment.getByRole('group', { name: 'Delete' }).getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('listitem', { name: /^Comment by/ }).getByText('This comment was deleted.')).toBeVisible();

    const post = page.getByRole('article').first();
    await post.getByText('More', { exact: true }).click();
    await post.getByRole('button', { name: 'Delete' }).click();
    await expect(post.getByText('Delete this post? Its comments stay readable.')).toBeFocused();
    await post.getByRole('group', { name: 'Delete' }).getByRole('button', { name: 'Delete' }).click();
    await expect(post.getByText('This post was deleted.')).toBeVisible();

    await page.reload();
    await expect(page.getByRole('article').first().getByText('This post was deleted.')).toBeVisible();
    await expect(page.getByRole('listitem', { name: /^Comment by/ }).getByText('This comment was deleted.')).toBeVisible();
    await expect(page.getByText(body)).toHaveCount(0);
  });

  test('a saved post is in my saved items, and a muted conversation can be unmuted', async ({ page, visit }) => {
    await visit('/');
    const body = unique('Keep this ');
    await publish(page, body);
    await postBy(page, body).getByRole('button', { name: 'Save' }).click();
    await expect(postBy(page, body).getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('navigation', { name: 'Streams' }).getByRole('link', { name: 'Saved' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Saved posts' })).toBeVisible();
    await expect(postBy(page, body)).toBeVisible();

    await postBy(page, body).getByText('More').click();
    await postBy(page, body).getByRole('button', { name: 'Mute this conversation' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You muted this conversation.' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Streams' }).getByRole('link', { name: 'Muted' }).click();
    const muted = page.getByRole('listitem').filter({ hasText: 'A conversation' });
    await muted.getByRole('button', { name: 'Unmute' }).click();
    await expect(muted).toHaveCount(0);
  });

  test('a company post is shared into one of my spaces with my words, and read there', async ({ page, visit }) => {
    await visit('/');
    const original = unique('Share me ');
    await publish(page, original);
    await postBy(page, original).getByRole('button', { name: 'Share' }).click();
    const where = postBy(page, original).getByRole('combobox', { name: 'Share with' });
    await expect(where.getByRole('option')).not.toHaveCount(1);
    const space = (await where.getByRole('option').nth(1).textContent())!;
    const spaceId = await where.getByRole('option').nth(1).getAttribute('value');
    await where.selectOption({ label: space });
    const words = unique('Worth a read ');
    await postBy(page, original).getByRole('combobox', { name: 'Add your own words (optional)' }).fill(words);
    await postBy(page, original).getByRole('button', { name: `Share in ${space}` }).click();
    await expect(postBy(page, original).getByRole('status')).toHaveText(`Shared in ${space}.`);

    await page.goto(`/spaces/${spaceId}`);
    await expect(page.getByRole('heading', { level: 1, name: space })).toBeVisible();
    const share = postBy(page, words);
    await expect(share).toBeVisible();
    await expect(share.getByText(original)).toBeVisible();
  });

  test('the company stream loads older posts as I scroll', async ({ page, visit }) => {
    await visit('/company');
    const posts = page.getByRole('feed', { name: 'Company' }).getByRole('article');
    await expect(posts).toHaveCount(20);
    await page.getByRole('button', { name: 'Show more posts' }).scrollIntoViewIfNeeded();
    await expect.poll(() => posts.count()).toBeGreaterThan(20);
  });
});

test.describe('live updates', () => {
  test('a post written in another browser is announced, and reactions count live', async ({ page, visit, browser }) => {
    const hub = await holdHub(page);
    await visit('/company');
    await expect(page.getByRole('feed', { name: 'Company' }).getByRole('article').first()).toBeVisible();
    await expect.poll(() => hub.watching.has('activity:company')).toBe(true);

    const { other, colleague } = await signedInColleague(browser);
    const body = unique('Hello from the other side ');
    await publish(colleague, body);

    await page.getByRole('button', { name: '1 new post — show it' }).click();
    const arrived = postBy(page, body);
    await expect(arrived).toBeVisible();
    const postId = (await arrived.locator('a[href^="/posts/"]').first().getAttribute('href'))!.split('/').pop();
    await expect.poll(() => hub.watching.has(`activity:post:${postId}`)).toBe(true);

    await postBy(colleague, body).getByRole('button', { name: 'Support' }).click();
    await expect(arrived.getByRole('button', { name: 'Support' })).toContainText('1');
    await arrived.getByRole('button', { name: 'Who reacted' }).click();
    await expect(arrived.getByRole('list', { name: 'Who reacted' }).getByRole('listitem')).toHaveText(/^OBOliver Brown — \s*Support$/);
    // Open, it follows the counts: a second reaction is listed as it is counted.
    await arrived.getByRole('button', { name: 'Like' }).click();
    await expect(arrived.getByRole('list', { name: 'Who reacted' }).getByRole('listitem')).toHaveCount(2);
    await other.close();
  });

  test('what changed while the connection was lost is caught up once it is back', async ({ page, visit, browser, allowOffline }) => {
    // Going offline leaves an open WebSocket alone, so the test holds the hub connection to cut it.
    const hub = await holdHub(page);
    await visit('/company');
    await expect(page.getByRole('feed', { name: 'Company' }).getByRole('article').first()).toBeVisible();
    await expect.poll(() => hub.watching.has('activity:company')).toBe(true);
    const { other, colleague } = await signedInColleague(browser);
    const shown = unique('Shown before the connection was lost ');
    await publish(colleague, shown);
    await page.getByRole('button', { name: '1 new post — show it' }).click();
    await expect(postBy(page, shown)).toBeVisible();

    allowOffline();
    await page.context().setOffline(true);
    await hub.connections[0].close();
    const body = unique('Written while you were away ');
    await publish(colleague, body);
    await postBy(colleague, shown).getByRole('button', { name: 'Support' }).click();
    await expect(postBy(colleague, shown).getByRole('button', { name: 'Support' })).toContainText('1');
    await page.context().setOffline(false);

    // The client tries to reconnect after 0, 2, 10 and 30 seconds; the hints themselves were never sent to it.
    await expect(postBy(page, shown).getByRole('button', { name: 'Support' })).toContainText('1', { timeout: 45_000 });
    await page.getByRole('button', { name: 'New posts may have arrived — refresh' }).click();
    await expect(postBy(page, body)).toBeVisible();
    expect(hub.connections.length).toBeGreaterThan(1);
    await other.close();
  });
});

test.describe('en français', () => {
  test.use({ locale: 'fr-FR' });

  test('le compositeur et les fils sont en français', async ({ page, visit }) => {
    await visit('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Que souhaitez-vous partager ?' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Sondage' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Fils' }).getByRole('link', { name: 'Entreprise' }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Fil de l'entreprise" })).toBeVisible();
    const like = page.getByRole('feed').getByRole('article').first().getByRole('button', { name: "J'aime" });
    await expect(like).toBeVisible();
    // Drawn by the app, not left to an emoji font the machine may lack.
    await expect(like.locator('svg')).toBeVisible();
    expect(await like.locator('svg path').count()).toBeGreaterThan(0);
  });
});
