import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/authContext';
import { CALLBACK_PATH } from '../auth/userManager';
import { DesktopNotifier } from '../notifications/DesktopNotifications';
import { NotificationBell } from '../notifications/NotificationBell';
import { SearchBox } from '../search/SearchBox';
import { LanguageSwitch } from './LanguageSwitch';
import { PrimaryNav } from './PrimaryNav';
import { MAIN_ID, SkipLink } from './SkipLink';
import { UserMenu } from './UserMenu';

export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { status, me } = useAuth();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  const signedInAs = status === 'signedIn' ? me : null;

  // After client-side navigation, move focus to the new content as a full page load would reset it.
  // Leaving the sign-in callback ends a series of full page loads, so focus stays where a load leaves it.
  useEffect(() => {
    if (previousPath.current !== pathname) {
      const fromCallback = previousPath.current === CALLBACK_PATH;
      previousPath.current = pathname;
      if (!fromCallback) {
        mainRef.current?.focus();
      }
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
          {signedInAs && <SearchBox />}
          <div className="topbar__tools">
            {signedInAs && <NotificationBell />}
            {signedInAs && <DesktopNotifier />}
            {signedInAs && <UserMenu me={signedInAs} />}
            <LanguageSwitch />
          </div>
        </div>
        {signedInAs && (
          <div className="topbar__nav container">
            <PrimaryNav account={<UserMenu me={signedInAs} />} />
          </div>
        )}
      </header>
      <main ref={mainRef} id={MAIN_ID} className="content container" tabIndex={-1}>
        {/* Pages loaded on demand show nothing for the moment their script takes to arrive. */}
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <p className="container">{t('footer.tagline')}</p>
      </footer>
    </div>
  );
}
