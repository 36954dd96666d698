import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moderationLog, type LogEntry } from '../api/moderation';
import { SelectField } from '../components/form/SelectField';
import { LoadFailed } from '../components/LoadFailed';
import { MoreButton } from '../components/MoreButton';
import { useCursorList } from '../components/useCursorList';

const FILTERS = ['', 'hidden', 'auto-hidden', 'restored', 'deleted', 'warned', 'dismissed'] as const;

/** Who did what, to what, why and when: the moderation audit log, which nobody can change. */
export function ModerationLog({ spaceId, generation }: { spaceId: string | null; generation: number }) {
  const { t, i18n } = useTranslation();
  const filterId = useId();
  const [action, setAction] = useState('');
  const list = useCursorList<LogEntry>(`${spaceId}|${action}|${generation}`, (cursor, signal) => moderationLog(spaceId, action, cursor, signal));
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section aria-labelledby="moderation-log">
      <h2 id="moderation-log">{t('moderation.log')}</h2>
      <SelectField
        id={filterId}
        label={t('moderation.filter')}
        value={action}
        options={FILTERS.map((filter) => ({ value: filter, label: filter ? t(`moderation.logAction.${filter}`) : t('moderation.allActions') }))}
        onValueChange={setAction}
      />
      {list.status === 'failed' && <LoadFailed error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && list.items.length === 0 && <p>{t('moderation.noEntries')}</p>}
      <ul className="audit-list" aria-label={t('moderation.log')}>
        {list.items.map((entry) => (
          <li key={`${entry.targetId}-${entry.at}-${entry.action}`} className="audit-entry">
            <p className="audit-entry__what">
              {t('moderation.entry', {
                moderator: entry.moderatorName || t('moderation.platform'),
                action: t(`moderation.logAction.${entry.action}`),
                kind: t(`moderation.kindShort.${entry.targetKind}`),
                author: entry.authorName,
              })}
            </p>
            <p className="audit-entry__meta">
              <time dateTime={entry.at}>{date.format(new Date(entry.at))}</time>
              {entry.reason && ` · ${entry.reason}`}
            </p>
          </li>
        ))}
      </ul>
      <MoreButton list={list} label={t('people.loadMore')} loadingLabel={t('people.loadingMore')} />
    </section>
  );
}
