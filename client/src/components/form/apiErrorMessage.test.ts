import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http';
import { createI18n } from '../../i18n';
import { apiErrorMessage } from './apiErrorMessage';

describe('the message for a failed request', () => {
  it('is the problem\'s detail when the server gives one, as it wrote it in the language asked for', () => {
    const { t } = createI18n('fr');
    const problem = { title: 'Service Unavailable', status: 503, detail: 'Le service est en maintenance. Réessayez dans quelques minutes.' };

    expect(apiErrorMessage(new ApiError(503, problem), t)).toBe('Le service est en maintenance. Réessayez dans quelques minutes.');
  });

  it('is the generic sentence, in the reader\'s language, when the problem has no detail or there is no problem', () => {
    const { t } = createI18n('fr');
    const generic = 'Une erreur est survenue. Veuillez réessayer dans un instant.';

    expect(apiErrorMessage(new ApiError(500, { title: 'Internal Server Error', status: 500 }), t)).toBe(generic);
    expect(apiErrorMessage(new ApiError(502, { title: 'Bad Gateway', status: 502, detail: '  ' }), t)).toBe(generic);
    expect(apiErrorMessage(new ApiError(502, null), t)).toBe(generic);
    expect(apiErrorMessage(new TypeError('Failed to fetch'), t)).toBe(generic);
  });

  it('says how long to wait when the server limits the rate of requests, whatever its detail', () => {
    const { t } = createI18n('en');
    const problem = { title: 'Too Many Requests', status: 429, detail: 'Too many requests.' };

    expect(apiErrorMessage(new ApiError(429, problem, 30), t)).toBe('Too many attempts. Try again in 30 seconds.');
    expect(apiErrorMessage(new ApiError(429, problem), t)).toBe('Too many attempts. Try again in a moment.');
  });
});
