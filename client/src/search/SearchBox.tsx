import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { SEARCH_MAX_LENGTH } from '../api/search';
import { useAuth } from '../auth/authContext';
import './search.css';

/**
 * A search field leading to the search page: the top bar's, for the whole network, or a space's, on its page,
 * for its posts and files only. It shows the words of the search page's own search.
 */
export function SearchBox({ space }: { space?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const current = pathname === '/search' && params.get('space') === (space ?? null) ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(current);
  // External guests have neither the company directory nor messages: the field names only what they search.
  const label = useAuth().can('UseCompanyDirectory') ? t('search.label') : t('search.labelForGuests');

  // Another search (back, forward, a link) shows its own words; leaving the page empties the field.
  useEffect(() => setText(current), [current]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const words = text.trim();
    if (words) {
      void navigate(`/search?${new URLSearchParams(space ? { q: words, space } : { q: words })}`);
    }
  }

  return (
    <form
      className={space ? 'search-box search-box--in-space' : 'search-box'}
      role="search"
      aria-label={space ? t('spaces.searchIn') : t('search.landmark')}
      onSubmit={submit}
    >
      <label className="visually-hidden" htmlFor={id}>
        {space ? t('spaces.searchIn') : label}
      </label>
      <input
        id={id}
        className="search__input search-box__input"
        type="search"
        name="q"
        autoComplete="off"
        maxLength={SEARCH_MAX_LENGTH}
        placeholder={space ? t('spaces.searchIn') : t('search.placeholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className={space ? 'button button--secondary' : 'search-box__submit'}>
        {t('search.submit')}
      </button>
    </form>
  );
}
