import { useTranslation } from 'react-i18next';
import { listAuditEntries, type AuditEntry } from '../../api/accounts';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { AdminSections } from './AdminSections';
import { roleLabel } from './roles';
import { LoadFailed } from '../../components/LoadFailed';
import { MoreButton } from '../../components/MoreButton';
import { useCursorList } from '../../components/useCursorList';

const PAGE_SIZE = 50;

const ACTIONS = {
  'account.created': 'created',
  'account.invited': 'invited',
  'account.deactivated': 'deactivated',
  'account.reactivated': 'reactivated',
  'account.roles_changed': 'rolesChanged',
} as const;

type KnownAction = keyof typeof ACTIONS;

function isKnownAction(action: string): action is KnownAction {
  return Object.hasOwn(ACTIONS, action);
}

function AuditItem({ entry, formatDate }: { entry: AuditEntry; formatDate: (value: Date) => string }) {
  const { t } = useTranslation();
  const actor = entry.actorName ?? (entry.actorId ? t('admin.audit.someone') : t('admin.audit.system'));
  const target = entry.targetName ?? t('admin.audit.someone');
  const sentence = isKnownAction(entry.action)
    ? t(`admin.audit.actions.${ACTIONS[entry.action]}`, { actor, target })
    : t('admin.audit.actions.other', { actor, target, action: entry.action });
  // Invitations and role changes record the roles granted, as a comma-separated list.
  const details =
    entry.action === 'account.invited' || entry.action === 'account.roles_changed'
      ? t('admin.audit.roles', { roles: entry.details.split(',').filter(Boolean).map((role) => roleLabel(role, t)).join(', ') })
      : entry.details;

  return (
    <li className="audit-entry">
      <p className="audit-entry__what">{sentence}</p>
      <p className="audit-entry__meta">
        <time dateTime={entry.occurredAt}>{formatDate(new Date(entry.occurredAt))}</time>
        {details && ` · ${details}`}
      </p>
    </li>
  );
}

export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('admin.audit.title'));
  const entries = useCursorList('audit', (cursor, signal) => listAuditEntries({ cursor, limit: PAGE_SIZE }, signal));
  const dateFormat = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' });

  let status = '';
  if (entries.status === 'loading') {
    status = t('admin.audit.loading');
  } else if (entries.status === 'ready' && entries.items.length === 0) {
    status = t('admin.audit.empty');
  }

  return (
    <>
      <h1>{t('admin.audit.title')}</h1>
      <AdminSections />
      <p className="lead">{t('admin.audit.intro')}</p>
      <p className="directory__status" role="status">
        {status}
      </p>
      {entries.status === 'failed' && <LoadFailed error={entries.error} onRetry={entries.reload} />}
      {entries.items.length > 0 && (
        <ol className="audit-list" aria-label={t('admin.audit.listLabel')}>
          {entries.items.map((entry) => (
            <AuditItem key={entry.id} entry={entry} formatDate={(value) => dateFormat.format(value)} />
          ))}
        </ol>
      )}
      <MoreButton list={entries} label={t('admin.audit.loadMore')} loadingLabel={t('admin.audit.loadingMore')} className="button" />
    </>
  );
}
