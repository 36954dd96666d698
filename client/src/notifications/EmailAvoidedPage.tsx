import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emailAvoided, isNotificationType } from '../api/notifications';
import { SelectField } from '../components/form/SelectField';
import { LoadFailed } from '../components/LoadFailed';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { AdminSections } from '../pages/admin/AdminSections';
import { DayChart } from './DayChart';

const PERIODS = [7, 30, 90] as const;

/** How much internal e-mail notifications in the app replaced, and how much was still sent, over a period. */
export function EmailAvoidedPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('emailAvoided.title'));
  const [days, setDays] = useState<number>(30);
  const loaded = useLoad(['email-avoided', days], (signal) => emailAvoided(days, signal));
  const figures = loaded.value;
  const number = new Intl.NumberFormat(i18n.resolvedLanguage);
  const byType = figures ? Object.entries(figures.totals.byType) : [];

  return (
    <>
      <h1>{t('emailAvoided.title')}</h1>
      <AdminSections />
      <p className="lead">{t('emailAvoided.intro')}</p>
      <div className="narrow">
        <SelectField
          id="email-avoided-period"
          label={t('emailAvoided.period')}
          value={String(days)}
          options={PERIODS.map((value) => ({ value: String(value), label: t('emailAvoided.days', { count: value }) }))}
          onValueChange={(value) => setDays(Number(value))}
        />
      </div>
      <p className="directory__status" role="status">
        {loaded.status === 'loading' ? t('emailAvoided.loading') : ''}
      </p>
      {loaded.status === 'failed' && <LoadFailed error={loaded.error} onRetry={loaded.reload} />}
      {figures && (
        <>
          <ul className="avoided-totals">
            <li>{t('emailAvoided.inAppTotal', { count: figures.totals.inApp, formatted: number.format(figures.totals.inApp) })}</li>
            <li>{t('emailAvoided.emailedTotal', { count: figures.totals.emailed, formatted: number.format(figures.totals.emailed) })}</li>
          </ul>
          <section aria-labelledby="avoided-per-day">
            <h2 id="avoided-per-day">{t('emailAvoided.perDay')}</h2>
            {figures.days.length === 0 ? <p>{t('emailAvoided.noData')}</p> : <DayChart days={figures.days} />}
          </section>
          <section aria-labelledby="avoided-by-type">
            <h2 id="avoided-by-type">{t('emailAvoided.byType')}</h2>
            {byType.length === 0 ? (
              <p>{t('emailAvoided.noData')}</p>
            ) : (
              <table className="figures-table avoided-table">
                <thead>
                  <tr>
                    <th scope="col">{t('emailAvoided.type')}</th>
                    <th scope="col">{t('emailAvoided.inApp')}</th>
                    <th scope="col">{t('emailAvoided.emailed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {byType.map(([type, delivered]) => (
                    <tr key={type}>
                      <th scope="row">{isNotificationType(type) ? t(`notifications.types.${type}`) : type}</th>
                      <td>{number.format(delivered.inApp)}</td>
                      <td>{number.format(delivered.emailed)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </>
  );
}
