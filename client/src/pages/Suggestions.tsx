import { useTranslation } from 'react-i18next';
import { getSuggestions, setFollowing } from '../api/profiles';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';
import { LoadFailed } from '../components/LoadFailed';
import { useLoad } from '../components/useLoad';
import { PersonLine } from './PersonLine';

const SHOWN = 6;

/** Colleagues to follow, each with the reason; following one takes them off the list. */
export function Suggestions() {
  const { t } = useTranslation();
  const suggestions = useLoad('suggestions', getSuggestions);
  const { error, attempt } = useAttempt();

  if (suggestions.status === 'loading' || suggestions.value?.length === 0) {
    return null;
  }

  function follow(id: string) {
    attempt(setFollowing(id, true), () => suggestions.update((shown) => shown.filter((s) => s.person.id !== id)));
  }

  return (
    <section className="suggestions" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t('suggestions.heading')}</h2>
      {suggestions.status === 'failed' ? (
        <LoadFailed error={suggestions.error} onRetry={suggestions.reload} compact />
      ) : (
        <ul className="colleagues">
          {suggestions.value.slice(0, SHOWN).map(({ person, reason }) => (
            <PersonLine
              key={person.id}
              person={person}
              detail={t(`suggestions.reasons.${reason}`)}
              action={{ shown: t('suggestions.followShort'), heard: t('suggestions.follow', { name: person.displayName }), onClick: () => follow(person.id) }}
            />
          ))}
        </ul>
      )}
      <ErrorText message={error} />
    </section>
  );
}
