import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fieldErrors } from '../../api/http';
import { requestPasswordReset } from '../../api/identity';
import { apiErrorMessage, looksLikeEmail } from '../../components/form/apiErrorMessage';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/TextField';
import { useFormErrors } from '../../components/form/useFormErrors';
import { useDocumentTitle } from '../../components/useDocumentTitle';

const FIELD_IDS = { email: 'forgot-email' };

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forgotPassword.title'));
  const [email, setEmail] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [sent, setSent] = useState(false);
  const { errors, attempt, show, summary } = useFormErrors<'email'>();
  const confirmationRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sent) {
      confirmationRef.current?.focus();
    }
  }, [sent]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    if (!looksLikeEmail(address)) {
      show({ email: address ? t('signIn.emailInvalid') : t('signIn.emailMissing') });
      return;
    }
    setSubmitting(true);
    try {
      await requestPasswordReset(address);
      setSent(true);
    } catch (error) {
      setSubmitting(false);
      show(fieldErrors(error).email ? { email: t('signIn.emailInvalid') } : { form: apiErrorMessage(error, t) });
    }
  }

  return (
    <div className="narrow">
      <h1>{t('forgotPassword.title')}</h1>
      {sent ? (
        <div ref={confirmationRef} className="panel" tabIndex={-1}>
          <p>{t('forgotPassword.sent')}</p>
          <p>
            <Link to="/signin">{t('forgotPassword.backToSignIn')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('forgotPassword.intro')}</p>
          <ErrorSummary errors={summary(FIELD_IDS)} attempt={attempt} />
          <form className="form" noValidate onSubmit={submit}>
            <TextField
              id={FIELD_IDS.email}
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              error={errors.email}
              onValueChange={setEmail}
            />
            <div className="form__actions">
              <button type="submit" className="button" disabled={submitting}>
                {submitting ? t('forgotPassword.submitting') : t('forgotPassword.submit')}
              </button>
              <Link to="/signin">{t('forgotPassword.backToSignIn')}</Link>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
