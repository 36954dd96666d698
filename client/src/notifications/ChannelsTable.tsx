import { useTranslation } from 'react-i18next';
import { isNotificationType, type NotificationPreferences } from '../api/notifications';

type TypeChannels = NotificationPreferences['types'];

/** One row per kind of notification: whether it shows in the app, and whether it may go into the digest. */
export function ChannelsTable({ types, onChange }: { types: TypeChannels; onChange: (types: TypeChannels) => void }) {
  const { t } = useTranslation();

  function set(type: string, channel: 'inApp' | 'email', value: boolean) {
    onChange(types.map((row) => (row.type === type ? { ...row, [channel]: value } : row)));
  }

  return (
    <table className="figures-table channels">
      <caption className="field__label">{t('notificationPreferences.channels')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('notificationPreferences.type')}</th>
          <th scope="col" id="channel-in-app">
            {t('notificationPreferences.inApp')}
          </th>
          <th scope="col" id="channel-email">
            {t('notificationPreferences.email')}
          </th>
        </tr>
      </thead>
      <tbody>
        {types.map((row) => (
          <tr key={row.type}>
            <th scope="row" id={`channel-${row.type}`}>
              {isNotificationType(row.type) ? t(`notifications.types.${row.type}`) : row.type}
            </th>
            <td>
              <input
                type="checkbox"
                aria-labelledby={`channel-${row.type} channel-in-app`}
                checked={row.inApp}
                onChange={(event) => set(row.type, 'inApp', event.target.checked)}
              />
            </td>
            <td>
              <input
                type="checkbox"
                aria-labelledby={`channel-${row.type} channel-email`}
                checked={row.email}
                onChange={(event) => set(row.type, 'email', event.target.checked)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
