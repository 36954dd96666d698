import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Praise } from '../api/recognition';
import { relativeTime } from '../activity/formatting';
import { Avatar } from '../pages/Avatar';
import { BadgeIcon } from './BadgeIcon';
import { useBilingual, valueBesides } from './useBilingual';

interface PraiseCardProps {
  praise: Praise;
  /** Whether to say which space it was given in: a space's own wall need not. */
  showSpace?: boolean;
  /** Actions on the praise, such as hiding it from the reader's profile. */
  children?: ReactNode;
}

/** One praise: who thanked whom, with which badge, in their own words. */
export function PraiseCard({ praise, showSpace = true, children }: PraiseCardProps) {
  const { t, i18n } = useTranslation();
  const bilingual = useBilingual();
  const language = i18n.resolvedLanguage ?? 'en';
  const badgeName = bilingual(praise.badge.name);
  const value = valueBesides(badgeName, praise.badge.value);
  const receivers = new Intl.ListFormat(language, { type: 'conjunction' }).format(praise.receivers.map((person) => person.displayName));

  return (
    <article className="praise" aria-label={t('recognition.card.label', { giver: praise.giver.displayName, receivers })}>
      <header className="praise__header">
        <Avatar person={praise.giver} size={64} />
        <p className="praise__people">
          <Link to={`/people/${praise.giver.id}`}>{praise.giver.displayName}</Link> {t('recognition.card.praised')}{' '}
          {praise.receivers.map((person, index) => (
            <Fragment key={person.id}>
              {index > 0 && ', '}
              <Link to={`/people/${person.id}`}>{person.displayName}</Link>
            </Fragment>
          ))}
        </p>
      </header>
      <p className="praise__badge">
        <BadgeIcon badge={praise.badge} size="large" />
        <strong>{badgeName}</strong>
        {value && <span className="praise__value">{value}</span>}
      </p>
      <p className="praise__message">{praise.message}</p>
      <p className="praise__meta">
        <time dateTime={praise.createdAt} title={new Date(praise.createdAt).toLocaleString(language)}>
          {relativeTime(praise.createdAt, language)}
        </time>
        {showSpace && praise.space && (
          <>
            {' · '}
            <Link to={`/spaces/${praise.space.id}/recognition`}>{t('recognition.card.inSpace', { space: praise.space.name })}</Link>
          </>
        )}
      </p>
      {children}
    </article>
  );
}
