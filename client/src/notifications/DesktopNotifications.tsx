import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/authContext';
import { useNotifications } from './notificationsContext';
import { notificationLink, notificationText } from './notificationText';

/** Kept in the browser: whether a device may show notifications is the device's own permission. */
const SETTING = 'enterprisesocial.desktopNotifications';

/** What arrives after the page is hidden; changes older than this are catch-up after sleep or a reconnect, not news. */
const NEWS_MS = 60_000;

type DesktopState = 'on' | 'off' | 'blocked' | 'unsupported';

function desktopState(): DesktopState {
  if (!('Notification' in window)) {
    return 'unsupported';
  }
  if (Notification.permission === 'denied') {
    return 'blocked';
  }
  return Notification.permission === 'granted' && window.localStorage.getItem(SETTING) === 'on' ? 'on' : 'off';
}

/**
 * Shows a system notification for what arrives while the app's tab is in the background, when the person
 * turned them on for this browser; one per entry, replaced as its group grows, opening the entry when clicked.
 */
export function DesktopNotifier() {
  const { t, i18n } = useTranslation();
  const { onChanges } = useNotifications();
  const { me } = useAuth();
  const navigate = useNavigate();
  const myId = me?.id ?? null;

  useEffect(
    () =>
      onChanges((changed) => {
        if (document.visibilityState !== 'hidden' || desktopState() !== 'on') {
          return;
        }
        for (const entry of changed) {
          if (entry.read || Date.now() - Date.parse(entry.updatedAt) > NEWS_MS) {
            continue;
          }
          let shown: Notification;
          try {
            shown = new Notification(notificationText(entry, t), { body: entry.post?.excerpt ?? '', tag: entry.id, lang: i18n.resolvedLanguage });
          } catch {
            // Phone browsers show notifications from a service worker only: the bell and the tab's title remain.
            return;
          }
          shown.onclick = () => {
            window.focus();
            const link = notificationLink(entry, myId);
            if (link) {
              void navigate(link);
            }
            shown.close();
          };
        }
      }),
    [onChanges, t, i18n.resolvedLanguage, myId, navigate],
  );
  return null;
}

/** The preferences' switch for this browser's system notifications, asking the browser's permission the first time. */
export function DesktopNotificationsSetting() {
  const { t } = useTranslation();
  const [state, setState] = useState(desktopState);

  async function change(on: boolean) {
    if (!on) {
      window.localStorage.removeItem(SETTING);
    } else if ((await Notification.requestPermission()) === 'granted') {
      window.localStorage.setItem(SETTING, 'on');
    }
    setState(desktopState());
  }

  return (
    <section className="desktop-notifications" aria-labelledby="desktop-notifications-title">
      <h2 id="desktop-notifications-title">{t('desktopNotifications.title')}</h2>
      <p>{t('desktopNotifications.hint')}</p>
      {state === 'unsupported' || state === 'blocked' ? (
        <p>{t(`desktopNotifications.${state}`)}</p>
      ) : (
        <label className="checkbox">
          <input type="checkbox" checked={state === 'on'} onChange={(event) => void change(event.target.checked)} />
          {t('desktopNotifications.show')}
        </label>
      )}
    </section>
  );
}
