import type { ReactNode } from 'react';
import type { MatchedText } from '../api/search';

/** The matched text with the searched words marked; plain text from the server, never HTML. */
export function MatchedExcerpt({ match }: { match: Pick<MatchedText, 'text' | 'highlights'> }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, length } of match.highlights) {
    if (start < at || start + length > match.text.length) {
      continue;
    }
    parts.push(match.text.slice(at, start), <mark key={start}>{match.text.slice(start, start + length)}</mark>);
    at = start + length;
  }
  parts.push(match.text.slice(at));
  return <p className="search-result__excerpt">{parts}</p>;
}
