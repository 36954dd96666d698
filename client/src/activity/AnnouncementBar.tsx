import { useTranslation } from 'react-i18next';
import { acknowledge, type Change, type Post } from '../api/activity';
import { useAuth } from '../auth/authContext';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';

/** A must-read announcement: readers confirm they read it, and its author, who has nothing to confirm, sees how many did. */
export function AnnouncementBar({ post, onChange }: { post: Post; onChange: (change: Change<Post>) => void }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { error, attempt } = useAttempt();
  const announcement = post.announcement!;
  if (!announcement.mustRead) {
    return null;
  }
  return (
    <div className="announcement">
      {me?.id === post.author.id ? null : announcement.acknowledgedByMe ? (
        <p className="announcement__done">{t('announcement.acknowledged')}</p>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() =>
            attempt(acknowledge(post.id), () =>
              onChange((current) => ({
                ...current,
                announcement: {
                  ...announcement,
                  acknowledgedByMe: true,
                  acknowledged: announcement.acknowledged === null ? null : announcement.acknowledged + 1,
                },
              })),
            )
          }
        >
          {t('announcement.acknowledge')}
        </button>
      )}
      <ErrorText message={error} />
      {announcement.acknowledged !== null && announcement.audience !== null && (
        <p className="person__meta">{t('announcement.readRate', { read: announcement.acknowledged, count: announcement.audience })}</p>
      )}
    </div>
  );
}
