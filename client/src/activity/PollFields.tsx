import { useTranslation } from 'react-i18next';

export interface PollDraft {
  options: string[];
  multipleChoice: boolean;
  /** A datetime-local value, in the person's own time zone. */
  closesAt: string;
}

export const emptyPoll: PollDraft = { options: ['', ''], multipleChoice: false, closesAt: '' };

const MAX_OPTIONS = 10;

export function PollFields({ poll, onChange }: { poll: PollDraft; onChange: (next: PollDraft) => void }) {
  const { t } = useTranslation();
  const setOption = (index: number, text: string) =>
    onChange({ ...poll, options: poll.options.map((option, i) => (i === index ? text : option)) });

  return (
    <fieldset className="poll-fields">
      <legend>{t('composer.poll.legend')}</legend>
      {poll.options.map((option, index) => (
        <div key={index} className="poll-fields__option">
          <label className="field__label" htmlFor={`poll-option-${index}`}>
            {t('composer.poll.option', { number: index + 1 })}
          </label>
          <input id={`poll-option-${index}`} className="field__input" value={option} maxLength={200} onChange={(event) => setOption(index, event.target.value)} />
          {poll.options.length > 2 && (
            <button
              type="button"
              className="link-button"
              aria-label={t('composer.poll.removeOption', { number: index + 1 })}
              onClick={() => onChange({ ...poll, options: poll.options.filter((_, i) => i !== index) })}
            >
              {t('composer.remove')}
            </button>
          )}
        </div>
      ))}
      {poll.options.length < MAX_OPTIONS && (
        <button type="button" className="button button--secondary" onClick={() => onChange({ ...poll, options: [...poll.options, ''] })}>
          {t('composer.poll.addOption')}
        </button>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={poll.multipleChoice} onChange={(event) => onChange({ ...poll, multipleChoice: event.target.checked })} />
        {t('composer.poll.multipleChoice')}
      </label>
      <label className="field__label" htmlFor="poll-closes-at">
        {t('composer.poll.closesAt')}
      </label>
      <input id="poll-closes-at" className="field__input" type="datetime-local" value={poll.closesAt} onChange={(event) => onChange({ ...poll, closesAt: event.target.value })} />
    </fieldset>
  );
}
