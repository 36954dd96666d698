import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inviteAccount, type Invitation } from '../../api/accounts';
import { ApiError, fieldErrors } from '../../api/http';
import type { Role } from '../../api/identity';
import { apiErrorMessage, looksLikeEmail } from '../../components/form/apiErrorMessage';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/TextField';
import { useFormErrors } from '../../components/form/useFormErrors';
import { RoleCheckboxes } from './RoleCheckboxes';
import { copyText } from '../../components/copyText';

type Field = 'email' | 'displayName' | 'roles';
const FIELD_IDS: Record<Field, string> = {
  email: 'invite-email',
  displayName: 'invite-name',
  roles: 'invite-roles-Employee',
};

interface Invited extends Invitation {
  displayName: string;
}

export function InviteForm({ onInvited }: { onInvited: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['Employee']);
  const [submitting, setSubmitting] = useState(false);
  const [invited, setInvited] = useState<Invited | null>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { errors, attempt, show, clear, summary } = useFormErrors<Field>();
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (invited) {
      resultRef.current?.focus();
    }
  }, [invited]);

  function validate() {
    const found: Partial<Record<Field, string>> = {};
    if (!looksLikeEmail(email.trim())) {
      found.email = t('signIn.emailInvalid');
    }
    const name = displayName.trim();
    if (!name || name.length > 200) {
      found.displayName = t('admin.invite.displayNameMissing');
    }
    if (roles.length === 0) {
      found.roles = t('admin.invite.rolesMissing');
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    setSubmitting(true);
    try {
      const name = displayName.trim();
      const invitation = await inviteAccount(email.trim(), name, roles);
      clear();
      setInvited({ ...invitation, displayName: name });
      setCopy('idle');
      setEmail('');
      setDisplayName('');
      setRoles(['Employee']);
      onInvited();
    } catch (error) {
      const fields = fieldErrors(error);
      if (error instanceof ApiError && error.status === 409) {
        show({ email: t('admin.invite.emailTaken') });
      } else if (fields.email || fields.displayName || fields.roles) {
        show({
          email: fields.email ? t('signIn.emailInvalid') : undefined,
          displayName: fields.displayName ? t('admin.invite.displayNameMissing') : undefined,
          roles: fields.roles ? t('admin.invite.rolesMissing') : undefined,
        });
      } else {
        show({ form: apiErrorMessage(error, t) });
      }
    } finally {
      setSubmitting(false);
    }
  }

  function copyLink(link: string) {
    // When copying fails, the read-only field still lets people copy by hand.
    copyText(link).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  }

  return (
    <>
      {invited && (
        <div ref={resultRef} className="panel" tabIndex={-1}>
          <p>{t('admin.invite.done', { name: invited.displayName })}</p>
          <div className="field">
            <label className="field__label" htmlFor="invite-link">
              {t('admin.invite.link')}
            </label>
            <input
              id="invite-link"
              className="field__input"
              readOnly
              value={invited.setPasswordLink}
              onFocus={(event) => event.target.select()}
            />
          </div>
          <div className="form__actions">
            <button type="button" className="button button--secondary" onClick={() => copyLink(invited.setPasswordLink)}>
              {t('admin.invite.copy')}
            </button>
            <p className="form__status" role="status">
              {copy === 'copied' && t('admin.invite.copied')}
              {copy === 'failed' && t('admin.invite.copyFailed')}
            </p>
          </div>
        </div>
      )}
      <ErrorSummary errors={summary(FIELD_IDS)} attempt={attempt} />
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id={FIELD_IDS.email}
          label={t('admin.invite.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          error={errors.email}
          onValueChange={setEmail}
        />
        <TextField
          id={FIELD_IDS.displayName}
          label={t('admin.invite.displayName')}
          autoComplete="off"
          value={displayName}
          error={errors.displayName}
          onValueChange={setDisplayName}
        />
        <RoleCheckboxes
          idPrefix="invite-roles"
          legend={t('admin.invite.roles')}
          selected={roles}
          error={errors.roles}
          onChange={setRoles}
        />
        <div className="form__actions">
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? t('admin.invite.submitting') : t('admin.invite.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
