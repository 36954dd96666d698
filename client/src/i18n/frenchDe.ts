/**
 * French "de" before a name, as the French texts write `{{name, de}}`: "d'" before a written vowel
 * ("d'Inès", "d'Onboarding buddies"), "de" otherwise ("de Camille"). A name beginning with h keeps
 * "de": whether its h is silent cannot be told from the name.
 */
export function frenchDe(name: string): string {
  return /^[aeiouàâäéèêëîïôöùûüœæ]/i.test(name) ? `d'${name}` : `de ${name}`;
}
