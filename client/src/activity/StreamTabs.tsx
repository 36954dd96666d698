import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

const TABS = [
  { to: '/', key: 'streams.home' },
  { to: '/company', key: 'streams.company' },
  { to: '/saved', key: 'streams.saved' },
  { to: '/scheduled', key: 'streams.scheduled' },
  { to: '/muted', key: 'streams.muted' },
] as const;

export function StreamTabs() {
  const { t } = useTranslation();
  return (
    <nav className="stream-tabs" aria-label={t('streams.label')}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end className="stream-tabs__link">
              {t(tab.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
