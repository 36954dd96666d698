import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getPersonRecognition, setPraiseHidden, type Praise } from '../api/recognition';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';
import { LoadFailed } from '../components/LoadFailed';
import { useLoad } from '../components/useLoad';
import { BadgeIcon } from './BadgeIcon';
import { PraiseCard } from './PraiseCard';
import { useBilingual } from './useBilingual';

/** On the receiver's own profile: keep a praise off it, or put it back. It stays on the wall either way. */
function HideToggle({ praise, onChange }: { praise: Praise; onChange: (hidden: boolean) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { error, attempt } = useAttempt();

  function toggle() {
    const hidden = !praise.hiddenByMe;
    setBusy(true);
    attempt(setPraiseHidden(praise.id, hidden).finally(() => setBusy(false)), () => onChange(hidden));
  }

  return (
    <div className="praise__actions">
      {praise.hiddenByMe && <p className="praise__hidden">{t('recognition.profile.hiddenNote')}</p>}
      <button type="button" className="button button--secondary" disabled={busy} onClick={toggle}>
        {praise.hiddenByMe ? t('recognition.profile.show') : t('recognition.profile.hide')}
      </button>
      <ErrorText message={error} />
    </div>
  );
}

/** A person's badges, each with how many times they received it, and the latest praise they received. */
export function ProfileRecognition({ personId, isMe }: { personId: string; isMe: boolean }) {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  const loaded = useLoad(personId, (signal) => getPersonRecognition(personId, signal));

  if (loaded.status === 'loading') {
    return null;
  }
  // Badges and praise come in one answer: its failure is told once, under the first heading.
  if (loaded.status === 'failed') {
    return (
      <section aria-labelledby="profile-badges">
        <h2 id="profile-badges">{t('recognition.profile.badges')}</h2>
        <LoadFailed error={loaded.error} onRetry={loaded.reload} />
      </section>
    );
  }

  const recognition = loaded.value;
  function setHidden(praiseId: string, hidden: boolean) {
    loaded.update((current) => ({
      ...current,
      praise: current.praise.map((praise) => (praise.id === praiseId ? { ...praise, hiddenByMe: hidden } : praise)),
    }));
  }

  return (
    <>
      <section aria-labelledby="profile-badges">
        <h2 id="profile-badges">{t('recognition.profile.badges')}</h2>
        {recognition.badges.length === 0 ? (
          <p>{t('recognition.profile.noBadges')}</p>
        ) : (
          <ul className="earned-badges">
            {recognition.badges.map(({ badge, count }) => (
              <li key={badge.id} className="earned-badge" title={bilingual(badge.description)}>
                <BadgeIcon badge={badge} size="large" />
                <span className="earned-badge__name">{bilingual(badge.name)}</span>
                <span className="earned-badge__count" aria-hidden="true">
                  ×{count}
                </span>
                <span className="visually-hidden">{t('recognition.profile.times', { count })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="profile-praise">
        <h2 id="profile-praise">{t('recognition.profile.received')}</h2>
        {recognition.praise.length === 0 ? (
          <p>{t('recognition.profile.noPraise')}</p>
        ) : (
          <ul className="praise-list">
            {recognition.praise.map((praise) => (
              <li key={praise.id}>
                <PraiseCard praise={praise}>{isMe && <HideToggle praise={praise} onChange={(hidden) => setHidden(praise.id, hidden)} />}</PraiseCard>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
