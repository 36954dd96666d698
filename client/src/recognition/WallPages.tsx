import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { namesNothing } from '../api/http';
import { getSpace } from '../api/spaces';
import { LoadFailed } from '../components/LoadFailed';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
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
  const loaded = useLoad(id, (signal) => getSpace(id, signal));
  useDocumentTitle(loaded.value ? t('recognition.space.title', { name: loaded.value.name }) : t('recognition.title'));

  if (loaded.status === 'failed') {
    return namesNothing(loaded.error) ? <NotFoundPage /> : <LoadFailed error={loaded.error} onRetry={loaded.reload} />;
  }
  if (loaded.status === 'loading') {
    return <p role="status">{t('spaces.loading')}</p>;
  }

  const space = loaded.value;
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
