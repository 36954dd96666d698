import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useAuth } from '../../auth/authContext';

/** Accounts and audit log are two pages of one section; the audit log only for those who may read it. */
export function AdminSections() {
  const { t } = useTranslation();
  const { can } = useAuth();
  if (!can('ReadAuditLog')) {
    return null;
  }
  return (
    <nav className="admin-sections" aria-label={t('admin.sectionsLabel')}>
      <ul className="admin-sections__list">
        <li>
          <NavLink className="admin-sections__link" to="/admin" end>
            {t('admin.accountsTab')}
          </NavLink>
        </li>
        <li>
          <NavLink className="admin-sections__link" to="/admin/audit">
            {t('admin.auditTab')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
