import { useTranslation } from 'react-i18next';
import type { EmailAvoided } from '../api/notifications';

/**
 * Two bars a day, in the app and by e-mail, scaled to the busiest day, whose figure labels the
 * chart's top line: a day's own figures are in its tooltip, which a phone does not show. Each day is
 * a list item whose text says its figures, so the chart reads as a list to assistive technology.
 */
export function DayChart({ days }: { days: EmailAvoided['days'] }) {
  const { t, i18n } = useTranslation();
  const highestDay = Math.max(0, ...days.map((day) => Math.max(day.inApp, day.emailed)));
  const highest = Math.max(1, highestDay);
  const dayFormat = new Intl.DateTimeFormat(i18n.resolvedLanguage, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(i18n.resolvedLanguage);
  const height = (value: number) => `${(value / highest) * 100}%`;

  return (
    <figure className="day-chart">
      <ul className="day-chart__legend" aria-hidden="true">
        <li className="day-chart__key day-chart__key--in-app">{t('emailAvoided.inApp')}</li>
        <li className="day-chart__key day-chart__key--emailed">{t('emailAvoided.emailed')}</li>
      </ul>
      {highestDay > 0 && (
        <p className="day-chart__scale" aria-hidden="true">
          {t('emailAvoided.scale', { value: number.format(highestDay) })}
        </p>
      )}
      <ol className="day-chart__days" aria-label={t('emailAvoided.chartLabel')}>
        {days.map((day) => {
          const label = dayFormat.format(new Date(`${day.day}T00:00:00Z`));
          const text = t('emailAvoided.dayValue', { day: label, inApp: number.format(day.inApp), emailed: number.format(day.emailed) });
          return (
            <li key={day.day} className="day-chart__day" title={text}>
              <span className="visually-hidden">{text}</span>
              <span className="day-chart__bar day-chart__bar--in-app" style={{ height: height(day.inApp) }} aria-hidden="true" />
              <span className="day-chart__bar day-chart__bar--emailed" style={{ height: height(day.emailed) }} aria-hidden="true" />
            </li>
          );
        })}
      </ol>
      {days.length > 0 && (
        <figcaption className="day-chart__axis" aria-hidden="true">
          <span>{dayFormat.format(new Date(`${days[0].day}T00:00:00Z`))}</span>
          <span>{dayFormat.format(new Date(`${days[days.length - 1].day}T00:00:00Z`))}</span>
        </figcaption>
      )}
    </figure>
  );
}
