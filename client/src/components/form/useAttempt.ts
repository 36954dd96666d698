import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from './apiErrorMessage';

/**
 * For a button whose request the server may refuse (a conflict, too many attempts, the network):
 * `attempt(request, done)` runs `done` once the server agreed, and otherwise keeps the reason, to be
 * shown next to the button with `ErrorText`, until the next success.
 */
export function useAttempt() {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);

  function attempt<T>(request: Promise<T>, done: (result: T) => void) {
    request.then(
      (result) => {
        done(result);
        setError(null);
      },
      (failure: unknown) => setError(apiErrorMessage(failure, t)),
    );
  }

  return { error, attempt };
}
