import type { APIRequestContext, Browser, Page, WebSocketRoute } from '@playwright/test';
import { accessToken, ACCOUNTS, DEMO_PASSWORD, expect, expectNoSeriousViolations, fillSignInForm, test, unique } from './fixtures';

test.use({ locale: 'en-US' });

/** The demo employee, Oliver Brown, signed in in a browser context of their own; the API is called with their token. */
async function colleague(browser: Browser, request: APIRequestContext) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/spaces');
  await fillSignInForm(page, ACCOUNTS.employee, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Spaces' })).toBeVisible();
  const headers = { Authorization: `Bearer ${await accessToken(page)}` };
  return {
    /** Publishes a company post mentioning someone, which notifies them. */
    async mention(person: { id: string; displayName: string }, text: string) {
      const response = await request.post('/api/v1/activity/posts', { headers, data: { body: `${text} @[${person.displayName}](${person.id})` } });
      expect(response.status()).toBe(201);
    },
    /** Comments on a post of their own, mentioning someone in the comment; answers the post's text. */
    async mentionInComment(person: { id: string; displayName: string }, text: string): Promise<string> {
      const postText = unique('Notes from the offsite');
      const post = await request.post('/api/v1/activity/posts', { headers, data: { body: postText } });
      const { id } = (await post.json()) as { id: string };
      const comment = await request.post(`/api/v1/activity/posts/${id}/comments`, { headers, data: { body: `${text} @[${person.displayName}](${person.id})` } });
      expect(comment.status()).toBe(201);
      return postText;
    },
    close: () => context.close(),
  };
}

async function signedInPerson(page: Page, request: APIRequestContext): Promise<{ id: string; displayName: string }> {
  const response = await request.get('/api/v1/identity/me', { headers: { Authorization: `Bearer ${await accessToken(page)}` } });
  return (await response.json()) as { id: string; displayName: string };
}

function bell(page: Page) {
  return page.getByRole('banner').getByRole('link', { name: /^Notifications, / });
}

async function unreadCount(page: Page): Promise<number> {
  const label = (await bell(page).getAttribute('aria-label')) ?? '';
  return Number(/(\d+)/.exec(label)?.[1] ?? 0);
}

function entry(page: Page, text: string) {
  return page.getByRole('list', { name: 'Your notifications' }).getByRole('listitem').filter({ hasText: text });
}

/** Set on the page's window: still there afterwards means the page was never reloaded. */
async function markPage(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));
  return () => page.evaluate(() => 'notReloaded' in window);
}

test.describe('notifications', () => {
  test('a mention from a colleague rings the bell live and appears at the top of the centre without reload', async ({ page, visit, browser, request }) => {
    await visit('/notifications');
    await expect(bell(page)).toBeVisible();
    await expect(page.getByText('Loading notifications…')).toHaveCount(0);
    const before = await unreadCount(page);
    const stillLoaded = await markPage(page);
    const me = await signedInPerson(page, request);
    const oliver = await colleague(browser, request);

    // The mention comes with its hint: the page asks for no changes, and says within seconds what it showed.
    const changesAsked: string[] = [];
    page.on('request', (sent) => sent.url().includes('/api/v1/notifications/changes') && changesAsked.push(sent.url()));
    const acknowledged = page.waitForRequest((sent) => sent.method() === 'POST' && sent.url().endsWith('/api/v1/notifications/seen'));
    const text = unique('Can you review the budget?');
    await oliver.mention(me, text);

    await expect(entry(page, text)).toContainText('Oliver Brown mentioned you in a post');
    await expect(page.getByRole('list', { name: 'Your notifications' }).getByRole('listitem').first()).toContainText(text);
    await expect.poll(() => unreadCount(page)).toBeGreaterThan(before);
    // A tab left in the background shows it too.
    await expect(page).toHaveTitle(`(${await unreadCount(page)}) Notifications · EnterpriseSocial`);
    expect(await stillLoaded()).toBe(true);
    await acknowledged;
    expect(changesAsked).toEqual([]);
    await oliver.close();
  });

  test('turned on in the preferences, a mention arriving while the tab is in the background shows on the screen and opens its post', async ({ page, visit, browser, request, context }) => {
    await context.grantPermissions(['notifications']);
    // What the page asks the browser to show, recorded on its way; the browser's own Notification does the rest.
    await page.addInitScript(() => {
      const shown: { title: string; tag?: string; opened: () => void }[] = [];
      const Real = window.Notification;
      const recorded = new Proxy(Real, {
        construct(target, args: [string, NotificationOptions?]) {
          const made = new target(...args);
          shown.push({ title: args[0], tag: args[1]?.tag, opened: () => void made.onclick?.(new Event('click')) });
          return made;
        },
        get: (target, name) => {
          const value: unknown = Reflect.get(target, name);
          return typeof value === 'function' ? (value.bind(target) as unknown) : value;
        },
      });
      Object.assign(window, { Notification: recorded, shownOnScreen: shown });
    });
    await visit('/notifications/preferences');
    // Ticked once the browser has answered its permission request, not at the click itself.
    await page.getByRole('checkbox', { name: 'Show notifications on this screen' }).click();
    await expect(page.getByRole('checkbox', { name: 'Show notifications on this screen' })).toBeChecked();
    const me = await signedInPerson(page, request);
    const oliver = await colleague(browser, request);
    await page.evaluate(() => Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' }));

    await oliver.mention(me, unique('Seen from afar'));

    const titles = () => page.evaluate(() => (window as unknown as { shownOnScreen: { title: string }[] }).shownOnScreen.map((shown) => shown.title));
    await expect.poll(titles).toEqual(['Oliver Brown mentioned you in a post']);
    await page.evaluate(() => (window as unknown as { shownOnScreen: { opened: () => void }[] }).shownOnScreen[0].opened());
    await expect(page).toHaveURL(/\/posts\/[0-9a-f-]{36}$/);
    await oliver.close();
  });

  test('a mention in a comment opens its conversation with that comment above it', async ({ page, visit, browser, request }) => {
    await visit('/notifications');
    const me = await signedInPerson(page, request);
    const oliver = await colleague(browser, request);
    const text = unique('Can you check these figures?');
    const postText = await oliver.mentionInComment(me, text);

    await entry(page, postText).getByRole('link', { name: 'Oliver Brown mentioned you in a comment' }).click();
    await expect(page).toHaveURL(/\/posts\/[0-9a-f-]{36}\?comment=[0-9a-f-]{36}$/);
    await expect(page.getByRole('region', { name: 'The comment in question' })).toContainText(text);
    await oliver.close();
  });

  test('the live connection carries a short ticket in its address, never the access token', async ({ page, visit }) => {
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await visit('/notifications');
    await expect.poll(() => sockets.filter((url) => new URL(url).pathname === '/hubs/notifications').length).toBeGreaterThan(0);

    const address = new URL(sockets.find((url) => new URL(url).pathname === '/hubs/notifications')!);
    const ticket = address.searchParams.get('access_token') ?? '';
    expect(ticket.length).toBeGreaterThan(0);
    expect(ticket.length).toBeLessThan(120);
    expect(address.href).not.toContain(await accessToken(page));
  });

  test('after the connection was lost, every notification raised meanwhile shows exactly once', async ({ page, visit, browser, request, allowOffline }) => {
    // Going offline leaves an open WebSocket alone, so the test holds the hub connection to cut it.
    const hubConnections: WebSocketRoute[] = [];
    await page.routeWebSocket(/\/hubs\/notifications/, (socket) => {
      socket.connectToServer();
      hubConnections.push(socket);
    });
    await visit('/notifications');
    await expect(page.getByText('Loading notifications…')).toHaveCount(0);
    await expect.poll(() => hubConnections.length).toBe(1);
    const me = await signedInPerson(page, request);
    const oliver = await colleague(browser, request);
    const texts = [unique('Offline one'), unique('Offline two'), unique('Offline three')];

    allowOffline();
    await page.context().setOffline(true);
    await hubConnections[0].close();
    for (const text of texts) {
      await oliver.mention(me, text);
    }
    await page.context().setOffline(false);

    // The client tries to reconnect after 0, 2, 10 and 30 seconds.
    await expect(entry(page, texts[0])).toHaveCount(1, { timeout: 45_000 });
    for (const text of texts) {
      await expect(entry(page, text)).toHaveCount(1);
    }
    expect(hubConnections.length).toBeGreaterThan(1);
    await expect(entry(page, texts[2])).toContainText('Oliver Brown mentioned you in a post');
    await oliver.close();
  });

  test('an entry is marked read by opening it, unread again, and everything read at once', async ({ page, visit, browser, request }) => {
    await visit('/notifications');
    const me = await signedInPerson(page, request);
    const oliver = await colleague(browser, request);
    const opened = unique('Open me');
    const other = unique('Read me later');
    await oliver.mention(me, opened);
    await oliver.mention(me, other);
    await expect(entry(page, other)).toBeVisible();

    // The mark is sent as the link opens; the centre shown again loads after it.
    const marked = page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().endsWith('/read'));
    await entry(page, opened).getByRole('link', { name: 'Oliver Brown mentioned you in a post' }).click();
    await expect(page).toHaveURL(/\/posts\/[0-9a-f-]{36}$/);
    expect((await marked).status()).toBe(204);
    await page.goBack();
    await expect(entry(page, opened).getByRole('button', { name: 'Mark as unread' })).toBeVisible();

    await expectNoSeriousViolations(page);

    await entry(page, opened).getByRole('button', { name: 'Mark as unread' }).click();
    await expect(entry(page, opened).getByRole('button', { name: 'Mark as read' })).toBeVisible();
    await page.getByRole('radio', { name: 'Unread only' }).check();
    await expect(entry(page, opened)).toBeVisible();

    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await expect(page.getByRole('status')).toHaveText('Every notification is marked as read.');
    await expect(bell(page)).toHaveAttribute('aria-label', 'Notifications, none unread');
    await page.reload();
    await expect(page.getByText('No notification matches these filters.')).toBeVisible();
    await oliver.close();
  });

  test('entries read in another window of the same person show as read here without a reload', async ({ page, visit, browser, request }) => {
    await visit('/notifications');
    const me = await signedInPerson(page, request);
    const oliver = await colleague(browser, request);
    const text = unique('Read elsewhere');
    await oliver.mention(me, text);
    await expect(entry(page, text).getByRole('button', { name: 'Mark as read' })).toBeVisible();
    const notReloaded = await markPage(page);

    const elsewhere = await page.context().newPage();
    await elsewhere.goto('/notifications');
    await expect(elsewhere.getByRole('list', { name: 'Your notifications' }).getByRole('listitem').filter({ hasText: text })).toBeVisible();
    await elsewhere.getByRole('button', { name: 'Mark all as read' }).click();
    await expect(elsewhere.getByRole('status')).toHaveText('Every notification is marked as read.');

    await expect(entry(page, text).getByRole('button', { name: 'Mark as unread' })).toBeVisible();
    await expect(bell(page)).toHaveAttribute('aria-label', 'Notifications, none unread');
    expect(await notReloaded()).toBe(true);
    await elsewhere.close();
    await oliver.close();
  });

  test.describe('preferences', () => {
    // Quiet hours silence live hints: they are tried on the account that only raises notifications here.
    test.use({ account: 'employee' });

    test('are saved, and shown again after a reload', async ({ page, visit }) => {
      await visit('/notifications');
      await page.getByRole('link', { name: 'Notification preferences' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Notification preferences' })).toBeVisible();
      await expect(page.getByText('Notifications are deleted 180 days after their latest activity, read or not.')).toBeVisible();
      const reactionsInApp = page.getByRole('checkbox', { name: 'Reactions In the app' });
      await expect(reactionsInApp).toBeChecked();
      await expect(page.getByRole('checkbox', { name: 'Allow e-mails outside working hours' })).not.toBeChecked();

      await reactionsInApp.uncheck();
      await page.getByLabel('E-mail digest', { exact: true }).selectOption('weekly');
      await page.getByRole('checkbox', { name: 'Hold notifications during quiet hours' }).check();
      await page.getByLabel('From', { exact: true }).fill('03:00');
      await page.getByLabel('Until', { exact: true }).fill('03:05');
      await page.getByLabel(/^Time zone/).selectOption('America/Toronto');
      await page.getByLabel('Language of e-mails').selectOption('en');
      await page.getByRole('button', { name: 'Save preferences' }).click();
      await expect(page.getByRole('status')).toHaveText('Your preferences are saved.');

      await page.reload();
      await expect(page.getByRole('checkbox', { name: 'Reactions In the app' })).not.toBeChecked();
      await expect(page.getByLabel('E-mail digest', { exact: true })).toHaveValue('weekly');
      await expect(page.getByLabel('From', { exact: true })).toHaveValue('03:00');
      await expect(page.getByLabel('Until', { exact: true })).toHaveValue('03:05');
      await expect(page.getByLabel(/^Time zone/)).toHaveValue('America/Toronto');
      await expect(page.getByLabel('Language of e-mails')).toHaveValue('en');

      await page.getByRole('checkbox', { name: 'Reactions In the app' }).check();
      await page.getByRole('checkbox', { name: 'Hold notifications during quiet hours' }).uncheck();
      await page.getByRole('button', { name: 'Save preferences' }).click();
      await expect(page.getByRole('status')).toHaveText('Your preferences are saved.');
    });
  });

  test('a conversation muted from its page is listed in the preferences and unmuted there', async ({ page, visit, browser, request }) => {
    await visit('/notifications');
    const me = await signedInPerson(page, request);
    const oliver = await colleague(browser, request);
    const text = unique('Mute this thread');
    await oliver.mention(me, text);
    await entry(page, text).getByRole('link').click();

    await page.getByRole('button', { name: 'Mute notifications for this conversation' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You will no longer be notified about this conversation.' })).toBeVisible();
    await page.goto('/notifications/preferences');
    const muted = page.getByRole('region', { name: 'Muted conversations and spaces' }).getByRole('listitem').filter({ hasText: text });
    await muted.getByRole('button', { name: /^Unmute/ }).click();
    await expect(muted).toHaveCount(0);
    await oliver.close();
  });

  test.describe('the demo company', () => {
    test.use({ account: 'employee' });

    test('a person finds who follows them in the centre from the first start', async ({ page, visit }) => {
      await visit('/notifications');
      await page.getByLabel('Type', { exact: true }).selectOption('follower');
      await expect(page).toHaveURL(/type=follower/);
      await expect(page.getByRole('list', { name: 'Your notifications' }).getByRole('listitem').first()).toContainText(
        /and \d+ others started following you/,
      );
    });

    test('a person finds the reactions to their posts from the past weeks, already read, under their dates', async ({ page, visit }) => {
      await visit('/notifications');
      await page.getByLabel('Type', { exact: true }).selectOption('reaction');
      const oldest = page.getByRole('list', { name: 'Your notifications' }).getByRole('listitem').last();
      await expect(oldest).toContainText(/reacted to your post/);
      // Dated as the day it happened, weeks before the demo's first start ("12 Nov 2026"), not "seconds ago".
      await expect(oldest.locator('time')).toHaveText(/\d{4}/);
      await expect(oldest.getByRole('button', { name: 'Mark as unread' })).toBeVisible();
    });
  });

  test.describe('en français', () => {
    test.use({ locale: 'fr-FR' });

    test('le centre et la cloche sont en français', async ({ page, visit, browser, request }) => {
      await visit('/notifications');
      await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
      await expect(page.getByRole('banner').getByRole('link', { name: /^Notifications, (aucune non lue|\d+ non lues?)$/ })).toBeVisible();
      const me = await signedInPerson(page, request);
      const oliver = await colleague(browser, request);
      const text = unique('Un café ?');
      await oliver.mention(me, text);

      const item = page.getByRole('list', { name: 'Vos notifications' }).getByRole('listitem').filter({ hasText: text });
      await expect(item).toContainText('Oliver Brown vous a mentionné·e dans une publication');
      await expect(item.getByRole('button', { name: 'Marquer comme lue' })).toBeVisible();
      await expect(page.getByRole('radio', { name: 'Non lues seulement' })).toBeVisible();
      await oliver.close();
    });
  });
});
