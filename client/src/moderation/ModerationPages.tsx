import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getSpace, type Space } from '../api/spaces';
import { useDocumentTitle } from '../components/useDocumentTitle';
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
  const [space, setSpace] = useState<Space | null | 'missing'>(null);
  const [generation, setGeneration] = useState(0);
  useDocumentTitle(t('moderation.title'));

  useEffect(() => {
    const controller = new AbortController();
    getSpace(id, controller.signal).then(setSpace, () => !controller.signal.aborted && setSpace('missing'));
    return () => controller.abort();
  }, [id]);

  if (space === 'missing') {
    return <NotFoundPage />;
  }
  if (space === null) {
    return <p role="status">{t('spaces.loading')}</p>;
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
