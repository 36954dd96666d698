import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY, detectLanguage, languageFromTag } from './language';

describe('language detection', () => {
  it('uses French for any French browser locale', () => {
    expect(detectLanguage(localStorage, 'fr-FR')).toBe('fr');
    expect(detectLanguage(localStorage, 'fr')).toBe('fr');
    expect(languageFromTag('FR-ca')).toBe('fr');
  });

  it('falls back to English for every other locale', () => {
    expect(detectLanguage(localStorage, 'de-DE')).toBe('en');
    expect(detectLanguage(localStorage, 'en-US')).toBe('en');
    expect(detectLanguage(localStorage, undefined)).toBe('en');
  });

  it('prefers a stored choice over the browser locale', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(detectLanguage(localStorage, 'de-DE')).toBe('fr');
  });

  it('ignores a stored value that is not a supported language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect(detectLanguage(localStorage, 'fr-FR')).toBe('fr');
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem() {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(detectLanguage(broken, 'fr-BE')).toBe('fr');
  });
});
