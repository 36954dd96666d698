import { useCallback, useEffect, useRef, useState } from 'react';
import { MESSAGES_LIVE_KEY, signalTyping, type Typing } from '../api/messages';
import { useLive } from '../live/liveContext';

/** How often a writer's app says it is still writing. */
export const TYPING_SIGNAL_MS = 3000;

/** How long the other side believes it without a new signal: two signals lost is a pause. */
export const TYPING_SHOWN_MS = 2 * TYPING_SIGNAL_MS;

/** Tells the other person, at most every few seconds, that a message is being written to them; `sent()` starts afresh. */
export function useTypingSignal(personId: string) {
  const last = useRef(0);
  const typed = useCallback(
    (text: string) => {
      const now = Date.now();
      if (text.trim() && now - last.current >= TYPING_SIGNAL_MS) {
        last.current = now;
        signalTyping(personId).catch(() => {
          // Only a hint: the message itself is what counts.
        });
      }
    },
    [personId],
  );
  const sent = useCallback(() => {
    last.current = 0;
  }, []);
  return { typed, sent };
}

/** Whether the other person is writing: from their signal until a message of theirs arrives (`stopped()`) or the signals stop. */
export function useOtherTyping(personId: string): { typing: boolean; stopped: () => void } {
  const [signalled, setSignalled] = useState<number | null>(null);
  useLive(MESSAGES_LIVE_KEY, {
    'message.typing': (typing: Typing) => {
      if (typing.with === personId) {
        setSignalled(Date.now());
      }
    },
  });
  useEffect(() => {
    if (signalled === null) {
      return;
    }
    const timer = setTimeout(() => setSignalled(null), TYPING_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [signalled]);
  const stopped = useCallback(() => setSignalled(null), []);
  return { typing: signalled !== null, stopped };
}
