import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acknowledge, type Change, type Post } from '../api/activity';
import { apiErrorMessage } from '../components/form/apiErrorMessage';
import { ErrorText } from '../components/form/ErrorText';

/** A must-read announcement: readers confirm they read it, and its author sees how many did. */
export function AnnouncementBar({ post, onChange }: { post: Post; onChange(change: Change<Post>): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const announcement = post.announcement!;
  if (!announcement.mustRead) {
    return null;
  }
  return (
    <div className="announcement">
      {announcement.acknowledgedByMe ? (
        <p className="announcement__done">{t('announcement.acknowledged')}</p>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() =>
            void acknowledge(post.id).then(
              () => {
                onChange((current) => ({
                  ...current,
                  announcement: {
                    ...announcement,
                    acknowledgedByMe: true,
                    acknowledged: announcement.acknowledged === null ? null : announcement.acknowledged + 1,
                  },
                }));
                setError(null);
              },
              (failure: unknown) => setError(apiErrorMessage(failure, t)),
            )
          }
        >
          {t('announcement.acknowledge')}
        </button>
      )}
      <ErrorText message={error} />
      {announcement.acknowledged !== null && announcement.audience !== null && (
        <p className="person__meta">{t('announcement.readRate', { read: announcement.acknowledged, audience: announcement.audience })}</p>
      )}
    </div>
  );
}
