import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Me } from '../api/identity';
import { useAuth } from '../auth/authContext';

/** Who is signed in, their name leading to their own profile, and signing out. */
export function UserMenu({ me }: { me: Pick<Me, 'id' | 'displayName'> }) {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const [state, setState] = useState<'idle' | 'leaving' | 'failed'>('idle');

  function leave() {
    setState('leaving');
    signOut().catch(() => setState('failed'));
  }

  return (
    <div className="user-menu">
      <p className="user-menu__name">
        <span className="visually-hidden">{t('auth.signedInAs')} </span>
        <Link to={`/people/${me.id}`}>{me.displayName}</Link>
      </p>
      <button type="button" className="user-menu__sign-out" onClick={leave} disabled={state === 'leaving'}>
        {t('auth.signOut')}
      </button>
      {state === 'failed' && (
        <p className="user-menu__error" role="alert">
          {t('auth.signOutFailed')}
        </p>
      )}
    </div>
  );
}
