import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../components/useDocumentTitle';

export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forbidden.title'));

  return (
    <>
      <h1>{t('forbidden.title')}</h1>
      <p className="lead">{t('forbidden.description')}</p>
      <p>
        <Link to="/">{t('notFound.backHome')}</Link>
      </p>
    </>
  );
}
