import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { LanguageSwitch } from './LanguageSwitch';
import { PrimaryNav } from './PrimaryNav';
import { MAIN_ID, SkipLink } from './SkipLink';

export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  // After client-side navigation, move focus to the new content as a full page load would reset it.
  useEffect(() => {
    if (previousPath.current !== pathname) {
      previousPath.current = pathname;
      mainRef.current?.focus();
    }
  }, [pathname]);

  return (
    <div className="shell">
      <SkipLink />
      <header className="topbar">
        <div className="topbar__bar container">
          <Link className="brand" to="/">
            {t('app.name')}
          </Link>
          <LanguageSwitch />
        </div>
        <div className="topbar__nav container">
          <PrimaryNav />
        </div>
      </header>
      <main ref={mainRef} id={MAIN_ID} className="content container" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">
        <p className="container">{t('footer.tagline')}</p>
      </footer>
    </div>
  );
}
