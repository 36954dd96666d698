import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface FormError {
  /** The id of the control to fix; absent for an error about the whole form. */
  fieldId?: string;
  message: string;
}

/**
 * Lists what went wrong at the top of a form and takes focus after each failed attempt, so
 * screen reader and keyboard users learn about the errors without hunting for them.
 */
export function ErrorSummary({ errors, attempt }: { errors: FormError[]; attempt: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (hasErrors) {
      summaryRef.current?.focus();
    }
  }, [attempt, hasErrors]);

  if (!hasErrors) {
    return null;
  }

  function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (field) {
      event.preventDefault();
      field.focus();
    }
  }

  return (
    <div ref={summaryRef} className="error-summary" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {t('form.errorSummary')}
      </h2>
      <ul className="error-summary__list">
        {errors.map(({ fieldId, message }) => (
          <li key={`${fieldId ?? ''}${message}`}>
            {fieldId ? (
              <a href={`#${fieldId}`} onClick={(event) => focusField(event, fieldId)}>
                {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
