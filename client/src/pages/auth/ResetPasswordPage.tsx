import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { fieldErrors } from '../../api/http';
import { resetPassword } from '../../api/identity';
import { apiErrorMessage } from '../../components/form/apiErrorMessage';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/TextField';
import { useFormErrors } from '../../components/form/useFormErrors';
import { useDocumentTitle } from '../../components/useDocumentTitle';

type Field = 'newPassword' | 'confirmation';
const FIELD_IDS: Record<Field, string> = { newPassword: 'reset-password', confirmation: 'reset-confirmation' };

/** The server's own rules, checked here first so that the person gets an answer at once. */
export function meetsPasswordRules(password: string): boolean {
  return password.length >= 10 && /\d/.test(password) && /\p{Lu}/u.test(password) && /\p{Ll}/u.test(password);
}

/** Serves both the "forgot password" link and the invitation link: both carry an e-mail and a token. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resetPassword.title'));
  const [params] = useSearchParams();
  const email = params.get('email') ?? '';
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState(false);
  const [linkRefused, setLinkRefused] = useState(false);
  const { errors, attempt, show, summary } = useFormErrors<Field>();
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) {
      doneRef.current?.focus();
    }
  }, [done]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!password) {
      found.newPassword = t('resetPassword.passwordMissing');
    } else if (!meetsPasswordRules(password)) {
      found.newPassword = t('resetPassword.passwordWeak');
    }
    if (!found.newPassword && confirmation !== password) {
      found.confirmation = t('resetPassword.mismatch');
    }
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    setSubmitting(true);
    try {
      await resetPassword(email, token, password);
      setDone(true);
    } catch (error) {
      setSubmitting(false);
      const fields = fieldErrors(error);
      if (fields.token || fields.email) {
        setLinkRefused(true);
        show({ form: t('resetPassword.linkInvalid') });
      } else if (fields.newPassword) {
        show({ newPassword: t('resetPassword.passwordWeak') });
      } else {
        show({ form: apiErrorMessage(error, t) });
      }
    }
  }

  if (!email || !token) {
    return (
      <div className="narrow">
        <h1>{t('resetPassword.title')}</h1>
        <p className="alert">{t('resetPassword.linkIncomplete')}</p>
        <p>
          <Link to="/forgot-password">{t('resetPassword.askNewLink')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="narrow">
      <h1>{t('resetPassword.title')}</h1>
      {done ? (
        <div ref={doneRef} className="panel" tabIndex={-1}>
          <p>{t('resetPassword.done')}</p>
          <p>
            <Link to="/signin">{t('resetPassword.signIn')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('resetPassword.intro', { email })}</p>
          <ErrorSummary errors={summary(FIELD_IDS)} attempt={attempt} />
          {linkRefused && (
            <p>
              <Link to="/forgot-password">{t('resetPassword.askNewLink')}</Link>
            </p>
          )}
          <form className="form" noValidate onSubmit={submit}>
            <TextField
              id={FIELD_IDS.newPassword}
              label={t('resetPassword.newPassword')}
              hint={t('resetPassword.rules')}
              type="password"
              autoComplete="new-password"
              value={password}
              error={errors.newPassword}
              onValueChange={setPassword}
            />
            <TextField
              id={FIELD_IDS.confirmation}
              label={t('resetPassword.confirmPassword')}
              type="password"
              autoComplete="new-password"
              value={confirmation}
              error={errors.confirmation}
              onValueChange={setConfirmation}
            />
            <button type="submit" className="button" disabled={submitting}>
              {submitting ? t('resetPassword.submitting') : t('resetPassword.submit')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
