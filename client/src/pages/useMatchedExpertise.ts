import { useTranslation } from 'react-i18next';

/**
 * Says in which of a person's skills and "ask me about" topics a search's words were found, so that whoever
 * looks for an expertise sees why the person is listed; nothing when the words were found elsewhere.
 */
export function useMatchedExpertise(matched: readonly string[]): string {
  const { t, i18n } = useTranslation();
  if (matched.length === 0) {
    return '';
  }
  return t('people.expertise', { list: new Intl.ListFormat(i18n.resolvedLanguage ?? 'en', { type: 'conjunction' }).format(matched) });
}
