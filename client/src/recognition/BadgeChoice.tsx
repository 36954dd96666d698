import { useTranslation } from 'react-i18next';
import type { Badge } from '../api/recognition';
import { BadgeIcon } from './BadgeIcon';
import { useBilingual, valueBesides } from './useBilingual';

interface BadgeChoiceProps {
  /** The id of the first radio button, for the error summary to move focus to. */
  id: string;
  /** Undefined while they are not known: nothing is said about them then. */
  badges: Badge[] | undefined;
  chosenId: string;
  error?: string;
  onChoose: (badgeId: string) => void;
}

/** The praise badges on offer, as a radio group showing each one's icon, value and description. */
export function BadgeChoice({ id, badges, chosenId, error, onChoose }: BadgeChoiceProps) {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  const errorId = `${id}-error`;
  return (
    <fieldset className={error ? 'field field--error badge-choice' : 'field badge-choice'} aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">{t('recognition.composer.badge')}</legend>
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {badges?.length === 0 && <p>{t('recognition.composer.noBadges')}</p>}
      {badges?.map((badge, index) => {
        const name = bilingual(badge.name);
        const value = valueBesides(name, badge.value);
        return (
          <label key={badge.id} className="badge-option">
            <input
              id={index === 0 ? id : undefined}
              type="radio"
              name="praise-badge"
              value={badge.id}
              checked={chosenId === badge.id}
              onChange={() => onChoose(badge.id)}
            />
            <BadgeIcon badge={badge} size="large" />
            <span>
              <strong>{name}</strong>
              {value && <span className="praise__value"> · {value}</span>}
              <span className="badge-option__description">{bilingual(badge.description)}</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
