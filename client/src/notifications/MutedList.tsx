import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listNotificationMutes, setNotificationsMuted, type MuteKind, type NotificationMute } from '../api/notifications';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { ErrorText } from '../components/form/ErrorText';
import { LoadFailed } from '../components/LoadFailed';
import { useLoad } from '../components/useLoad';

const PAGES: Record<MuteKind, string> = { conversation: '/posts', space: '/spaces', messages: '/messages' };

/** The conversations and spaces someone silenced, each to take back. */
export function MutedList() {
  const { t } = useTranslation();
  const loaded = useLoad('notification-mutes', listNotificationMutes);
  const mutes = loaded.value;
  const [error, setError] = useState<string | null>(null);

  function unmute(mute: NotificationMute) {
    setNotificationsMuted(mute.kind, mute.id, false).then(
      () => loaded.update((current) => current.filter((m) => m !== mute)),
      (failure: unknown) => setError(apiErrorMessage(failure, t)),
    );
  }

  return (
    <section className="muted-notifications" aria-labelledby="muted-notifications">
      <h2 id="muted-notifications">{t('notificationPreferences.mutes')}</h2>
      <p>{t('notificationPreferences.mutesIntro')}</p>
      {loaded.status === 'failed' && <LoadFailed error={loaded.error} onRetry={loaded.reload} />}
      {mutes?.length === 0 && <p>{t('notificationPreferences.noMutes')}</p>}
      {mutes && mutes.length > 0 && (
        <ul className="plain-list">
          {mutes.map((mute) => {
            const name = mute.name ?? t(`notificationPreferences.unnamed.${mute.kind}`);
            return (
              <li key={`${mute.kind}:${mute.id}`}>
                <span className="tag">{t(`notificationPreferences.kind.${mute.kind}`)}</span>{' '}
                <Link to={`${PAGES[mute.kind]}/${mute.id}`}>{name}</Link>{' '}
                <button type="button" className="link-button" onClick={() => unmute(mute)}>
                  {t('notificationPreferences.unmute')}{' '}
                  <span className="visually-hidden">{name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ErrorText message={error} />
    </section>
  );
}
