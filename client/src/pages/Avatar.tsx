import { useState } from 'react';

interface Person {
  id: string;
  displayName: string;
  avatarVersion?: number;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

/** The person's photo when they uploaded one, their initials otherwise; the name is always shown next to it. */
export function Avatar({ person, size }: { person: Person; size: 64 | 256 }) {
  // A photo that cannot be shown (an external guest reaches no company photos) falls back to initials.
  const [failed, setFailed] = useState(false);
  if (person.avatarVersion && !failed) {
    return (
      <img
        onError={() => setFailed(true)}
        className={`avatar avatar--${size}`}
        src={`/api/v1/profiles/${person.id}/avatar/${size}?v=${person.avatarVersion}`}
        alt=""
        width={size === 256 ? 128 : 40}
        height={size === 256 ? 128 : 40}
      />
    );
  }
  return (
    <span className={`person__avatar avatar--${size}`} aria-hidden="true">
      {initials(person.displayName)}
    </span>
  );
}
