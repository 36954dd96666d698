import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError, namesNothing } from '../api/http';
import { getSpace, moderates } from '../api/spaces';
import { LoadFailed } from '../components/LoadFailed';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { AdminSections } from '../pages/admin/AdminSections';
import { NotFoundPage } from '../pages/NotFoundPage';
import { KeywordRulesEditor } from './KeywordRulesEditor';
import { ModerationLog } from './ModerationLog';
import { ModerationQueue } from './ModerationQueue';

/** Platform moderation: reports on company-wide content and on people, the log, and keyword rules. */
export function PlatformModerationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('moderation.title'));
  const [generation, setGeneration] = useState(0);
  return (
    <>
      <h1>{t('moderation.title')}</h1>
      <AdminSections />
      <ModerationQueue spaceId={null} onChange={() => setGeneration((value) => value + 1)} />
      <KeywordRulesEditor />
      <ModerationLog spaceId={null} generation={generation} />
    </>
  );
}

/** A space's moderation, for its owners, community managers and moderators. */
export function SpaceModerationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loaded = useLoad(id, (signal) => getSpace(id, signal));
  const [generation, setGeneration] = useState(0);
  useDocumentTitle(t('moderation.title'));

  if (loaded.status === 'failed') {
    // The server refuses (403) only someone who may take part in no space: for them, as outside a secret space, there is no such page.
    const refused = loaded.error instanceof ApiError && loaded.error.status === 403;
    return namesNothing(loaded.error) || refused ? <NotFoundPage /> : <LoadFailed error={loaded.error} onRetry={loaded.reload} />;
  }
  if (loaded.status === 'loading') {
    return <p role="status">{t('spaces.loading')}</p>;
  }

  const space = loaded.value;
  if (!moderates(space.myRole)) {
    // The server would refuse them its queue and log however often they tried again: for them there is no such page. It still judges the others.
    return <NotFoundPage />;
  }
  return (
    <>
      <h1>{t('moderation.spaceTitle', { name: space.name })}</h1>
      <p>
        <Link to={`/spaces/${space.id}`}>{t('moderation.backToSpace', { name: space.name })}</Link>
      </p>
      <ModerationQueue spaceId={space.id} onChange={() => setGeneration((value) => value + 1)} />
      <ModerationLog spaceId={space.id} generation={generation} />
    </>
  );
}
