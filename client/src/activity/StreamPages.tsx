import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/authContext';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { Feed } from './Feed';
import { StreamTabs } from './StreamTabs';

/** Home: the people, topics and spaces I follow, announcements for me, and my own posts. */
export function HomePage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  // A guest writes in their spaces, from each space's page; home shows what happens there.
  const guest = !can('UseCompanyDirectory');
  useDocumentTitle(t('home.title'));
  return (
    <>
      <h1>{t('home.heading')}</h1>
      {guest && <p className="page-intro">{t('home.guestIntro')}</p>}
      <StreamTabs />
      <Feed feed="home" liveKey="activity:home" label={t('streams.home')} withComposer={!guest} empty={t(guest ? 'feed.emptyGuestHome' : 'feed.emptyHome')} />
    </>
  );
}

export function CompanyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('streams.company'));
  return (
    <>
      <h1>{t('streams.companyHeading')}</h1>
      <StreamTabs />
      <Feed feed="company" liveKey="activity:company" label={t('streams.company')} withComposer empty={t('feed.empty')} />
    </>
  );
}

export function SavedPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('streams.saved'));
  return (
    <>
      <h1>{t('streams.savedHeading')}</h1>
      <StreamTabs />
      <Feed feed="saved" label={t('streams.saved')} empty={t('feed.emptySaved')} />
    </>
  );
}
