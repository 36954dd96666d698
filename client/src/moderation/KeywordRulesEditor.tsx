import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keywordRules, saveKeywordRules, type KeywordRule } from '../api/moderation';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { LoadFailed } from '../components/LoadFailed';
import { useLoad } from '../components/useLoad';

const EMPTY: KeywordRule = { pattern: '', wholeWord: true, action: 'flag', message: '' };

/** The words administrators watch for: each flags content for review or refuses it with a message. */
export function KeywordRulesEditor() {
  const { t } = useTranslation();
  const loaded = useLoad('keyword-rules', keywordRules);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  if (loaded.status === 'loading') {
    return <p role="status">{t('moderation.loading')}</p>;
  }
  // Without the rules in force, saving the form would replace them all: it is not offered.
  if (loaded.status === 'failed') {
    return (
      <section aria-labelledby="keyword-rules">
        <h2 id="keyword-rules">{t('moderation.keywords.title')}</h2>
        <LoadFailed error={loaded.error} onRetry={loaded.reload} />
      </section>
    );
  }

  const rules = loaded.value;
  const setRules = (next: KeywordRule[]) => loaded.update(() => next);
  const change = (index: number, next: Partial<KeywordRule>) => setRules(rules.map((rule, i) => (i === index ? { ...rule, ...next } : rule)));

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      setRules(await saveKeywordRules(rules.filter((rule) => rule.pattern.trim())));
      setStatus({ ok: true, message: t('moderation.keywords.saved') });
    } catch (failure) {
      setStatus({ ok: false, message: apiErrorMessage(failure, t) });
    }
  }

  return (
    <section aria-labelledby="keyword-rules">
      <h2 id="keyword-rules">{t('moderation.keywords.title')}</h2>
      <p>{t('moderation.keywords.intro')}</p>
      <form onSubmit={save}>
        <ul className="keyword-rules">
          {rules.map((rule, index) => (
            <li key={index} className="keyword-rule">
              <label className="field__label" htmlFor={`rule-${index}-pattern`}>
                {t('moderation.keywords.pattern', { number: index + 1 })}
              </label>
              <input id={`rule-${index}-pattern`} className="field__input" maxLength={100} value={rule.pattern} onChange={(event) => change(index, { pattern: event.target.value })} />
              <label className="checkbox">
                <input type="checkbox" checked={rule.wholeWord} onChange={(event) => change(index, { wholeWord: event.target.checked })} />
                {t('moderation.keywords.wholeWord')}
              </label>
              <label className="field__label" htmlFor={`rule-${index}-action`}>
                {t('moderation.keywords.action')}
              </label>
              <select id={`rule-${index}-action`} className="field__input" value={rule.action} onChange={(event) => change(index, { action: event.target.value as KeywordRule['action'] })}>
                <option value="flag">{t('moderation.keywords.flag')}</option>
                <option value="refuse">{t('moderation.keywords.refuse')}</option>
              </select>
              {rule.action === 'refuse' && (
                <>
                  <label className="field__label" htmlFor={`rule-${index}-message`}>
                    {t('moderation.keywords.message')}
                  </label>
                  <input id={`rule-${index}-message`} className="field__input" maxLength={300} value={rule.message} onChange={(event) => change(index, { message: event.target.value })} />
                </>
              )}
              <button type="button" className="link-button" onClick={() => setRules(rules.filter((_, i) => i !== index))}>
                {t('moderation.keywords.remove', { number: index + 1 })}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button button--secondary" onClick={() => setRules([...rules, EMPTY])}>
          {t('moderation.keywords.add')}
        </button>{' '}
        <button type="submit" className="button">
          {t('moderation.keywords.save')}
        </button>
      </form>
      {status && <p role={status.ok ? 'status' : 'alert'}>{status.message}</p>}
    </section>
  );
}
