import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router-dom';
import { getSpace, manages, moderates } from '../api/spaces';
import { namesNothing } from '../api/http';
import { useAuth } from '../auth/authContext';
import { LoadFailed } from '../components/LoadFailed';
import { SectionTabs } from '../components/SectionTabs';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { NotificationMuteButton } from '../notifications/NotificationMuteButton';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SearchBox } from '../search/SearchBox';
import { Feed } from '../activity/Feed';
import { ManagePanel } from './ManagePanel';
import { SpaceHighlights } from './SpaceHighlights';
import { MembersSection } from './MembersSection';
import { MembershipControls } from './MembershipControls';

/** Newcomers see the welcome message for their first two weeks in the space. */
const WELCOME_DAYS = 14;

type SpacePart = 'conversations' | 'members' | 'manage';

/**
 * A space: what it is about, its guidelines and joining it, then one of its parts as tabs: its
 * conversations, its members, and for its managers their tools. Below a stream that loads more as
 * it is scrolled the members could not be reached, and the tools pushed the stream down.
 */
export function SpacePage({ part = 'conversations' }: { part?: SpacePart }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // Praise and the recognition wall are the company's; an external guest takes part in the space only.
  const inCompany = useAuth().can('UseCompanyDirectory');
  const [generation, setGeneration] = useState(0);
  // Read once, so that rendering again cannot take the welcome away in the middle of a visit.
  const [openedAt] = useState(Date.now);
  // A new generation (after joining, inviting, deciding a request) asks again with the space still shown, and its lists with it.
  const loaded = useLoad([id, generation], (signal) => getSpace(id, signal));
  // Each tab titles the browser's tab and history entry apart: "Members · Cycling club".
  const partTitle = part === 'members' ? t('spaces.membersTab') : part === 'manage' ? t('spaces.manageTab') : null;
  useDocumentTitle(loaded.value ? [partTitle, loaded.value.name].filter(Boolean).join(' · ') : t('spaces.title'));

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  if (loaded.status === 'failed') {
    return namesNothing(loaded.error) ? <NotFoundPage /> : <LoadFailed error={loaded.error} onRetry={loaded.reload} />;
  }
  if (loaded.status === 'loading') {
    return <p role="status">{t('spaces.loading')}</p>;
  }

  const space = loaded.value;
  const moderated = moderates(space.myRole);
  const managed = manages(space.myRole);
  if (part === 'manage' && !managed) {
    return <Navigate to={`/spaces/${space.id}`} replace />;
  }
  const guidelines = <p className="space-guidelines">{space.guidelines}</p>;
  const tabs = [
    { to: `/spaces/${space.id}`, label: t('spaces.stream') },
    { to: `/spaces/${space.id}/members`, label: t('spaces.membersTab') },
    ...(managed ? [{ to: `/spaces/${space.id}/manage`, label: t('spaces.manageTab') }] : []),
  ];
  return (
    <>
      {space.coverVersion > 0 && <img className="space-cover" src={`/api/v1/spaces/${space.id}/cover?v=${space.coverVersion}`} alt="" />}
      <h1>{space.name}</h1>
      <p className="person__meta">
        {t(`spaces.visibility.${space.visibility}`)} · {t('spaces.members', { count: space.memberCount })}
        {space.myRole && ` · ${t('spaces.youAre', { role: t(`spaces.role.${space.myRole}`) })}`}
      </p>
      {space.archived && <p className="notice">{t('spaces.archivedNotice')}</p>}
      {space.welcome && space.joinedAt && openedAt - new Date(space.joinedAt).getTime() < WELCOME_DAYS * 86_400_000 && (
        <section className="notice" aria-labelledby="space-welcome-title">
          <h2 id="space-welcome-title">{t('spaces.welcome')}</h2>
          <p className="space-guidelines">{space.welcome}</p>
        </section>
      )}
      {space.description && <p className="lead">{space.description}</p>}
      {/* Read in full before joining, where they are accepted; a member opens them when needed. */}
      {space.guidelines &&
        (space.myRole ? (
          <details className="space-guidelines-toggle">
            <summary>{t('spaces.guidelines')}</summary>
            {guidelines}
          </details>
        ) : (
          <section aria-labelledby="space-guidelines-title">
            <h2 id="space-guidelines-title">{t('spaces.guidelines')}</h2>
            {guidelines}
          </section>
        ))}
      <MembershipControls space={space} onChange={reload} />
      {space.myRole && <NotificationMuteButton kind="space" id={space.id} />}
      {moderated && (
        <p>
          <Link to={`/spaces/${space.id}/moderation`}>{t('moderation.spaceLink')}</Link>
        </p>
      )}
      {space.canRead ? (
        <>
          <SectionTabs label={t('spaces.sections')} tabs={tabs} />
          {part === 'members' && <MembersSection space={space} generation={generation} />}
          {part === 'manage' && <ManagePanel space={space} onChange={(next) => (next ? loaded.update(() => next) : reload())} />}
          {part === 'conversations' && (
            <>
              <SearchBox space={space.id} />
              {inCompany && (
                <p>
                  <Link to={`/spaces/${space.id}/recognition`}>{t('recognition.space.link')}</Link>
                  {space.myRole && !space.archived && (
                    <>
                      {' · '}
                      <Link to={`/recognition/praise?space=${encodeURIComponent(space.id)}`}>{t('recognition.space.praiseMember')}</Link>
                    </>
                  )}
                </p>
              )}
              <SpaceHighlights spaceId={space.id} moderated={moderated} generation={generation} />
              <section aria-labelledby="space-stream">
                {/* Named by its tab on screen; the heading is for moving through the page by headings. */}
                <h2 id="space-stream" className="visually-hidden">
                  {t('spaces.stream')}
                </h2>
                <Feed
                  feed={`spaces/${space.id}`}
                  liveKey={`activity:spaces:${space.id}`}
                  label={t('spaces.streamOf', { name: space.name })}
                  withComposer={space.myRole !== null && !space.archived}
                  space={{ id: space.id, managed, moderated }}
                  empty={t('spaces.emptyStream')}
                />
              </section>
            </>
          )}
        </>
      ) : (
        <p>{t('spaces.membersOnly')}</p>
      )}
    </>
  );
}
