import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useAuth } from '../../auth/authContext';

/** Accounts, profile fields and the audit log are pages of one section; the audit log only for those who may read it. */
export function AdminSections() {
  const { t } = useTranslation();
  const { can } = useAuth();
  return (
    <nav className="admin-sections" aria-label={t('admin.sectionsLabel')}>
      <ul className="admin-sections__list">
        <li>
          <NavLink className="admin-sections__link" to="/admin" end>
            {t('admin.accountsTab')}
          </NavLink>
        </li>
        <li>
          <NavLink className="admin-sections__link" to="/admin/profile-fields">
            {t('admin.fieldsTab')}
          </NavLink>
        </li>
        {can('ModeratePlatform') && (
          <li>
            <NavLink className="admin-sections__link" to="/admin/moderation">
              {t('admin.moderationTab')}
            </NavLink>
          </li>
        )}
        {can('ReadAuditLog') && (
          <li>
            <NavLink className="admin-sections__link" to="/admin/audit">
              {t('admin.auditTab')}
            </NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
