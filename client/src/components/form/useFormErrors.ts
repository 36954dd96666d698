import { useCallback, useState } from 'react';
import type { FormError } from './ErrorSummary';

/**
 * Errors keyed by field name ("form" for the whole form) plus an attempt counter: the same
 * error after a second submission must move focus to the summary again.
 */
export function useFormErrors<Field extends string>() {
  const [errors, setErrors] = useState<Partial<Record<Field | 'form', string>>>({});
  const [attempt, setAttempt] = useState(0);

  const show = useCallback((next: Partial<Record<Field | 'form', string>>) => {
    setErrors(next);
    setAttempt((count) => count + 1);
  }, []);

  const clear = useCallback(() => setErrors({}), []);

  /** The summary's entries, in the order of the fields on the page. */
  const summary = useCallback(
    (fieldIds: Record<Field, string>): FormError[] => {
      const entries: FormError[] = errors.form ? [{ message: errors.form }] : [];
      for (const [field, fieldId] of Object.entries(fieldIds) as [Field, string][]) {
        const message = errors[field];
        if (message) {
          entries.push({ fieldId, message });
        }
      }
      return entries;
    },
    [errors],
  );

  return { errors, attempt, show, clear, summary };
}
