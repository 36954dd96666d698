import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { isNotificationType, NOTIFICATION_TYPES, type NotificationType } from '../api/notifications';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { NotificationList } from './NotificationList';
import { useNotifications } from './notificationsContext';

/** Every notification, filtered by what is unread and by type; the filters go in the address so that coming back restores them. */
export function NotificationCentrePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  const { status } = useNotifications();
  const [params, setParams] = useSearchParams();
  // Held here as well as in the address, whose update lands a moment later: the radio buttons follow the click at once.
  const [{ unreadOnly, type }, setFilters] = useState(() => {
    const requestedType = params.get('type') ?? '';
    return { unreadOnly: params.get('unread') === 'true', type: isNotificationType(requestedType) ? requestedType : null };
  });

  function filter(next: { unreadOnly: boolean; type: NotificationType | null }) {
    setFilters(next);
    const query = new URLSearchParams();
    if (next.unreadOnly) {
      query.set('unread', 'true');
    }
    if (next.type) {
      query.set('type', next.type);
    }
    setParams(query, { replace: true });
  }

  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <p className="lead">{t('notifications.intro')}</p>
      <p>
        <Link to="/notifications/preferences">{t('notifications.preferencesLink')}</Link>
      </p>
      <form className="notification-filters" aria-label={t('notifications.filters')} onSubmit={(event) => event.preventDefault()}>
        <fieldset className="notification-filters__show">
          <legend className="field__label">{t('notifications.show')}</legend>
          <label className="checkbox">
            <input type="radio" name="notification-show" checked={!unreadOnly} onChange={() => filter({ unreadOnly: false, type })} />
            {t('notifications.all')}
          </label>
          <label className="checkbox">
            <input type="radio" name="notification-show" checked={unreadOnly} onChange={() => filter({ unreadOnly: true, type })} />
            {t('notifications.unreadOnly')}
          </label>
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor="notification-type">
            {t('notifications.type')}
          </label>
          <select
            id="notification-type"
            className="field__input"
            value={type ?? ''}
            onChange={(event) => filter({ unreadOnly, type: isNotificationType(event.target.value) ? event.target.value : null })}
          >
            <option value="">{t('notifications.allTypes')}</option>
            {NOTIFICATION_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`notifications.types.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {/* The list waits for the newest sequence, so that whatever changes after it reads arrives live. */}
      {status === 'ready' ? <NotificationList unreadOnly={unreadOnly} type={type} /> : <p role="status">{t('notifications.loading')}</p>}
    </>
  );
}
