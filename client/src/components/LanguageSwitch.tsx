import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, languageFromTag, storeLanguage, type Language } from '../i18n/language';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = languageFromTag(i18n.resolvedLanguage ?? i18n.language);

  function choose(language: Language) {
    storeLanguage(language);
    void i18n.changeLanguage(language);
  }

  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {SUPPORTED_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="language-switch__option"
          aria-pressed={language === current}
          onClick={() => choose(language)}
        >
          {language.toUpperCase()}
          <span className="visually-hidden" lang={language}>
            {' '}
            {t(`language.${language}`)}
          </span>
        </button>
      ))}
    </div>
  );
}
