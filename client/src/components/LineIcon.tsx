import type { ReactNode } from 'react';
import type { BadgeIconKey } from '../api/recognition';

/** The badge catalogue's icons and the reactions' own. */
export type LineIconName = BadgeIconKey | 'thumbs-up' | 'party-popper' | 'question-bubble';

/** Line drawings on a 24-unit grid, stroked in the text colour so they follow the theme and forced colours. */
const GLYPHS: Record<LineIconName, ReactNode> = {
  star: <path d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3-4.6-4.4 6.3-.9Z" />,
  heart: <path d="M12 20.2 4.3 12.6a4.8 4.8 0 0 1 6.8-6.8l.9.9.9-.9a4.8 4.8 0 0 1 6.8 6.8Z" />,
  rocket: (
    <>
      <path d="M12 2.5c2.9 2.2 4.3 5.4 4.3 9.3v4.4H7.7v-4.4c0-3.9 1.4-7.1 4.3-9.3Z" />
      <circle cx="12" cy="9.8" r="1.7" />
      <path d="M7.7 12.6 4.8 15.8v3l2.9-1.4M16.3 12.6l2.9 3.2v3l-2.9-1.4M10.4 16.2 12 21l1.6-4.8" />
    </>
  ),
  lightbulb: (
    <>
      <path d="M12 2.8a6 6 0 0 0-3.6 10.8c.7.5 1.1 1.3 1.1 2.1v.8h5v-.8c0-.8.4-1.6 1.1-2.1A6 6 0 0 0 12 2.8Z" />
      <path d="M9.5 19h5M10.5 21.5h3" />
    </>
  ),
  handshake: (
    <>
      <path d="M2.5 9.5 6 6.5l3.5 1.2M21.5 9.5 18 6.5l-4.2 1.3-4 3.2a1.4 1.4 0 0 0 1.9 2l2.3-1.5" />
      <path d="M6 6.5v7.2l5.3 5a1.3 1.3 0 0 0 1.8-1.8l.6.6a1.3 1.3 0 0 0 1.8-1.8l.5.4a1.3 1.3 0 0 0 1.8-1.9L18 13V6.5" />
    </>
  ),
  trophy: (
    <>
      <path d="M7 3.5h10v5.2a5 5 0 0 1-10 0Z" />
      <path d="M7 5.5H4.5a2.6 2.6 0 0 0 2.9 4.2M17 5.5h2.5a2.6 2.6 0 0 1-2.9 4.2M12 13.7V17M8.5 20.5h7l-1-3.5h-5Z" />
    </>
  ),
  medal: (
    <>
      <path d="M8 2.5l2.6 7.1M16 2.5l-2.6 7.1" />
      <circle cx="12" cy="15" r="5.5" />
      <path d="M12 12.2l.9 1.9 2 .3-1.5 1.4.4 2-1.8-1-1.8 1 .4-2-1.5-1.4 2-.3Z" />
    </>
  ),
  sparkles: (
    <>
      <path d="M10 3l1.8 5.2L17 10l-5.2 1.8L10 17l-1.8-5.2L3 10l5.2-1.8Z" />
      <path d="M18 14l.9 2.1 2.1.9-2.1.9-.9 2.1-.9-2.1L15 17l2.1-.9Z" />
    </>
  ),
  shield: (
    <>
      <path d="M12 2.6 19.8 5.6v5.9c0 4.7-3.2 8.5-7.8 9.9-4.6-1.4-7.8-5.2-7.8-9.9V5.6Z" />
      <path d="M8.6 11.8l2.4 2.4 4.5-4.7" />
    </>
  ),
  compass: (
    <>
      <circle cx="12" cy="12" r="9.3" />
      <path d="M15.6 8.4 13.3 13.3 8.4 15.6 10.7 10.7Z" />
    </>
  ),
  'thumbs-up': (
    <>
      <path d="M7.5 10.5v9.5H4.2a.9.9 0 0 1-.9-.9v-7.7a.9.9 0 0 1 .9-.9Z" />
      <path d="M7.5 10.5 11 3.3a2.2 2.2 0 0 1 2.6 2.4l-.5 3.8h5.6a2 2 0 0 1 2 2.4l-1.4 6.5a2 2 0 0 1-2 1.6H7.5" />
    </>
  ),
  'party-popper': (
    <>
      <path d="M3.2 20.8 8 8.6l7.4 7.4Z" />
      <path d="M13.5 10.5c1.2-1.5 1.5-3.2.9-5M13.5 10.5c1.6-.6 3.6-.4 5.3.7M16.5 3.2v1.6M20.8 7.5h-1.6M19.8 14.2l1 1M10 3.2l.6 1.4" />
    </>
  ),
  'question-bubble': (
    <>
      <path d="M12 3.2c5 0 8.8 3.4 8.8 7.7s-3.8 7.7-8.8 7.7c-1 0-2-.1-2.9-.4L4.4 20.8l1.2-4.2C4 15.2 3.2 13.2 3.2 10.9c0-4.3 3.8-7.7 8.8-7.7Z" />
      <path d="M10 9a2 2 0 1 1 2.9 1.8c-.6.3-.9.8-.9 1.4v.5M12 15.4h.01" />
    </>
  ),
};

/**
 * One of the app's own line drawings: the same in every browser and operating system, where emoji
 * depend on the fonts installed. Decorative unless given a label.
 */
export function LineIcon({ name, label, className }: { name: LineIconName; label?: string; className: string }) {
  const labelled = label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true as const };
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      {...labelled}
    >
      {GLYPHS[name]}
    </svg>
  );
}
