import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { join, leave, type Space } from '../api/spaces';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';

/** Join, ask to join, withdraw a request or leave (or why the only owner cannot), with the guidelines to accept first when the space has some. */
export function MembershipControls({ space, onChange }: { space: Space; onChange: () => void }) {
  const { t } = useTranslation();
  const [accepted, setAccepted] = useState(false);
  const { error, attempt } = useAttempt();

  function act(action: () => Promise<unknown>) {
    attempt(action(), onChange);
  }

  if (space.archived && !space.myRole) {
    return null;
  }

  let controls;
  if (space.onlyOwner) {
    controls = <p className="person__meta">{t('spaces.onlyOwner')}</p>;
  } else if (space.myRole) {
    controls = (
      <button type="button" className="button button--secondary" onClick={() => act(() => leave(space.id))}>
        {t('spaces.leave')}
      </button>
    );
  } else if (space.requestedToJoin) {
    controls = (
      <>
        <p role="status">{t('spaces.requested')}</p>
        <button type="button" className="button button--secondary" onClick={() => act(() => leave(space.id))}>
          {t('spaces.withdraw')}
        </button>
      </>
    );
  } else {
    const needsAcceptance = space.guidelines.length > 0;
    controls = (
      <>
        {needsAcceptance && (
          <label className="checkbox">
            <input type="checkbox" checked={accepted} onChange={(event) => setAccepted(event.target.checked)} />
            {t('spaces.acceptGuidelines')}
          </label>
        )}
        <button type="button" className="button" disabled={needsAcceptance && !accepted} onClick={() => act(() => join(space.id, accepted))}>
          {t(space.visibility === 'public' ? 'spaces.join' : 'spaces.requestToJoin')}
        </button>
      </>
    );
  }

  return (
    <div className="space-membership">
      {controls}
      <ErrorText message={error} />
    </div>
  );
}
