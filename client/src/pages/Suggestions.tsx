import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSuggestions, setFollowing, type Suggestion } from '../api/profiles';
import { PersonLine } from './PersonLine';

const SHOWN = 6;

/** Colleagues to follow, each with the reason; following one takes them off the list. */
export function Suggestions() {
  const { t } = useTranslation();
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    getSuggestions(controller.signal).then(setSuggestions, () => undefined);
    return () => controller.abort();
  }, []);

  if (suggestions.length === 0) {
    return null;
  }

  async function follow(id: string) {
    await setFollowing(id, true);
    setSuggestions((shown) => shown.filter((s) => s.person.id !== id));
  }

  return (
    <section className="suggestions" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t('suggestions.heading')}</h2>
      <ul className="colleagues">
        {suggestions.slice(0, SHOWN).map(({ person, reason }) => (
          <PersonLine key={person.id} person={person} detail={t(`suggestions.reasons.${reason}`)}>
            <button type="button" className="button" onClick={() => void follow(person.id)}>
              {t('suggestions.follow', { name: person.displayName })}
            </button>
          </PersonLine>
        ))}
      </ul>
    </section>
  );
}
