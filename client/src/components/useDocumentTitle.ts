import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Screen readers announce the document title on navigation, so each page names itself in the active language. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
