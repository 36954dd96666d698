import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { setTopicFollowed, topicFollowing } from '../api/activity';
import { namesNothing } from '../api/http';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';
import { LoadFailed } from '../components/LoadFailed';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { NotFoundPage } from '../pages/NotFoundPage';
import { Feed } from './Feed';
import { MuteToggle } from './MuteToggle';

/** A hashtag's page: every visible post tagged with it, and following or muting the topic. */
export function TopicPage() {
  const { tag = '' } = useParams();
  // Another topic is another page: nothing of the last one (following, muted) carries over.
  return <TopicView key={tag} tag={tag} />;
}

function TopicView({ tag }: { tag: string }) {
  const { t } = useTranslation();
  useDocumentTitle(`#${tag}`);
  const loaded = useLoad(tag, (signal) => topicFollowing(tag, signal));
  const { error, attempt } = useAttempt();

  if (loaded.status === 'failed') {
    // Only a name that is no topic is "not found"; any other failure can be tried again.
    return namesNothing(loaded.error) ? <NotFoundPage /> : <LoadFailed error={loaded.error} onRetry={loaded.reload} />;
  }
  if (loaded.status === 'loading') {
    return <p role="status">{t('feed.loading')}</p>;
  }

  const { topic, following } = loaded.value;
  return (
    <>
      <h1>#{topic}</h1>
      <div className="topic__actions">
        <button
          type="button"
          className={following ? 'button button--secondary' : 'button'}
          aria-pressed={following}
          onClick={() => attempt(setTopicFollowed(topic, !following), () => loaded.update(() => ({ topic, following: !following })))}
        >
          {t(following ? 'topic.following' : 'topic.follow')}
        </button>
        <MuteToggle
          kind="topic"
          mutedKey={topic}
          texts={{ turnOn: t('topic.mute'), turnOff: t('topic.unmute'), turnedOn: t('topic.mutedNotice'), turnedOff: t('topic.unmutedNotice') }}
        />
      </div>
      <ErrorText message={error} />
      <Feed feed={`topics/${encodeURIComponent(topic)}`} liveKey={`activity:topics:${topic}`} label={t('topic.feed', { topic })} empty={t('topic.empty')} />
    </>
  );
}
