import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listReactors, REACTIONS, reactTo, type Change, type ReactionKind } from '../api/activity';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';
import { LineIcon, type LineIconName } from '../components/LineIcon';
import { LoadFailed } from '../components/LoadFailed';
import { MoreButton } from '../components/MoreButton';
import { useCursorList } from '../components/useCursorList';
import { PersonLine } from '../pages/PersonLine';

export const REACTION_ICONS: Record<ReactionKind, LineIconName> = {
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

type Target = 'posts' | 'comments';

/** Who reacted and how, the latest first; asked again whenever the counts change, so that it never contradicts them. */
function Reactors({ target, id, counts }: { target: Target; id: string; counts: Record<ReactionKind, number> }) {
  const { t } = useTranslation();
  const list = useCursorList(`${id}:${JSON.stringify(counts)}`, (cursor, signal) => listReactors(target, id, cursor, signal));
  return (
    <div className="reactors">
      {list.status === 'loading' && <p role="status">{t('reactions.loading')}</p>}
      {list.status === 'failed' && <LoadFailed error={list.error} onRetry={list.reload} compact />}
      {list.items.length > 0 && (
        <ul className="colleagues" aria-label={t('reactions.who')}>
          {list.items.map(({ person, kind }) => (
            <PersonLine
              key={person.id}
              person={person.displayName ? person : { ...person, displayName: t('profile.former') }}
              detail={
                <>
                  <LineIcon name={REACTION_ICONS[kind]} className="reactor__icon" /> {t(`reactions.${kind}`)}
                </>
              }
            />
          ))}
        </ul>
      )}
      <MoreButton list={list} label={t('reactions.more')} />
    </div>
  );
}

/** One reaction per person per item: choosing another replaces it, choosing the same again takes it back. */
export function ReactionBar({ target, id, value, onChange }: { target: Target; id: string; value: Reacted; onChange: (change: Change<Reacted>) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [showingWho, setShowingWho] = useState(false);
  const { error, attempt } = useAttempt();
  const reacted = REACTIONS.some((kind) => (value.reactions[kind] ?? 0) > 0);

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
              <LineIcon name={REACTION_ICONS[kind]} className="reaction__icon" />
              <span className="visually-hidden">{t(`reactions.${kind}`)}</span>
              {count > 0 && <span className="reaction__count">{count}</span>}
            </button>
          );
        })}
      </div>
      {reacted && (
        <button type="button" className="link-button" aria-expanded={showingWho} onClick={() => setShowingWho((shown) => !shown)}>
          {t('reactions.who')}
        </button>
      )}
      <ErrorText message={error} />
      {reacted && showingWho && <Reactors target={target} id={id} counts={value.reactions} />}
    </>
  );
}
