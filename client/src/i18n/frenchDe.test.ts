import { describe, expect, it } from 'vitest';
import fr from './fr.json';
import { frenchDe } from './frenchDe';
import { createI18n } from './index';

describe('French "de" before a name', () => {
  it('elides before a written vowel, accented or not, and keeps "de" before a consonant or an h', () => {
    expect(['Inès Lambert', 'Anaïs Bonnet', 'Étienne François', 'Onboarding buddies', 'Camille Martin', 'Hugo Petit', 'Yann Le Gall'].map(frenchDe)).toEqual([
      "d'Inès Lambert",
      "d'Anaïs Bonnet",
      "d'Étienne François",
      "d'Onboarding buddies",
      'de Camille Martin',
      'de Hugo Petit',
      'de Yann Le Gall',
    ]);
  });

  it('is what the French texts put before the names they hold, and English ones are left as written', () => {
    const i18n = createI18n('fr');
    expect(i18n.t('profile.postsBy', { name: 'Inès Lambert' })).toBe("Publications d'Inès Lambert");
    expect(i18n.t('follows.followers', { name: 'Camille Martin' })).toBe('Abonné·e·s de Camille Martin');
    expect(createI18n('en').t('profile.postsBy', { name: 'Inès Lambert' })).toBe('Posts by Inès Lambert');
    // A name written after a bare "de" would not be elided.
    expect(JSON.stringify(fr).match(/ de \{\{(?!count)\w+\}\}/g)).toBeNull();
  });
});
