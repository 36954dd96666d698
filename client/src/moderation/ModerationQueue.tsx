import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { moderate, moderationQueue, type ModerationAction, type QueueItem } from '../api/moderation';
import { PostBody } from '../activity/PostBody';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';
import { LoadFailed } from '../components/LoadFailed';
import { useLoad } from '../components/useLoad';

const ACTIONS: readonly ModerationAction[] = ['dismissed', 'hidden', 'restored', 'deleted', 'warned'];

function QueueEntry({ item, onDone }: { item: QueueItem; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { error, attempt } = useAttempt();
  // A person is warned; a direct message, kept from everyone else, is deleted rather than hidden.
  const available = ACTIONS.filter((action) => {
    switch (item.targetKind) {
      case 'person':
        return action === 'dismissed' || action === 'warned';
      case 'message':
        return action !== 'hidden' && action !== 'restored';
      default:
        return action !== (item.hidden ? 'hidden' : 'restored');
    }
  });

  function act(action: ModerationAction) {
    attempt(moderate(item.targetKind, item.targetId, action, reason.trim()), onDone);
  }

  const reasonId = `reason-${item.targetId}`;
  return (
    <li className="queue-item">
      <p className="queue-item__what">
        {t(`moderation.kind.${item.targetKind}`, { name: item.targetName })} · {t('moderation.reports', { count: item.reportCount })}
        {item.hidden && <span className="badge"> {t('moderation.hiddenBadge')}</span>}
        {item.postId && (
          <>
            {' · '}
            <Link to={`/posts/${item.postId}`}>{t('moderation.open')}</Link>
          </>
        )}
      </p>
      {item.bodyHtml && <PostBody html={item.bodyHtml} className="post__body queue-item__body" />}
      <ul className="queue-item__reasons" aria-label={t('moderation.reasons')}>
        {item.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <label className="field__label" htmlFor={reasonId}>
        {t('moderation.decisionReason')}
      </label>
      <input id={reasonId} className="field__input" maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
      <div className="queue-item__actions">
        {available.map((action) => (
          <button key={action} type="button" className={action === 'deleted' ? 'button button--danger' : 'button button--secondary'} onClick={() => act(action)}>
            {t(`moderation.action.${action}`)}
          </button>
        ))}
      </div>
      <ErrorText message={error} />
    </li>
  );
}

/** Open reports, grouped by what they are about, with the decisions a moderator takes. */
export function ModerationQueue({ spaceId, onChange }: { spaceId: string | null; onChange?: () => void }) {
  const { t } = useTranslation();
  const queue = useLoad([spaceId], (signal) => moderationQueue(spaceId, signal));

  return (
    <section aria-labelledby="moderation-queue">
      <h2 id="moderation-queue">{t('moderation.queue')}</h2>
      {queue.status === 'loading' && <p role="status">{t('moderation.loading')}</p>}
      {queue.status === 'failed' && <LoadFailed error={queue.error} onRetry={queue.reload} />}
      {queue.value?.length === 0 && <p>{t('moderation.empty')}</p>}
      <ul className="queue">
        {queue.value?.map((item) => (
          <QueueEntry
            key={item.targetId}
            item={item}
            onDone={() => {
              queue.reload();
              onChange?.();
            }}
          />
        ))}
      </ul>
    </section>
  );
}
