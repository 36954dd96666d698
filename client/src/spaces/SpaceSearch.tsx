import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { SEARCH_MAX_LENGTH } from '../api/search';

/** Searching a space's posts and their files: the search page, kept to this space. */
export function SpaceSearch({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [text, setText] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const words = text.trim();
    if (words) {
      void navigate(`/search?${new URLSearchParams({ q: words, space: spaceId })}`);
    }
  }

  return (
    <form className="space-search" role="search" aria-label={t('spaces.searchIn')} onSubmit={submit}>
      <label className="visually-hidden" htmlFor={id}>
        {t('spaces.searchIn')}
      </label>
      <input
        id={id}
        className="search__input"
        type="search"
        autoComplete="off"
        maxLength={SEARCH_MAX_LENGTH}
        placeholder={t('spaces.searchIn')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button button--secondary">
        {t('search.submit')}
      </button>
    </form>
  );
}
