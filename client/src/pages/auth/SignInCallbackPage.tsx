import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { completeSignIn } from '../../auth/session';
import { useDocumentTitle } from '../../components/useDocumentTitle';

/** The authorization server sends the browser back here with a code, which becomes tokens. */
export function SignInCallbackPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let active = true;
    completeSignIn().then(
      (returnTo) => {
        if (active) {
          void navigate(returnTo, { replace: true });
        }
      },
      () => {
        if (active) {
          setFailed(true);
        }
      },
    );
    return () => {
      active = false;
    };
  }, [navigate]);

  if (!failed) {
    return (
      <p className="auth-status" role="status">
        {t('auth.completing')}
      </p>
    );
  }
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      <p className="alert" role="alert">
        {t('auth.callbackFailed')}
      </p>
      <p>
        <Link to="/">{t('auth.tryAgain')}</Link>
      </p>
    </>
  );
}
