import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from './form/apiErrorMessage';
import { ErrorText } from './form/ErrorText';
import type { CursorListState } from './useCursorList';

interface MoreButtonProps {
  list: Pick<CursorListState<unknown>, 'nextCursor' | 'loadingMore' | 'moreError'> & { loadMore: () => void };
  label: string;
  /** Said while the next page loads; the label stays when there is none. */
  loadingLabel?: string;
  className?: string;
}

/**
 * Asks for the next page of a list from useCursorList. When that page fails, the items shown stay,
 * the reason is told above the button, and the button asks for that page again. It stays the same
 * button throughout, busy rather than disabled while a page loads, so that focus stays on it.
 */
export function MoreButton({ list, label, loadingLabel = label, className = 'button button--secondary' }: MoreButtonProps) {
  const { t } = useTranslation();
  if (list.nextCursor === null) {
    return null;
  }
  const failed = list.moreError !== null;
  return (
    <>
      <ErrorText message={failed ? apiErrorMessage(list.moreError, t) : null} />
      <button type="button" className={className} aria-disabled={list.loadingMore || undefined} onClick={list.loadMore}>
        {list.loadingMore ? loadingLabel : failed ? t('errors.retry') : label}
      </button>
    </>
  );
}
