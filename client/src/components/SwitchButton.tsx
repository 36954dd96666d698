import { useState } from 'react';
import { ErrorText } from './form/ErrorText';
import { useAttempt } from './form/useAttempt';
import { LoadFailed } from './LoadFailed';
import { useLoad } from './useLoad';

export interface SwitchTexts {
  /** The button while the switch is off ("Mute"), and while it is on ("Unmute"). */
  turnOn: string;
  turnOff: string;
  /** Said once it is switched. */
  turnedOn: string;
  turnedOff: string;
  /** Said when its state cannot be read; without it, nothing is offered then. */
  loadFailed?: string;
}

/**
 * One of the person's settings switched with one button, starting from its state on the server:
 * nothing is offered until that is known, so a muted thing offers to be unmuted, not muted again.
 * Each switch says what it did, and a refusal why.
 */
export function SwitchButton({ stateKey, read, write, texts, className = 'link-button' }: {
  stateKey: readonly unknown[];
  read: (signal: AbortSignal) => Promise<boolean>;
  write: (on: boolean) => Promise<void>;
  texts: SwitchTexts;
  className?: string;
}) {
  const state = useLoad(stateKey, read);
  const [message, setMessage] = useState<string | null>(null);
  const { error, attempt } = useAttempt();

  if (state.status === 'failed') {
    return texts.loadFailed ? <LoadFailed compact error={state.error} onRetry={state.reload} message={texts.loadFailed} /> : null;
  }
  if (state.status === 'loading') {
    return null;
  }
  const on = state.value;
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() =>
          attempt(write(!on), () => {
            state.update(() => !on);
            setMessage(on ? texts.turnedOff : texts.turnedOn);
          })
        }
      >
        {on ? texts.turnOff : texts.turnOn}
      </button>
      {message && <p role="status">{message}</p>}
      <ErrorText message={error} />
    </>
  );
}
