import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../api/recognition';
import { languageFromTag } from '../i18n/language';

/** Picks catalogue text in the reader's language, falling back to the other one when an administrator left it empty. */
export function inLanguage(text: Bilingual, language: string | undefined): string {
  const preferred = languageFromTag(language);
  return text[preferred] || text[preferred === 'fr' ? 'en' : 'fr'];
}

export function useBilingual(): (text: Bilingual) => string {
  const { i18n } = useTranslation();
  return (text) => inLanguage(text, i18n.resolvedLanguage);
}
