import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main';

export function SkipLink() {
  const { t } = useTranslation();

  // Focusing explicitly keeps the URL free of "#main" and works the same in every browser.
  function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
    const main = document.getElementById(MAIN_ID);
    if (main) {
      event.preventDefault();
      main.focus();
    }
  }

  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
      {t('skipLink')}
    </a>
  );
}
