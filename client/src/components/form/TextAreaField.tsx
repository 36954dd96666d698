import { useTranslation } from 'react-i18next';

interface TextAreaFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  rows?: number;
  maxLength?: number;
  onValueChange(value: string): void;
}

/** A labelled text area whose hint and error are announced with it, like {@link TextField}. */
export function TextAreaField({ id, label, hint, error, value, rows = 3, maxLength, onValueChange }: TextAreaFieldProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <textarea
        id={id}
        className="field__input"
        rows={rows}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
      />
    </div>
  );
}
