import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listNotificationMutes, setNotificationsMuted, type MuteKind } from '../api/notifications';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';

const TEXTS = {
  conversation: {
    mute: 'notifications.mute.conversation',
    unmute: 'notifications.mute.unmuteConversation',
    muted: 'notifications.mute.mutedConversation',
    unmuted: 'notifications.mute.unmutedConversation',
  },
  space: {
    mute: 'notifications.mute.space',
    unmute: 'notifications.mute.unmuteSpace',
    muted: 'notifications.mute.mutedSpace',
    unmuted: 'notifications.mute.unmutedSpace',
  },
} as const;

/** Stops or resumes notifications about one conversation or space; shown once the current state is known. */
export function NotificationMuteButton({ kind, id }: { kind: MuteKind; id: string }) {
  const { t } = useTranslation();
  const [muted, setMuted] = useState<boolean | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { error, attempt } = useAttempt();
  const texts = TEXTS[kind];

  useEffect(() => {
    const controller = new AbortController();
    setMuted(null);
    setMessage(null);
    listNotificationMutes(controller.signal).then(
      (mutes) => setMuted(mutes.some((mute) => mute.kind === kind && mute.id === id)),
      () => undefined,
    );
    return () => controller.abort();
  }, [kind, id]);

  if (muted === null) {
    return null;
  }

  function toggle() {
    const next = !muted;
    attempt(setNotificationsMuted(kind, id, next), () => {
      setMuted(next);
      setMessage(t(next ? texts.muted : texts.unmuted));
    });
  }

  return (
    <div className="notification-mute">
      <button type="button" className="link-button" onClick={toggle}>
        {t(muted ? texts.unmute : texts.mute)}
      </button>
      {message && <p role="status">{message}</p>}
      <ErrorText message={error} />
    </div>
  );
}
