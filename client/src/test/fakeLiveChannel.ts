import type { LiveHandler } from '../live/liveChannel';

/**
 * Stands in for the hub connection in unit tests, where no server answers: tests see what the page
 * watches and deliver hub messages themselves. Browser tests use the real hub.
 */
export class FakeLiveChannel {
  static current: FakeLiveChannel | null = null;
  readonly watched: string[] = [];
  private readonly handlers = new Map<string, Set<LiveHandler>>();
  private readonly reconnectListeners = new Set<() => void>();

  constructor() {
    FakeLiveChannel.current = this;
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  watch(key: string): () => void {
    this.watched.push(key);
    return () => this.watched.splice(this.watched.indexOf(key), 1);
  }

  on(message: string, handler: LiveHandler): () => void {
    const set = this.handlers.get(message) ?? new Set();
    set.add(handler);
    this.handlers.set(message, set);
    return () => set.delete(handler);
  }

  onReconnected(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  /** Whether something on the page handles the message, so that delivering it is not lost. */
  listensTo(message: string): boolean {
    return (this.handlers.get(message)?.size ?? 0) > 0;
  }

  deliver(message: string, payload: unknown): void {
    for (const handler of this.handlers.get(message) ?? []) {
      handler(payload);
    }
  }

  /** As the hub does after a connection lost for a while came back. */
  reconnect(): void {
    for (const listener of this.reconnectListeners) {
      listener();
    }
  }
}
