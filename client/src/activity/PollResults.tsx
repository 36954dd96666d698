import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getPost, vote, type Change, type Post } from '../api/activity';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { ErrorText } from '../components/form/ErrorText';

/** Voting first, results after: the server sends the counts once the reader voted or the poll closed, and always to its author. */
export function PollResults({ post, onChange }: { post: Post; onChange: (change: Change<Post>) => void }) {
  const { t, i18n } = useTranslation();
  const poll = post.poll!;
  const [choices, setChoices] = useState<number[]>(poll.myChoices);
  const [error, setError] = useState<string | null>(null);
  const [changing, setChanging] = useState(false);
  const showResults = (poll.myChoices.length > 0 || poll.closed) && !changing;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (choices.length === 0) {
      setError(t('poll.pick'));
      return;
    }
    try {
      await vote(post.id, choices);
      // The results come with the post once the reader voted.
      const voted = await getPost(post.id);
      onChange(() => voted);
      setChanging(false);
      setError(null);
    } catch (failure) {
      setError(apiErrorMessage(failure, t));
    }
  }

  const closing = poll.closesAt
    ? t(poll.closed ? 'poll.closedAt' : 'poll.closesAt', {
        date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(poll.closesAt)),
      })
    : null;

  if (showResults) {
    const voters = poll.voters ?? 0;
    return (
      <div className="poll">
        <ul className="poll__results" aria-label={t('poll.results')}>
          {poll.options.map((option, index) => {
            const votes = option.votes ?? 0;
            const share = voters === 0 ? 0 : Math.round((votes / voters) * 100);
            return (
              <li key={index} className={poll.myChoices.includes(index) ? 'poll__result is-mine' : 'poll__result'}>
                <span className="poll__bar" style={{ width: `${share}%` }} aria-hidden="true" />
                <span className="poll__text">
                  {option.text}
                  {poll.myChoices.includes(index) && <span className="poll__mine"> ({t('poll.myChoice')})</span>}
                </span>
                <span className="poll__share">{t('poll.share', { share, count: votes })}</span>
              </li>
            );
          })}
        </ul>
        <p className="person__meta">
          {t('poll.voters', { count: voters })}
          {closing && ` · ${closing}`}
        </p>
        {!poll.closed && (
          <button type="button" className="link-button link-button--flush" onClick={() => setChanging(true)}>
            {t('poll.change')}
          </button>
        )}
      </div>
    );
  }

  return (
    <form className="poll" onSubmit={submit}>
      <fieldset>
        <legend className="visually-hidden">{t(poll.multipleChoice ? 'poll.chooseMany' : 'poll.chooseOne')}</legend>
        {poll.options.map((option, index) => (
          <label key={index} className="checkbox">
            <input
              type={poll.multipleChoice ? 'checkbox' : 'radio'}
              name={`poll-${post.id}`}
              checked={choices.includes(index)}
              onChange={(event) =>
                setChoices(poll.multipleChoice ? (event.target.checked ? [...choices, index] : choices.filter((c) => c !== index)) : [index])
              }
            />
            {option.text}
          </label>
        ))}
      </fieldset>
      {(closing || poll.voters !== null) && (
        <p className="person__meta">{[poll.voters === null ? null : t('poll.voters', { count: poll.voters }), closing].filter(Boolean).join(' · ')}</p>
      )}
      <ErrorText message={error} />
      <button type="submit" className="button">
        {t('poll.vote')}
      </button>
    </form>
  );
}
