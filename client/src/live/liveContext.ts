import { createContext, useContext, useEffect, useRef } from 'react';
import type { LiveChannel } from './liveChannel';

export const LiveContext = createContext<LiveChannel | null>(null);

/**
 * Receives the hub's messages about a key while the component shows it. Without a connection
 * (signed out, tests, a server that refuses) it does nothing: pages work without live hints.
 */
export function useLive(key: string | null, handlers: Record<string, (payload: never) => void>, onReconnected?: () => void) {
  const channel = useContext(LiveContext);
  const current = useRef({ handlers, onReconnected });

  useEffect(() => {
    current.current = { handlers, onReconnected };
  });

  const messages = Object.keys(handlers).sort().join(',');
  useEffect(() => {
    if (!channel || !key) {
      return;
    }
    const stops = messages.split(',').filter(Boolean).map((message) =>
      channel.on(message, (payload) => current.current.handlers[message]?.(payload as never)),
    );
    stops.push(channel.watch(key));
    stops.push(channel.onReconnected(() => current.current.onReconnected?.()));
    return () => stops.forEach((stop) => stop());
  }, [channel, key, messages]);
}
