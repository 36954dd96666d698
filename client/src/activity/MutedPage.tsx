import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listMutes, setMuted, type Mute } from '../api/activity';
import { lookupProfiles } from '../api/profiles';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';
import { LoadFailed } from '../components/LoadFailed';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { StreamTabs } from './StreamTabs';

/** What I muted, to take it back: nobody else is ever told. */
export function MutedPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('streams.muted'));
  const muted = useLoad('mutes', async (signal) => {
    const mutes = await listMutes(signal);
    const ids = mutes.filter((m) => m.kind === 'person').map((m) => m.key);
    const people = ids.length > 0 ? await lookupProfiles(ids, signal) : [];
    return { mutes, names: new Map(people.map((person) => [person.id, person.displayName])) };
  });
  const { error, attempt } = useAttempt();

  function describe(mute: Mute) {
    switch (mute.kind) {
      case 'person':
        return <Link to={`/people/${mute.key}`}>{muted.value?.names.get(mute.key) ?? t('muted.someone')}</Link>;
      case 'topic':
        return <Link to={`/topics/${mute.key}`}>#{mute.key}</Link>;
      case 'conversation':
        return <Link to={`/posts/${mute.key}`}>{t('muted.conversation')}</Link>;
    }
  }

  return (
    <>
      <h1>{t('streams.mutedHeading')}</h1>
      <StreamTabs />
      <p className="lead">{t('muted.intro')}</p>
      {muted.status === 'loading' && <p role="status">{t('feed.loading')}</p>}
      {muted.status === 'failed' && <LoadFailed error={muted.error} onRetry={muted.reload} />}
      {muted.value?.mutes.length === 0 && <p>{t('muted.none')}</p>}
      <ul className="plain-list muted-list">
        {muted.value?.mutes.map((mute) => (
          <li key={`${mute.kind}:${mute.key}`}>
            <span className="tag">{t(`muted.kind.${mute.kind}`)}</span> {describe(mute)}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => attempt(setMuted(mute.kind, mute.key, false), () => muted.update((current) => ({ ...current, mutes: current.mutes.filter((m) => m !== mute) })))}
            >
              {t('muted.unmute')}
            </button>
          </li>
        ))}
      </ul>
      <ErrorText message={error} />
    </>
  );
}
