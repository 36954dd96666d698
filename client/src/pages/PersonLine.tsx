import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Profile } from '../api/profiles';
import { Avatar } from './Avatar';

/** A colleague in a list: photo, name linking to their profile, and a detail (their job title unless told otherwise). */
export function PersonLine({ person, detail = person.jobTitle, children }: { person: Profile; detail?: string | null; children?: ReactNode }) {
  return (
    <li className="colleague">
      <Avatar person={person} size={64} />
      <span>
        <Link to={`/people/${person.id}`}>{person.displayName}</Link>
        {detail && <span className="person__title"> — {detail}</span>}
      </span>
      {children}
    </li>
  );
}
