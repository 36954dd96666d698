import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acknowledgeSeen, listNotifications, notificationChanges, type NotificationChanges } from '../api/notifications';
import { notification } from '../test/notificationFixtures';
import { ACKNOWLEDGE_WITHIN_MS, NotificationFollower, type UnreadUpdate } from './notificationFollower';

vi.mock('../api/notifications', async (original) => ({
  ...(await original<typeof import('../api/notifications')>()),
  listNotifications: vi.fn(),
  notificationChanges: vi.fn(),
  acknowledgeSeen: vi.fn(),
}));

const changes = (sequence: number, overrides: Partial<NotificationChanges> = {}): NotificationChanges => ({ items: [], sequence, unread: 3, hasMore: false, ...overrides });

/** A follower that has started from sequence 10, with 3 unread, and what it delivered since. */
async function startedAt10() {
  vi.mocked(listNotifications).mockResolvedValue({ items: [notification('n10', 10)], nextCursor: null });
  vi.mocked(notificationChanges).mockResolvedValue(changes(10));
  const delivered: { ids: string[]; unread: UnreadUpdate }[] = [];
  const follower = new NotificationFollower((changed, unread) => delivered.push({ ids: changed.map((n) => n.id), unread }));
  await follower.catchUp();
  delivered.length = 0;
  vi.mocked(notificationChanges).mockClear();
  return { follower, delivered };
}

const push = (since: number, ids: string[], unreadAdded = ids.length) => ({
  since, sequence: since + ids.length, items: ids.map((id, at) => notification(id, since + at + 1)), unreadAdded,
});

describe('notification follower', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.mocked(acknowledgeSeen).mockResolvedValue(undefined);
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.resetAllMocks();
  });

  it('applies a push that follows the sequence it holds, without asking the server', async () => {
    const { follower, delivered } = await startedAt10();

    follower.receive(push(10, ['n11', 'n12'], 1));

    expect(delivered.map((d) => d.ids)).toEqual([['n11', 'n12']]);
    expect(delivered[0].unread(3)).toBe(4);
    expect(delivered[0].unread(null)).toBeNull();
    expect(notificationChanges).not.toHaveBeenCalled();
    follower.receive(push(12, ['n13']));
    expect(delivered.map((d) => d.ids)).toEqual([['n11', 'n12'], ['n13']]);
  });

  it('fetches the gap when a push does not follow on, and after an empty hint', async () => {
    const { follower } = await startedAt10();

    follower.receive(push(11, ['n12']));
    await vi.waitFor(() => expect(notificationChanges).toHaveBeenCalledWith(10, expect.anything()));
    vi.mocked(notificationChanges).mockClear();
    follower.receive({});
    await vi.waitFor(() => expect(notificationChanges).toHaveBeenCalledWith(10, expect.anything()));
  });

  it('ignores a push it already holds', async () => {
    const { follower, delivered } = await startedAt10();

    follower.receive(push(9, ['n10']));

    expect(delivered).toEqual([]);
    expect(notificationChanges).not.toHaveBeenCalled();
  });

  it('does not apply a push while a catch-up runs, and catches up once more afterwards', async () => {
    const { follower, delivered } = await startedAt10();
    let answer: (value: NotificationChanges) => void = () => undefined;
    vi.mocked(notificationChanges).mockImplementationOnce(() => new Promise((resolve) => (answer = resolve))).mockResolvedValue(changes(12));
    const running = follower.catchUp();

    follower.receive(push(10, ['n11']));
    expect(delivered).toEqual([]);
    answer(changes(11, { items: [notification('n11', 11)] }));
    await running;

    await vi.waitFor(() => expect(notificationChanges).toHaveBeenLastCalledWith(11, expect.anything()));
    expect(notificationChanges).toHaveBeenCalledTimes(2);
  });

  it('says once, after a random delay, the highest sequence it was pushed, and not after it stopped', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { follower, delivered } = await startedAt10();

    follower.receive(push(10, ['n11']));
    follower.receive(push(11, ['n12']));
    vi.advanceTimersByTime(ACKNOWLEDGE_WITHIN_MS * 0.5 - 1);
    expect(acknowledgeSeen).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(vi.mocked(acknowledgeSeen).mock.calls).toEqual([[12, false]]);

    follower.receive(push(12, ['n13']));
    follower.stop();
    follower.receive(push(13, ['n14']));
    vi.advanceTimersByTime(ACKNOWLEDGE_WITHIN_MS);
    expect(acknowledgeSeen).toHaveBeenCalledTimes(1);
    expect(delivered.map((d) => d.ids)).toEqual([['n11'], ['n12'], ['n13']]);
  });

  it('says at once what was shown when the page goes away, in a request that outlives the page', async () => {
    const { follower } = await startedAt10();

    follower.receive(push(10, ['n11', 'n12']));
    follower.acknowledgeNow();
    expect(vi.mocked(acknowledgeSeen).mock.calls).toEqual([[12, true]]);

    follower.acknowledgeNow();
    vi.advanceTimersByTime(ACKNOWLEDGE_WITHIN_MS);
    expect(acknowledgeSeen).toHaveBeenCalledTimes(1);
  });

  it('leaves an acknowledgement to a catch-up that covered it', async () => {
    const { follower } = await startedAt10();
    vi.mocked(notificationChanges).mockResolvedValue(changes(11));

    follower.receive(push(10, ['n11']));
    await follower.catchUp();
    vi.advanceTimersByTime(ACKNOWLEDGE_WITHIN_MS);

    expect(acknowledgeSeen).not.toHaveBeenCalled();
  });
});
