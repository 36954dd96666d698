import { useEffect, useState, type ReactNode } from 'react';
import { requestLiveTicket } from '../api/identity';
import { useAuth } from '../auth/authContext';
import { restoreUser } from '../auth/session';
import type { LiveChannel } from './liveChannel';
import { LiveContext } from './liveContext';

/**
 * Opens the hub connection while someone is signed in, and closes it when they leave. The SignalR
 * client loads apart from the first screen, which it would otherwise double in size.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const [channel, setChannel] = useState<LiveChannel | null>(null);

  useEffect(() => {
    if (status !== 'signedIn') {
      return;
    }
    let opened: LiveChannel | null = null;
    let cancelled = false;
    void import('./liveChannel').then(({ LiveChannel }) => {
      if (cancelled) {
        return;
      }
      const started = new LiveChannel(async () => {
        // A reconnect can come after the access token expired (the server closes the connection then)
        // in a tab whose timers were slowed down: the token is renewed first if it has to be.
        await restoreUser();
        return (await requestLiveTicket()).ticket;
      });
      opened = started;
      // Offered once connected, so that whoever catches up on receiving it misses no hint after.
      void started.start().then(() => !cancelled && setChannel(started));
    });
    return () => {
      cancelled = true;
      setChannel(null);
      void opened?.stop();
    };
  }, [status]);

  return <LiveContext.Provider value={channel}>{children}</LiveContext.Provider>;
}
