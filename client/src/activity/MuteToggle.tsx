import { useState } from 'react';
import { listMutes, setMuted } from '../api/activity';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';
import { useLoad } from '../components/useLoad';

export interface MuteTexts {
  mute: string;
  unmute: string;
  /** Said once muted, and once no longer. */
  muted: string;
  unmuted: string;
}

/**
 * Muting a person or a topic where it is shown, starting from whether it already is: a muted topic
 * offers to be unmuted, not muted again. Nobody is told (the Muted page lists it all).
 */
export function MuteToggle({ kind, mutedKey, texts }: { kind: 'person' | 'topic'; mutedKey: string; texts: MuteTexts }) {
  const state = useLoad(['mutes', kind, mutedKey], async (signal) => (await listMutes(signal)).some((mute) => mute.kind === kind && mute.key === mutedKey));
  const [message, setMessage] = useState<string | null>(null);
  const { error, attempt } = useAttempt();

  // Until it is known, or if it cannot be, the choice is left out rather than offered wrong.
  if (state.status !== 'ready') {
    return null;
  }
  const muted = state.value;
  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={() =>
          attempt(setMuted(kind, mutedKey, !muted), () => {
            state.update(() => !muted);
            setMessage(muted ? texts.unmuted : texts.muted);
          })
        }
      >
        {muted ? texts.unmute : texts.mute}
      </button>
      {message && <p role="status">{message}</p>}
      <ErrorText message={error} />
    </>
  );
}
