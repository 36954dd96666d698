import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from './form/apiErrorMessage';

interface LoadFailedProps {
  error: unknown;
  onRetry(): void;
  /** For an optional extra, such as a filter's choices: a line of text rather than a box, so the page stays calm. */
  compact?: boolean;
}

/** Says that something could not be loaded, where it would have been shown, and offers to load it again. */
export function LoadFailed({ error, onRetry, compact = false }: LoadFailedProps) {
  const { t } = useTranslation();
  return (
    <p className={compact ? 'field__error' : 'alert'} role="alert">
      {apiErrorMessage(error, t)}{' '}
      <button type="button" className="link-button" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </p>
  );
}
