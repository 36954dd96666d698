import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';

export type LiveHandler = (payload: unknown) => void;

/**
 * The one hub connection a signed-in tab keeps. Pages watch keys (a feed, a post) while they show
 * them; the server puts the connection in the matching groups after checking the reader may see
 * them. A reconnect is a new connection (ADR 0045) unless the server allows stateful reconnect: it
 * watches every key again and tells the pages, which catch up on what they missed. Each connection
 * opens with a fresh live ticket, which the client puts in the WebSocket's URL.
 */
export class LiveChannel {
  private readonly connection: HubConnection;
  private readonly watched = new Map<string, number>();
  private readonly reconnectListeners = new Set<() => void>();
  private stopped = false;

  constructor(liveTicket: () => Promise<string>) {
    this.connection = new HubConnectionBuilder()
      .withUrl(new URL('/hubs/notifications', window.location.origin).href, { accessTokenFactory: liveTicket })
      // Used when the server allows it (a setting, ADR 0045): a dropped transport then resumes the
      // same connection, and what was sent meanwhile is sent again.
      .withStatefulReconnect()
      .withAutomaticReconnect()
      .configureLogging(LogLevel.None)
      .build();
    // Access to something watched narrowed (a space made private): watch again, and the server
    // keeps only what this person may still read.
    this.connection.on('live.rewatch', () => this.watchAllAgain());
    this.connection.onreconnected(() => void this.resume());
  }

  /** Resolves once the server can push to this connection, so that a catch-up after it misses nothing. */
  async start(): Promise<void> {
    try {
      await this.connection.start();
      this.watchAllAgain();
      await this.ready();
    } catch {
      // Live hints are a comfort, not a need: pages still load and refresh without them.
    }
  }

  stop(): Promise<void> {
    this.stopped = true;
    return this.connection.stop();
  }

  /** Starts watching a key; the returned function stops, once nobody else on the page watches it. */
  watch(key: string): () => void {
    const count = this.watched.get(key) ?? 0;
    this.watched.set(key, count + 1);
    if (count === 0) {
      void this.invoke('Watch', key);
    }
    return () => {
      const remaining = (this.watched.get(key) ?? 1) - 1;
      if (remaining > 0) {
        this.watched.set(key, remaining);
        return;
      }
      this.watched.delete(key);
      void this.invoke('Unwatch', key);
    };
  }

  on(message: string, handler: LiveHandler): () => void {
    this.connection.on(message, handler);
    return () => this.connection.off(message, handler);
  }

  /** Called after the connection came back, when hints may have been missed meanwhile. */
  onReconnected(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  /**
   * The connection is open at the handshake, a moment before the server registers it; the server
   * answers a call only after (ADR 0045).
   */
  private async ready(): Promise<void> {
    try {
      await this.connection.invoke('Ready');
    } catch {
      // Closing again: the next reconnect tells the pages.
    }
  }

  /** After a reconnect: every key is watched again, and the pages are told once the server can push. */
  private async resume(): Promise<void> {
    this.watchAllAgain();
    await this.ready();
    for (const listener of this.reconnectListeners) {
      listener();
    }
  }

  private watchAllAgain(): void {
    for (const key of this.watched.keys()) {
      void this.invoke('Watch', key);
    }
  }

  private async invoke(method: 'Watch' | 'Unwatch', key: string): Promise<void> {
    if (this.stopped || this.connection.state !== HubConnectionState.Connected) {
      return;
    }
    try {
      await this.connection.invoke(method, key);
    } catch {
      // A key the reader may not watch, or a connection closing: nothing to show for it.
    }
  }
}
