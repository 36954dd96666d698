import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REACTIONS, reactTo, type Change, type ReactionKind } from '../api/activity';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';
import { LineIcon, type LineIconName } from '../components/LineIcon';

const ICONS: Record<ReactionKind, LineIconName> = {
  like: 'thumbs-up',
  celebrate: 'party-popper',
  insightful: 'lightbulb',
  support: 'handshake',
  curious: 'question-bubble',
};

interface Reacted {
  reactions: Record<ReactionKind, number>;
  myReaction: ReactionKind | null;
}

/** One reaction per person per item: choosing another replaces it, choosing the same again takes it back. */
export function ReactionBar({ target, id, value, onChange }: { target: 'posts' | 'comments'; id: string; value: Reacted; onChange: (change: Change<Reacted>) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { error, attempt } = useAttempt();

  function choose(kind: ReactionKind) {
    const next = value.myReaction === kind ? null : kind;
    setBusy(true);
    attempt(
      reactTo(target, id, next).finally(() => setBusy(false)),
      () => {
        // Counted from what was shown when clicked: the hub may already have sent the new counts, and
        // its later messages stay the authority.
        const reactions = { ...value.reactions };
        if (value.myReaction) {
          reactions[value.myReaction] = Math.max(0, (reactions[value.myReaction] ?? 0) - 1);
        }
        if (next) {
          reactions[next] = (reactions[next] ?? 0) + 1;
        }
        onChange(() => ({ reactions, myReaction: next }));
      },
    );
  }

  return (
    <>
      <div className="reactions" role="group" aria-label={t('reactions.label')}>
        {REACTIONS.map((kind) => {
          const count = value.reactions[kind] ?? 0;
          return (
            <button
              key={kind}
              type="button"
              className="reaction"
              aria-pressed={value.myReaction === kind}
              disabled={busy}
              title={t(`reactions.${kind}`)}
              onClick={() => choose(kind)}
            >
              <LineIcon name={ICONS[kind]} className="reaction__icon" />
              <span className="visually-hidden">{t(`reactions.${kind}`)}</span>
              {count > 0 && <span className="reaction__count">{count}</span>}
            </button>
          );
        })}
      </div>
      <ErrorText message={error} />
    </>
  );
}
