import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { SEARCH_MAX_LENGTH } from '../api/search';
import './search.css';

/** The search field in the top bar: it leads to the search page, and shows the words being searched there. */
export function SearchBox() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const current = pathname === '/search' ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(current);

  // Another search (back, forward, a link) shows its own words; leaving the page empties the field.
  useEffect(() => setText(current), [current]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const words = text.trim();
    if (words) {
      void navigate(`/search?q=${encodeURIComponent(words)}`);
    }
  }

  return (
    <form className="search-box" role="search" aria-label={t('search.landmark')} onSubmit={submit}>
      <label className="visually-hidden" htmlFor={id}>
        {t('search.label')}
      </label>
      <input
        id={id}
        className="search__input search-box__input"
        type="search"
        name="q"
        autoComplete="off"
        maxLength={SEARCH_MAX_LENGTH}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="search-box__submit">
        {t('search.submit')}
      </button>
    </form>
  );
}
