import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';

/**
 * HTML the server rendered from Markdown and passed through its allowlist sanitizer. Mention and
 * hashtag links stay inside the app instead of reloading the page.
 */
export function PostBody({ html, className = 'post__body', id }: { html: string; className?: string; id?: string }) {
  const navigate = useNavigate();

  function followInternalLink(event: MouseEvent<HTMLDivElement>) {
    const link = (event.target as HTMLElement).closest('a');
    const href = link?.getAttribute('href') ?? '';
    if (link && /^\/(people|topics)\//.test(href) && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      void navigate(href);
    }
  }

  // Links inside keep their own keyboard behaviour (Enter fires a click); this only intercepts those clicks.
  return <div id={id} className={className} onClick={followInternalLink} dangerouslySetInnerHTML={{ __html: html }} />;
}
