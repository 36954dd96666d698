import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import type { Capability } from '../api/identity';
import { ForbiddenPage } from '../pages/ForbiddenPage';
import { useAuth, type AuthStatus } from './authContext';

const WAITING_MESSAGES = {
  loading: 'auth.loading',
  signedOut: 'auth.redirecting',
  signedIn: 'auth.loading',
  signingOut: 'auth.signingOut',
} as const satisfies Record<AuthStatus, string>;

/** Renders the child routes for a signed-in person; anyone else goes to sign in and comes back here. */
export function RequireAuth() {
  const { t } = useTranslation();
  const { status, me, meFailed, signIn } = useAuth();
  const { pathname, search, hash } = useLocation();
  const [redirectFailed, setRedirectFailed] = useState(false);
  const returnPath = `${pathname}${search}${hash}`;

  useEffect(() => {
    if (status === 'signedOut') {
      signIn(returnPath).catch(() => setRedirectFailed(true));
    }
  }, [status, returnPath, signIn]);

  if (status === 'signedIn' && me) {
    return <Outlet />;
  }
  if (redirectFailed || (status === 'signedIn' && meFailed)) {
    return (
      <p className="alert" role="alert">
        {t('errors.generic')}
      </p>
    );
  }
  return (
    <p className="auth-status" role="status">
      {t(WAITING_MESSAGES[status])}
    </p>
  );
}

export function RequireCapability({ capability }: { capability: Capability }) {
  const { can } = useAuth();
  return can(capability) ? <Outlet /> : <ForbiddenPage />;
}
