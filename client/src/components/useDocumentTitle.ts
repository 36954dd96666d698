import { useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationsContext, unreadShown } from '../notifications/notificationsContext';

/**
 * Screen readers announce the document title on navigation, so each page names itself in the active
 * language. Unread notifications lead it, as "(3) Home", so that a tab left in the background shows
 * that something arrived.
 */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const unread = useContext(NotificationsContext)?.unread ?? 0;
  const title = unread > 0 ? t('app.documentTitleUnread', { page, unread: unreadShown(unread) }) : t('app.documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
