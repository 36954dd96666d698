import { acknowledgeSeen, isNotificationPush, listNotifications, notificationChanges, type NotificationView } from '../api/notifications';

const START_PAGE = 20;

/**
 * A push is acknowledged at a random moment within this time: the thousand people pushed one
 * announcement must not all answer in the same instant, and pushes meanwhile share one answer.
 */
export const ACKNOWLEDGE_WITHIN_MS = 5000;

/** The unread count after some changes, from the count shown until then. */
export type UnreadUpdate = (current: number | null) => number | null;

export type ChangesListener = (changed: NotificationView[], unread: UnreadUpdate) => void;

/**
 * Follows one person's notifications by their sequence numbers. It learns the newest sequence
 * once; a live hint that carries new entries numbered right after the last sequence it holds is
 * applied as it is (ADR 0040); any other hint, and every reconnect, makes it ask for the changes
 * after the last sequence it holds until the server has no more. Catch-ups run one at a time and a
 * request made meanwhile runs once afterwards: no sequence is asked for twice, and a change made
 * while a catch-up was answering is fetched by the next one.
 */
export class NotificationFollower {
  private sequence: number | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private unacknowledged: number | null = null;
  private acknowledgeTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly controller = new AbortController();

  constructor(private readonly deliver: ChangesListener) {}

  receive(hint: unknown): void {
    // The provider lets go of the channel a render after stopping: a push applied then would be
    // acknowledged by a timer nothing cancels, possibly after the person signed out.
    if (this.controller.signal.aborted) {
      return;
    }
    if (!isNotificationPush(hint) || this.running || this.sequence === null) {
      void this.catchUp();
      return;
    }
    if (hint.sequence <= this.sequence) {
      return;
    }
    if (hint.since !== this.sequence) {
      // A hint was missed (a reconnect, a push that was only a hint): the gap is fetched.
      void this.catchUp();
      return;
    }
    this.sequence = hint.sequence;
    const added = hint.unreadAdded;
    this.deliver(hint.items, (current) => (current === null ? null : current + added));
    this.acknowledgeLater(hint.sequence);
  }

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
    if (this.acknowledgeTimer !== null) {
      clearTimeout(this.acknowledgeTimer);
      this.acknowledgeTimer = null;
    }
  }

  /**
   * Says at once what was shown and not yet said: the page is being hidden, and may be closed or
   * frozen before the timer fires, leaving what it showed to an e-mail digest.
   */
  acknowledgeNow(): void {
    if (this.acknowledgeTimer !== null) {
      clearTimeout(this.acknowledgeTimer);
      this.acknowledgeTimer = null;
    }
    this.sendAcknowledgement(true);
  }

  private acknowledgeLater(sequence: number): void {
    this.unacknowledged = Math.max(this.unacknowledged ?? 0, sequence);
    if (this.acknowledgeTimer !== null) {
      return;
    }
    this.acknowledgeTimer = setTimeout(() => {
      this.acknowledgeTimer = null;
      this.sendAcknowledgement(false);
    }, Math.random() * ACKNOWLEDGE_WITHIN_MS);
  }

  private sendAcknowledgement(pageLeaving: boolean): void {
    const shown = this.unacknowledged;
    this.unacknowledged = null;
    if (shown !== null) {
      // Lost, it costs at most an e-mail digest holding what was shown; a later push or fetch says it again.
      acknowledgeSeen(shown, pageLeaving).catch(() => undefined);
    }
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
        this.deliver(changes.items, () => changes.unread);
        more = changes.hasMore && changes.sequence > since;
      }
      // The server counts what it answered as shown, so a pending acknowledgement it covers is said.
      if (this.unacknowledged !== null && this.sequence >= this.unacknowledged) {
        this.unacknowledged = null;
      }
    } catch {
      // Offline or refused: the next hint or reconnect asks again from the same sequence.
    }
  }
}
