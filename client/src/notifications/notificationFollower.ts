import { listNotifications, notificationChanges, type NotificationView } from '../api/notifications';

const START_PAGE = 20;

export type ChangesListener = (changed: NotificationView[], unread: number) => void;

/**
 * Follows one person's notifications by their sequence numbers. It learns the newest sequence
 * once, then, whenever a live hint or a reconnect says something may have changed, asks for the
 * changes after the last sequence it holds until the server has no more. Catch-ups run one at a
 * time and a request made meanwhile runs once afterwards: no sequence is asked for twice, and a
 * change made while a catch-up was answering is fetched by the next one.
 */
export class NotificationFollower {
  private sequence: number | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private readonly controller = new AbortController();

  constructor(private readonly deliver: ChangesListener) {}

  catchUp(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.fetchChanges().finally(() => {
      this.running = null;
      if (this.again && !this.controller.signal.aborted) {
        this.again = false;
        void this.catchUp();
      }
    });
    return this.running;
  }

  stop(): void {
    this.controller.abort();
  }

  private async fetchChanges(): Promise<void> {
    const signal = this.controller.signal;
    try {
      // The newest entry comes first in the list, so its sequence is where following starts. The
      // list leaves out entries the person may no longer see: a page rather than one entry makes
      // it unlikely that none is left to start from, which would mean catching up from the start.
      this.sequence ??= (await listNotifications({ limit: START_PAGE }, signal)).items[0]?.sequence ?? 0;
      let more = true;
      while (more && !signal.aborted) {
        const since = this.sequence;
        const changes = await notificationChanges(since, signal);
        this.sequence = Math.max(since, changes.sequence);
        this.deliver(changes.items, changes.unread);
        more = changes.hasMore && changes.sequence > since;
      }
    } catch {
      // Offline or refused: the next hint or reconnect asks again from the same sequence.
    }
  }
}
