import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/authContext';
import { SectionTabs } from '../components/SectionTabs';

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
  return <SectionTabs label={t('streams.label')} tabs={tabs.map((tab) => ({ to: tab.to, label: t(tab.key) }))} />;
}
