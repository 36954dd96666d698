import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from './form/apiErrorMessage';

interface LoadFailedProps {
  error: unknown;
  onRetry: () => void;
  /** For an optional extra, such as a filter's choices: a line of text rather than a box, so the page stays calm. */
  compact?: boolean;
  /** What is missing, when the place alone does not tell; the failure's own explanation otherwise. */
  message?: string;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const PLACES = 'section, main';

/** The sections around an element and the page's main content, innermost first. */
function placesAround(element: HTMLElement): HTMLElement[] {
  const places: HTMLElement[] = [];
  for (let place = element.parentElement?.closest<HTMLElement>(PLACES); place; place = place.parentElement?.closest<HTMLElement>(PLACES)) {
    places.push(place);
  }
  return places;
}

/**
 * When the message goes away while its button has focus (what it failed to load came back), focus
 * moves to the heading of the nearest section still on the page rather than falling back to the
 * page body, where a keyboard or screen reader user would have to find their way back from the top.
 */
function useFocusKeptWhenGone(message: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const element = message.current;
    return () => {
      if (!element?.contains(document.activeElement)) {
        return;
      }
      // Gathered now, while the message is still in the page: the innermost section may go in the same change.
      const places = placesAround(element);
      // After the change is on the page, unless something else took focus meanwhile.
      queueMicrotask(() => {
        const place = places.find((candidate) => candidate.isConnected);
        if (!place || (document.activeElement !== null && document.activeElement !== document.body)) {
          return;
        }
        const target = place.querySelector<HTMLElement>(HEADINGS) ?? place;
        if (!target.hasAttribute('tabindex')) {
          target.tabIndex = -1;
        }
        target.focus();
      });
    };
  }, [message]);
}

/**
 * Says that something could not be loaded, where it would have been shown, and offers to load it
 * again. useLoad and useCursorList keep a failure on screen while they ask again, so the button
 * stays, busy rather than disabled (a disabled button would lose focus), until another failure
 * replaces this one or what was missing comes back.
 */
export function LoadFailed({ error, onRetry, compact = false, message }: LoadFailedProps) {
  const { t } = useTranslation();
  const alert = useRef<HTMLParagraphElement>(null);
  // Each failure is a new error: the one Try again was pressed for is being loaded again until another replaces it.
  const [retriedFailure, setRetriedFailure] = useState<{ error: unknown } | null>(null);
  const retrying = retriedFailure !== null && retriedFailure.error === error;
  useFocusKeptWhenGone(alert);

  function retry() {
    if (!retrying) {
      setRetriedFailure({ error });
      onRetry();
    }
  }

  return (
    <p ref={alert} className={compact ? 'field__error' : 'alert'} role="alert">
      {message ?? apiErrorMessage(error, t)}{' '}
      <button type="button" className="link-button" aria-disabled={retrying || undefined} aria-busy={retrying || undefined} onClick={retry}>
        {t(retrying ? 'errors.retrying' : 'errors.retry')}
      </button>
    </p>
  );
}
