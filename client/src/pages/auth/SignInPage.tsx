import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, fieldErrors } from '../../api/http';
import { getExternalProviders, signInWithPassword, type ExternalProvider } from '../../api/identity';
import { pageNavigation } from '../../auth/pageNavigation';
import { safeReturnPath } from '../../auth/returnPath';
import { apiErrorMessage, looksLikeEmail } from '../../components/form/apiErrorMessage';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/TextField';
import { useFormErrors } from '../../components/form/useFormErrors';
import { useDocumentTitle } from '../../components/useDocumentTitle';

type Field = 'email' | 'password';
const FIELD_IDS: Record<Field, string> = { email: 'signin-email', password: 'signin-password' };

/**
 * The server's authorization endpoint sends people here with ?ReturnUrl=/connect/authorize…;
 * once the session cookie is set, the browser goes back there to finish the OpenID Connect flow.
 */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [rememberMe, setRememberMe] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const { errors, attempt, show, summary } = useFormErrors<Field>();
  const [providers, setProviders] = useState<ExternalProvider[]>([]);
  const returnPath = safeReturnPath(params.get('ReturnUrl'));

  useEffect(() => {
    const abort = new AbortController();
    getExternalProviders(abort.signal)
      .then((found) => setProviders(Array.isArray(found) ? found : []))
      .catch(() => setProviders([]));
    return () => abort.abort();
  }, []);

  function validate() {
    const found: Partial<Record<Field, string>> = {};
    if (!email.trim()) {
      found.email = t('signIn.emailMissing');
    } else if (!looksLikeEmail(email.trim())) {
      found.email = t('signIn.emailInvalid');
    }
    if (!password) {
      found.password = t('signIn.passwordMissing');
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
      await signInWithPassword(email.trim(), password, rememberMe);
      pageNavigation.assign(returnPath);
    } catch (error) {
      setSubmitting(false);
      const fields = fieldErrors(error);
      if (error instanceof ApiError && error.problem?.code === 'invalid_credentials') {
        show({ form: t('signIn.refused') });
      } else if (fields.email || fields.password) {
        show({
          email: fields.email ? t('signIn.emailMissing') : undefined,
          password: fields.password ? t('signIn.passwordMissing') : undefined,
        });
      } else {
        show({ form: apiErrorMessage(error, t) });
      }
    }
  }

  return (
    <div className="narrow">
      <h1>{t('signIn.title')}</h1>
      <p className="lead">{t('signIn.intro')}</p>
      {params.get('error') === 'external' && (
        <p className="notice" role="alert">
          {t('signIn.externalFailed')}
        </p>
      )}
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
        <TextField
          id={FIELD_IDS.password}
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          error={errors.password}
          onValueChange={setPassword}
        />
        <div className="checkbox">
          <input
            id="signin-remember"
            type="checkbox"
            checked={rememberMe}
            onChange={(event) => setRememberMe(event.target.checked)}
          />
          <label htmlFor="signin-remember">{t('signIn.rememberMe')}</label>
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={submitting}>
            {submitting ? t('signIn.submitting') : t('signIn.submit')}
          </button>
          <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        </div>
      </form>
      {providers.length > 0 && (
        <section aria-labelledby="signin-providers">
          <h2 id="signin-providers">{t('signIn.companyAccount')}</h2>
          <ul className="plain-list">
            {providers.map((provider) => (
              <li key={provider.name}>
                <a
                  className="button button--secondary"
                  href={`/signin-external/${encodeURIComponent(provider.name)}?returnUrl=${encodeURIComponent(returnPath)}`}
                >
                  {t('signIn.withProvider', { provider: provider.displayName })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
