import { useTranslation } from 'react-i18next';
import { listNotificationMutes, setNotificationsMuted, type MuteKind } from '../api/notifications';
import { SwitchButton } from '../components/SwitchButton';

const CONVERSATION = {
  mute: 'notifications.mute.conversation',
  unmute: 'notifications.mute.unmuteConversation',
  muted: 'notifications.mute.mutedConversation',
  unmuted: 'notifications.mute.unmutedConversation',
  loadFailed: 'notifications.mute.conversationFailed',
} as const;

const TEXTS = {
  conversation: CONVERSATION,
  messages: CONVERSATION,
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

/** Stops or resumes notifications about one conversation (of a post, or with a colleague) or space; shown once the current state is known, or why it is not. */
export function NotificationMuteButton({ kind, id }: MuteTarget) {
  const { t } = useTranslation();
  const texts = TEXTS[kind];
  return (
    <div className="notification-mute">
      {/* Another conversation or space starts afresh: no earlier state or message shows for it while it loads. */}
      <SwitchButton
        key={`${kind}:${id}`}
        stateKey={['notification-mute', kind, id]}
        read={async (signal) => (await listNotificationMutes(signal)).some((mute) => mute.kind === kind && mute.id === id)}
        write={(muted) => setNotificationsMuted(kind, id, muted)}
        className="link-button link-button--flush"
        texts={{ turnOn: t(texts.mute), turnOff: t(texts.unmute), turnedOn: t(texts.muted), turnedOff: t(texts.unmuted), loadFailed: t(texts.loadFailed) }}
      />
    </div>
  );
}
