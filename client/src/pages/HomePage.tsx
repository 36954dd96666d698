import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/useDocumentTitle';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));

  return (
    <>
      <h1>{t('home.heading')}</h1>
      <p className="lead">{t('home.intro')}</p>
    </>
  );
}
