import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listMutes, setMuted, type Mute } from '../api/activity';
import { lookupProfiles, type Profile } from '../api/profiles';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { StreamTabs } from './StreamTabs';

/** What I muted, to take it back: nobody else is ever told. */
export function MutedPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('streams.muted'));
  const [mutes, setMutes] = useState<Mute[] | null>(null);
  const [people, setPeople] = useState<Map<string, Profile>>(new Map());
  const { error, attempt } = useAttempt();

  useEffect(() => {
    const controller = new AbortController();
    listMutes(controller.signal).then(async (loaded) => {
      setMutes(loaded);
      const ids = loaded.filter((m) => m.kind === 'person').map((m) => m.key);
      if (ids.length > 0) {
        const found = await lookupProfiles(ids, controller.signal);
        setPeople(new Map(found.map((person) => [person.id, person])));
      }
    }, () => setMutes([]));
    return () => controller.abort();
  }, []);

  function describe(mute: Mute) {
    switch (mute.kind) {
      case 'person':
        return <Link to={`/people/${mute.key}`}>{people.get(mute.key)?.displayName ?? t('muted.someone')}</Link>;
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
      {mutes === null && <p role="status">{t('feed.loading')}</p>}
      {mutes?.length === 0 && <p>{t('muted.none')}</p>}
      <ul className="plain-list muted-list">
        {mutes?.map((mute) => (
          <li key={`${mute.kind}:${mute.key}`}>
            <span className="tag">{t(`muted.kind.${mute.kind}`)}</span> {describe(mute)}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => attempt(setMuted(mute.kind, mute.key, false), () => setMutes((current) => current?.filter((m) => m !== mute) ?? null))}
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
