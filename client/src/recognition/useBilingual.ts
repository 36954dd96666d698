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

/**
 * The company value a badge stands for, when it says more than the badge's name: a company often names
 * its badges after its values ("Audace" for the value "Audace"), and a card would show the word twice.
 */
export function valueBesides(name: string, value: string | null): string | null {
  return value && value.localeCompare(name, undefined, { sensitivity: 'base' }) !== 0 ? value : null;
}
