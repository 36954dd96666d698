import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useAuth } from '../auth/authContext';

const TABS = [
  { to: '/', key: 'streams.home' },
  { to: '/company', key: 'streams.company', companyOnly: true },
  { to: '/saved', key: 'streams.saved' },
  { to: '/scheduled', key: 'streams.scheduled' },
  { to: '/muted', key: 'streams.muted' },
] as const;

export function StreamTabs() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const tabs = TABS.filter((tab) => !('companyOnly' in tab) || can('UseCompanyDirectory'));
  return (
    <nav aria-label={t('streams.label')}>
      <ul className="section-tabs__list">
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end className="section-tabs__link">
              {t(tab.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
