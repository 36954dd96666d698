import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/authContext';

export function UserMenu({ name }: { name: string }) {
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
        {name}
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
