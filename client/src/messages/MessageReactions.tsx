import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REACTIONS, type ReactionKind } from '../api/activity';
import { reactToMessage, type DirectMessage } from '../api/messages';
import { REACTION_ICONS } from '../activity/ReactionBar';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';
import { LineIcon } from '../components/LineIcon';

interface Seen {
  message: DirectMessage;
  /** Whether the reader sent the message. */
  mine: boolean;
}

function reactions({ message, mine }: Seen): { own: ReactionKind | null; other: ReactionKind | null } {
  return mine
    ? { own: message.senderReaction, other: message.recipientReaction }
    : { own: message.recipientReaction, other: message.senderReaction };
}

/** The reactions a message received, the other person's first, each said in words to screen readers. */
export function GivenReactions({ message, mine, name }: Seen & { name: string }) {
  const { t } = useTranslation();
  const { own, other } = reactions({ message, mine });
  const given = [
    other && { kind: other, label: t('messages.reacted', { name, reaction: t(`reactions.${other}`) }) },
    own && { kind: own, label: t('messages.youReacted', { reaction: t(`reactions.${own}`) }) },
  ].filter((reaction) => !!reaction);
  if (message.deleted || given.length === 0) {
    return null;
  }
  return (
    <ul className="chat__reactions">
      {given.map(({ kind, label }) => (
        <li key={label} className="chat__reaction" title={label}>
          <LineIcon name={REACTION_ICONS[kind]} className="reaction__icon" />
          <span className="visually-hidden">{label}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The five reactions, opened by "React": choosing one sets the reader's, choosing it again takes it
 * back; either, or Escape, closes them.
 */
export function ReactionChoice({ message, mine, onChange, onClose }: Seen & { onChange: (message: DirectMessage) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { error, attempt } = useAttempt();
  const { own } = reactions({ message, mine });

  function choose(kind: ReactionKind) {
    setBusy(true);
    attempt(reactToMessage(message.id, own === kind ? null : kind).finally(() => setBusy(false)), (changed) => {
      onChange(changed);
      onClose();
    });
  }

  return (
    <>
      <div
        className="reactions chat__reaction-choice"
        role="group"
        aria-label={t('messages.reactTo')}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        {REACTIONS.map((kind) => (
          <button key={kind} type="button" className="reaction" aria-pressed={own === kind} disabled={busy} title={t(`reactions.${kind}`)} onClick={() => choose(kind)}>
            <LineIcon name={REACTION_ICONS[kind]} className="reaction__icon" />
            <span className="visually-hidden">{t(`reactions.${kind}`)}</span>
          </button>
        ))}
      </div>
      <ErrorText message={error} />
    </>
  );
}
