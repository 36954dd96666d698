import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import type { Capability } from '../../api/identity';
import { useAuth } from '../../auth/authContext';

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
  return (
    <nav aria-label={t('admin.sectionsLabel')}>
      <ul className="section-tabs__list">
        {ADMIN_SECTIONS.filter((section) => can(section.capability)).map((section) => (
          <li key={section.to}>
            <NavLink className="section-tabs__link" to={section.to} end>
              {t(section.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
