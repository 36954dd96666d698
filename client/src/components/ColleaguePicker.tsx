import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listProfiles, type Profile } from '../api/profiles';
import { useDebouncedValue } from '../pages/useDebouncedValue';
import { LoadFailed } from './LoadFailed';
import { useLoad } from './useLoad';

export interface Colleague {
  id: string;
  displayName: string;
}

interface ColleaguePickerProps {
  id: string;
  label: string;
  hint: string;
  chosen: Colleague[];
  /** Left out of the suggestions: the signed-in person, who neither praises nor writes to themselves. */
  excludedId: string | null;
  error?: string;
  onChange: (chosen: Colleague[]) => void;
}

/**
 * Picks people from the directory: a search box announced as a combobox whose suggestions are
 * chosen with the arrow keys and Enter, and the people chosen so far, each with a remove button.
 */
export function ColleaguePicker({ id, label, hint, chosen, excludedId, error, onChange }: ColleaguePickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const search = useDebouncedValue(query.trim(), 200);
  // A failed search is told apart from finding nobody; the next keystroke, or Try again, searches again.
  const found = useLoad(search, async (signal) => (search ? (await listProfiles({ search, limit: 8 }, signal)).items : []));

  const suggestions = (found.value ?? []).filter((person) => person.id !== excludedId && !chosen.some((c) => c.id === person.id));
  const open = query.trim() !== '' && suggestions.length > 0;

  function choose(person: Profile) {
    onChange([...chosen, { id: person.id, displayName: person.displayName }]);
    setQuery('');
    found.update(() => []);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!open) {
      // A name being typed is someone being chosen: Enter before the suggestions arrive must not send the form
      // to the people chosen so far.
      if (event.key === 'Enter' && query.trim() !== '') {
        event.preventDefault();
      }
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter') {
      // Enter picks the suggestion rather than sending the form.
      event.preventDefault();
      const person = suggestions[Math.min(active, suggestions.length - 1)];
      if (person) {
        choose(person);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      found.update(() => []);
    }
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field--error colleague-picker' : 'field colleague-picker'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {chosen.length > 0 && (
        <ul className="chosen-people" aria-label={t('colleaguePicker.chosen')}>
          {chosen.map((person) => (
            <li key={person.id} className="chosen-person">
              {person.displayName}
              <button
                type="button"
                className="link-button"
                aria-label={t('colleaguePicker.remove', { name: person.displayName })}
                onClick={() => onChange(chosen.filter((c) => c.id !== person.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        className="field__input"
        type="text"
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          // The suggestions about to come are another list: the first of them is the one Enter picks.
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {found.status === 'failed' && <LoadFailed error={found.error} onRetry={found.reload} compact />}
      <ul id={listId} role="listbox" className="editor__suggestions" aria-label={t('colleaguePicker.found')} hidden={!open}>
        {open &&
          suggestions.map((person, index) => (
            <li
              key={person.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="editor__suggestion"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(person)}
            >
              {person.displayName}
              {person.jobTitle && <span className="person__title"> — {person.jobTitle}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
