import type { TFunction } from 'i18next';
import { ApiError } from '../../api/http';

/**
 * The message for a failure that no field explains. The server words a problem's detail for the
 * person reading it, in the language the page is shown in (ADR 0028) — a refusal, a conflict to try
 * again, a keyword rule's message as its administrators wrote it — so it is shown when there is one.
 * Rate limiting says how long to wait; anything else, such as a failure that never reached the
 * server, gets the generic sentence.
 */
export function apiErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.status === 429) {
    return error.retryAfterSeconds === null
      ? t('errors.tooManyAttemptsLater')
      : t('errors.tooManyAttempts', { count: error.retryAfterSeconds });
  }
  const detail = error instanceof ApiError ? error.problem?.detail : undefined;
  return typeof detail === 'string' && detail.trim() ? detail : t('errors.generic');
}

export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(value);
}
