import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { setMuted, setTopicFollowed, topicFollowing } from '../api/activity';
import { ErrorText } from '../components/form/ErrorText';
import { useAttempt } from '../components/form/useAttempt';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { NotFoundPage } from '../pages/NotFoundPage';
import { Feed } from './Feed';

/** A hashtag's page: every visible post tagged with it, and following or muting the topic. */
export function TopicPage() {
  const { t } = useTranslation();
  const { tag = '' } = useParams();
  useDocumentTitle(`#${tag}`);
  const [state, setState] = useState<{ topic: string; following: boolean } | 'missing' | null>(null);
  const [muted, setTopicMuted] = useState(false);
  const { error, attempt } = useAttempt();

  useEffect(() => {
    const controller = new AbortController();
    setState(null);
    setTopicMuted(false);
    topicFollowing(tag, controller.signal).then(setState, () => {
      if (!controller.signal.aborted) {
        setState('missing');
      }
    });
    return () => controller.abort();
  }, [tag]);

  if (state === 'missing') {
    return <NotFoundPage />;
  }
  if (state === null) {
    return <p role="status">{t('feed.loading')}</p>;
  }

  const { topic, following } = state;
  return (
    <>
      <h1>#{topic}</h1>
      <div className="topic__actions">
        <button
          type="button"
          className={following ? 'button button--secondary' : 'button'}
          aria-pressed={following}
          onClick={() => attempt(setTopicFollowed(topic, !following), () => setState({ topic, following: !following }))}
        >
          {t(following ? 'topic.following' : 'topic.follow')}
        </button>
        <button
          type="button"
          className="link-button"
          aria-pressed={muted}
          onClick={() => attempt(setMuted('topic', topic, !muted), () => setTopicMuted(!muted))}
        >
          {t(muted ? 'topic.unmute' : 'topic.mute')}
        </button>
      </div>
      <ErrorText message={error} />
      <Feed feed={`topics/${encodeURIComponent(topic)}`} liveKey={`activity:topics:${topic}`} label={t('topic.feed', { topic })} empty={t('topic.empty')} />
    </>
  );
}
