import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Profile } from '../api/profiles';
import { Avatar } from './Avatar';

/** What to do with the colleague, at the end of their line: a short word shown, the whole phrase ("Follow Camille Martin") heard. */
export interface PersonAction {
  shown: string;
  heard: string;
  onClick: () => void;
}

/** A colleague in a list: photo, name linking to their profile, a detail (their job title unless told otherwise), and maybe an action. */
export function PersonLine({
  person,
  detail = person.jobTitle,
  action,
}: {
  person: Pick<Profile, 'id' | 'displayName' | 'jobTitle' | 'avatarVersion'>;
  detail?: ReactNode;
  action?: PersonAction;
}) {
  return (
    <li className="colleague">
      <Avatar person={person} size={64} />
      <span>
        <Link to={`/people/${person.id}`}>{person.displayName}</Link>
        {detail && <span className="person__title"> — {detail}</span>}
      </span>
      {action && (
        <button type="button" className="button button--secondary colleague__action" aria-label={action.heard} onClick={action.onClick}>
          {action.shown}
        </button>
      )}
    </li>
  );
}
