import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listNotificationMutes, setNotificationsMuted, type MuteKind } from '../api/notifications';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';
import { LoadFailed } from '../components/LoadFailed';
import { useLoad } from '../components/useLoad';

const TEXTS = {
  conversation: {
    mute: 'notifications.mute.conversation',
    unmute: 'notifications.mute.unmuteConversation',
    muted: 'notifications.mute.mutedConversation',
    unmuted: 'notifications.mute.unmutedConversation',
    loadFailed: 'notifications.mute.conversationFailed',
  },
  space: {
    mute: 'notifications.mute.space',
    unmute: 'notifications.mute.unmuteSpace',
    muted: 'notifications.mute.mutedSpace',
    unmuted: 'notifications.mute.unmutedSpace',
    loadFailed: 'notifications.mute.spaceFailed',
  },
} as const;

interface MuteTarget {
  kind: MuteKind;
  id: string;
}

/** Stops or resumes notifications about one conversation or space; shown once the current state is known, or why it is not. */
export function NotificationMuteButton({ kind, id }: MuteTarget) {
  // Another conversation or space starts afresh: no earlier state or message shows for it while it loads.
  return <MuteControl key={`${kind}:${id}`} kind={kind} id={id} />;
}

function MuteControl({ kind, id }: MuteTarget) {
  const { t } = useTranslation();
  const state = useLoad(['notification-mute', kind, id], async (signal) => {
    const mutes = await listNotificationMutes(signal);
    return mutes.some((mute) => mute.kind === kind && mute.id === id);
  });
  const [message, setMessage] = useState<string | null>(null);
  const { error, attempt } = useAttempt();
  const texts = TEXTS[kind];

  if (state.status === 'failed') {
    return (
      <div className="notification-mute">
        <LoadFailed compact error={state.error} onRetry={state.reload} message={t(texts.loadFailed)} />
      </div>
    );
  }
  if (state.status === 'loading') {
    return null;
  }
  const muted = state.value;

  function toggle() {
    const next = !muted;
    attempt(setNotificationsMuted(kind, id, next), () => {
      state.update(() => next);
      setMessage(t(next ? texts.muted : texts.unmuted));
    });
  }

  return (
    <div className="notification-mute">
      <button type="button" className="link-button link-button--flush" onClick={toggle}>
        {t(muted ? texts.unmute : texts.mute)}
      </button>
      {message && <p role="status">{message}</p>}
      <ErrorText message={error} />
    </div>
  );
}
