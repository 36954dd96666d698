import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFieldRules, setFieldRules, type FieldRule } from '../../api/profiles';
import { apiErrorMessage } from '../../components/form/apiErrorMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { AdminSections } from './AdminSections';

/** Administrators decide which profile fields employees edit and which the directory manages. */
export function ProfileFieldsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.fields.title'));
  const [rules, setRules] = useState<FieldRule[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    getFieldRules(controller.signal).then(setRules, (error: unknown) => setMessage({ text: apiErrorMessage(error, t), error: true }));
    return () => controller.abort();
  }, [t]);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await setFieldRules(rules ?? []);
      setMessage({ text: t('admin.fields.saved'), error: false });
    } catch (error) {
      setMessage({ text: apiErrorMessage(error, t), error: true });
    }
  }

  return (
    <>
      <h1>{t('admin.title')}</h1>
      <AdminSections />
      <h2>{t('admin.fields.title')}</h2>
      <p>{t('admin.fields.intro')}</p>
      {rules && (
        <form onSubmit={(event) => void save(event)}>
          <fieldset className="field">
            <legend className="field__label">{t('admin.fields.editable')}</legend>
            {rules.map((rule) => (
              <label key={rule.field} className="checkbox">
                <input
                  type="checkbox"
                  checked={rule.editableByEmployee}
                  onChange={(event) =>
                    setRules(rules.map((r) => (r.field === rule.field ? { ...r, editableByEmployee: event.target.checked } : r)))
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
