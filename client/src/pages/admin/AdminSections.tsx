import { useTranslation } from 'react-i18next';
import type { Capability } from '../../api/identity';
import { useAuth } from '../../auth/authContext';
import { SectionTabs } from '../../components/SectionTabs';

export const ADMIN_SECTIONS: readonly { to: string; key: 'admin.accountsTab' | 'admin.fieldsTab' | 'admin.badgesTab' | 'admin.moderationTab' | 'admin.auditTab' | 'admin.emailAvoidedTab'; capability: Capability }[] = [
  { to: '/admin', key: 'admin.accountsTab', capability: 'AdministerAccounts' },
  { to: '/admin/profile-fields', key: 'admin.fieldsTab', capability: 'AdministerAccounts' },
  { to: '/admin/badges', key: 'admin.badgesTab', capability: 'AdministerAccounts' },
  { to: '/admin/moderation', key: 'admin.moderationTab', capability: 'ModeratePlatform' },
  { to: '/admin/audit', key: 'admin.auditTab', capability: 'ReadAuditLog' },
  { to: '/admin/email-avoided', key: 'admin.emailAvoidedTab', capability: 'ViewParticipationAnalytics' },
];

/** The administration pages as one section, each listed for those who may open it. */
export function AdminSections() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const tabs = ADMIN_SECTIONS.filter((section) => can(section.capability)).map((section) => ({ to: section.to, label: t(section.key) }));
  return <SectionTabs label={t('admin.sectionsLabel')} tabs={tabs} />;
}
