import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';
import { frenchDe } from './frenchDe';
import { detectLanguage, languageFromTag, type Language } from './language';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

export const resources = {
  en: { translation: en },
  fr: { translation: fr },
} as const;

/**
 * Resources are bundled, so initialisation is synchronous and the first render is already translated.
 * The active language is mirrored on <html lang> so assistive technology pronounces text correctly.
 */
export function createI18n(language: Language = detectLanguage()): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = languageFromTag(lng);
  });
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr'],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  instance.services.formatter?.add('de', (value: string) => frenchDe(value));
  return instance;
}
