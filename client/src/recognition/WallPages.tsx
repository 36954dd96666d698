import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ApiError } from '../api/http';
import { getSpace, type Space } from '../api/spaces';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { NotFoundPage } from '../pages/NotFoundPage';
import { PraiseWall } from './PraiseWall';

/** The composer comes back here with this state after a praise was given. */
export interface WallState {
  praised?: boolean;
}

function PraisedNotice() {
  const { t } = useTranslation();
  const state = useLocation().state as WallState | null;
  return state?.praised ? (
    <p className="panel" role="status">
      {t('recognition.praised')}
    </p>
  ) : null;
}

/** Company-wide praise; praise given in a space shows on that space's wall only. */
export function RecognitionWallPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('recognition.title'));
  return (
    <>
      <h1>{t('recognition.title')}</h1>
      <p className="lead">{t('recognition.intro')}</p>
      <p>
        <Link className="button" to="/recognition/praise">
          {t('recognition.praiseColleague')}
        </Link>
      </p>
      <PraisedNotice />
      <PraiseWall />
    </>
  );
}

/** The praise given in one space, for those who may read it. */
export function SpaceRecognitionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [space, setSpace] = useState<Space | null | 'missing'>(null);
  useDocumentTitle(space && space !== 'missing' ? t('recognition.space.title', { name: space.name }) : t('recognition.title'));

  useEffect(() => {
    const controller = new AbortController();
    getSpace(id, controller.signal).then(setSpace, (error: unknown) => {
      if (!controller.signal.aborted) {
        setSpace(error instanceof ApiError && (error.status === 404 || error.status === 400) ? 'missing' : null);
      }
    });
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
      <h1>{t('recognition.space.title', { name: space.name })}</h1>
      <p>
        <Link to={`/spaces/${space.id}`}>{t('recognition.space.back', { name: space.name })}</Link>
      </p>
      {space.canRead ? (
        <>
          {space.myRole && !space.archived && (
            <p>
              <Link className="button" to={`/recognition/praise?space=${encodeURIComponent(space.id)}`}>
                {t('recognition.space.praiseMember')}
              </Link>
            </p>
          )}
          <PraisedNotice />
          <PraiseWall spaceId={space.id} />
        </>
      ) : (
        <p>{t('spaces.membersOnly')}</p>
      )}
    </>
  );
}
