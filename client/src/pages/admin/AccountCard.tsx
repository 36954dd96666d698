import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setAccountActive, setAccountRoles, type Account } from '../../api/accounts';
import { ApiError } from '../../api/http';
import type { Role } from '../../api/identity';
import { apiErrorMessage } from '../../components/form/apiErrorMessage';
import { RoleCheckboxes } from './RoleCheckboxes';
import { isRole } from './roles';

interface AccountCardProps {
  account: Account;
  isSelf: boolean;
  onChanged: (account: Account) => void;
}

type Message = { kind: 'status' | 'error'; text: string } | null;

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}

export function AccountCard({ account, isSelf, onChanged }: AccountCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const nameId = `${id}-name`;
  const [roles, setRoles] = useState<Role[]>(() => account.roles.filter(isRole));
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const promptRef = useRef<HTMLParagraphElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const focusToggle = useRef(false);
  const name = account.displayName;

  useEffect(() => {
    if (confirming) {
      promptRef.current?.focus();
    } else if (focusToggle.current) {
      focusToggle.current = false;
      toggleRef.current?.focus();
    }
  }, [confirming]);

  function failure(error: unknown): string {
    if (error instanceof ApiError && error.status === 404) {
      return t('admin.accounts.notFound');
    }
    if (error instanceof ApiError && error.status === 422) {
      return t('admin.accounts.cannotRemoveOwnAdmin');
    }
    return apiErrorMessage(error, t);
  }

  // The button stays enabled, so that keyboard focus is never lost on a control that becomes disabled.
  async function saveRoles() {
    if (busy) {
      return;
    }
    if (sameRoles(roles, account.roles)) {
      setMessage({ kind: 'status', text: t('admin.accounts.rolesUnchanged') });
      return;
    }
    if (roles.length === 0) {
      setMessage({ kind: 'error', text: t('admin.invite.rolesMissing') });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await setAccountRoles(account.id, roles);
      onChanged({ ...account, roles });
      setMessage({ kind: 'status', text: t('admin.accounts.rolesSaved', { name }) });
    } catch (error) {
      setMessage({ kind: 'error', text: failure(error) });
    } finally {
      setBusy(false);
    }
  }

  function closePrompt() {
    focusToggle.current = true;
    setConfirming(false);
  }

  async function changeActivation() {
    const activate = !account.isActive;
    setBusy(true);
    setMessage(null);
    try {
      await setAccountActive(account.id, activate);
      onChanged({ ...account, isActive: activate });
      setMessage({ kind: 'status', text: t(activate ? 'admin.accounts.reactivated' : 'admin.accounts.deactivated', { name }) });
    } catch (error) {
      setMessage({ kind: 'error', text: failure(error) });
    } finally {
      setBusy(false);
      closePrompt();
    }
  }

  return (
    <li className="account">
      <div className="account__header">
        <h3 id={nameId} className="account__name">
          {name}
        </h3>
        <span className={account.isActive ? 'badge badge--active' : 'badge badge--inactive'}>
          {account.isActive ? t('admin.accounts.active') : t('admin.accounts.deactivatedBadge')}
        </span>
        {isSelf && <span className="badge">{t('admin.accounts.you')}</span>}
      </div>
      <p className="account__email">{account.email}</p>
      <RoleCheckboxes
        idPrefix={`${id}-roles`}
        legend={t('admin.accounts.roles')}
        selected={roles}
        onChange={setRoles}
      />
      <div className="account__actions">
        <button
          type="button"
          className="button"
          aria-describedby={nameId}
          onClick={saveRoles}
        >
          {t('admin.accounts.saveRoles')}
        </button>
        {!isSelf && !confirming && (
          <button
            ref={toggleRef}
            type="button"
            className="button button--secondary"
            aria-describedby={nameId}
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {account.isActive ? t('admin.accounts.deactivate') : t('admin.accounts.reactivate')}
          </button>
        )}
      </div>
      {confirming && (
        <div className="confirm" role="group" aria-labelledby={`${id}-prompt`}>
          <p id={`${id}-prompt`} ref={promptRef} tabIndex={-1} className="confirm__prompt">
            {account.isActive
              ? t('admin.accounts.confirmDeactivate', { name })
              : t('admin.accounts.confirmReactivate', { name })}
          </p>
          <div className="account__actions">
            <button type="button" className="button button--danger" disabled={busy} onClick={changeActivation}>
              {account.isActive ? t('admin.accounts.yesDeactivate') : t('admin.accounts.yesReactivate')}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={closePrompt}>
              {t('admin.accounts.cancel')}
            </button>
          </div>
        </div>
      )}
      <p className="account__status" role="status">
        {message?.kind === 'status' && message.text}
      </p>
      {message?.kind === 'error' && (
        <p className="alert" role="alert">
          {message.text}
        </p>
      )}
    </li>
  );
}
