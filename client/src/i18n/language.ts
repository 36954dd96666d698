export const SUPPORTED_LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'enterprisesocial.language';

export function isLanguage(value: unknown): value is Language {
  return SUPPORTED_LANGUAGES.includes(value as Language);
}

/** Maps a BCP 47 tag such as "fr-CA" to a supported language; anything not French falls back to English. */
export function languageFromTag(tag: string | null | undefined): Language {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

// Storage can throw (disabled cookies, privacy modes); the language choice is a convenience, never fatal.
export function readStoredLanguage(storage: Storage | undefined = globalThis.localStorage): Language | null {
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // The choice still applies to this page view.
  }
}

/** A stored choice wins over the browser's preferred language. */
export function detectLanguage(
  storage: Storage | undefined = globalThis.localStorage,
  browserLanguage: string | undefined = globalThis.navigator?.language,
): Language {
  return readStoredLanguage(storage) ?? languageFromTag(browserLanguage);
}
