import type { TFunction } from 'i18next';
import { ApiError } from '../../api/http';

/** The message for a failure that no field explains: rate limiting, or anything unexpected. */
export function apiErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.status === 429) {
    return error.retryAfterSeconds === null
      ? t('errors.tooManyAttemptsLater')
      : t('errors.tooManyAttempts', { count: error.retryAfterSeconds });
  }
  return t('errors.generic');
}

export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(value);
}

/**
 * For text someone wrote: a refusal by the company's keyword rules carries a message written by
 * its administrators for the writer, shown as it is; anything else as {@link apiErrorMessage}.
 */
export function writingErrorMessage(error: unknown, t: TFunction): string {
  return error instanceof ApiError && error.status === 422 && error.problem?.detail ? error.problem.detail : apiErrorMessage(error, t);
}
