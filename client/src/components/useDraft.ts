import { useCallback, useState } from 'react';
import { useAuth } from '../auth/authContext';

const PREFIX = 'enterprisesocial.draft:';

function read(key: string): string {
  return window.sessionStorage.getItem(key) ?? '';
}

/**
 * Text being written in one place (a stream's composer, a conversation's comment, a reply), kept for the tab
 * while its writer goes elsewhere in the app or reloads the page: following a link halfway through a post, to
 * check whom to mention, loses nothing. Whoever signs in next in the tab does not read it (see forgetDrafts).
 */
export function useDraft(place: string): [string, (text: string) => void] {
  const { me } = useAuth();
  // Until the writer is known (their account still loading) the text is only held, then kept under their name.
  const key = me ? `${PREFIX}${me.id}:${place}` : null;
  const [held, setHeld] = useState(() => ({ key, text: key ? read(key) : '' }));
  let text = held.text;
  if (held.key !== key) {
    text = (key && read(key)) || (held.key === null ? held.text : '');
  }
  const setText = useCallback(
    (next: string) => {
      setHeld({ key, text: next });
      if (key && next.trim()) {
        window.sessionStorage.setItem(key, next);
      } else if (key) {
        window.sessionStorage.removeItem(key);
      }
    },
    [key],
  );
  return [text, setText];
}

/** Forgets every draft the tab keeps, on signing out. */
export function forgetDrafts(): void {
  for (const key of Object.keys(window.sessionStorage)) {
    if (key.startsWith(PREFIX)) {
      window.sessionStorage.removeItem(key);
    }
  }
}
