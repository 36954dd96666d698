import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFieldRules, setFieldRules } from '../../api/profiles';
import { apiErrorMessage } from '../../components/form/apiErrorMessage';
import { LoadFailed } from '../../components/LoadFailed';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLoad } from '../../components/useLoad';
import { AdminSections } from './AdminSections';

/** Administrators decide which profile fields employees edit and which the directory manages. */
export function ProfileFieldsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.fields.title'));
  const rules = useLoad('field-rules', getFieldRules);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await setFieldRules(rules.value ?? []);
      setMessage({ text: t('admin.fields.saved'), error: false });
    } catch (error) {
      setMessage({ text: apiErrorMessage(error, t), error: true });
    }
  }

  return (
    <>
      <h1>{t('admin.fields.title')}</h1>
      <AdminSections />
      <p>{t('admin.fields.intro')}</p>
      {rules.status === 'loading' && <p role="status">{t('admin.fields.loading')}</p>}
      {rules.status === 'failed' && <LoadFailed error={rules.error} onRetry={rules.reload} />}
      {rules.value && (
        <form className="form" onSubmit={(event) => void save(event)}>
          <fieldset className="roles">
            <legend className="field__label">{t('admin.fields.editable')}</legend>
            {rules.value.map((rule) => (
              <label key={rule.field} className="checkbox">
                <input
                  type="checkbox"
                  checked={rule.editableByEmployee}
                  onChange={(event) =>
                    rules.update((all) => all.map((r) => (r.field === rule.field ? { ...r, editableByEmployee: event.target.checked } : r)))
                  }
                />{' '}
                {t(`editProfile.fields.${rule.field}`)}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button">
            {t('admin.fields.save')}
          </button>
        </form>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'alert' : undefined}>
          {message.text}
        </p>
      )}
    </>
  );
}
