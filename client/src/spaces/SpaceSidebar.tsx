import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { openQuestions, pinnedPosts, spaceFiles } from '../api/activity';
import { PostCard } from '../activity/PostCard';
import { fileSize } from '../activity/formatting';
import { LoadFailed } from '../components/LoadFailed';
import { useLoad } from '../components/useLoad';

/** Above a space's stream: what its managers pinned, questions waiting for an answer, and the files shared; each only when there are some. */
export function SpaceSidebar({ spaceId, moderated, generation }: { spaceId: string; moderated: boolean; generation: number }) {
  const { t, i18n } = useTranslation();
  const key = [spaceId, generation];
  const pinned = useLoad(key, (signal) => pinnedPosts(spaceId, signal));
  const questions = useLoad(key, (signal) => openQuestions(spaceId, signal).then((page) => page.items));
  const files = useLoad(key, (signal) => spaceFiles(spaceId, null, signal).then((page) => page.items));

  return (
    <>
      {(pinned.status === 'failed' || (pinned.status === 'ready' && pinned.value.length > 0)) && (
        <section aria-labelledby="space-pinned">
          <h2 id="space-pinned">{t('spaces.pinned')}</h2>
          {pinned.status === 'failed' && <LoadFailed error={pinned.error} onRetry={pinned.reload} />}
          {pinned.value?.map((post) => (
            <PostCard
              key={post.id}
              post={post}
              headingLevel={3}
              pinnable={moderated}
              onChange={(change) => pinned.update((current) => current.map((p) => (p.id === post.id ? change(p) : p)).filter((p) => p.pinned))}
            />
          ))}
        </section>
      )}
      {(questions.status === 'failed' || (questions.status === 'ready' && questions.value.length > 0)) && (
        <section aria-labelledby="space-questions">
          <h2 id="space-questions">{t('spaces.openQuestions')}</h2>
          {questions.status === 'failed' && <LoadFailed error={questions.error} onRetry={questions.reload} />}
          {questions.status === 'ready' && (
            <ul className="plain-list">
              {questions.value.map((question) => (
                <li key={question.id}>
                  <Link to={`/posts/${question.id}`}>{question.bodyMarkdown.slice(0, 120) || t('spaces.question')}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {(files.status === 'failed' || (files.status === 'ready' && files.value.length > 0)) && (
        <section aria-labelledby="space-files">
          <h2 id="space-files">{t('spaces.files')}</h2>
          {files.status === 'failed' && <LoadFailed error={files.error} onRetry={files.reload} />}
          {files.status === 'ready' && (
            <ul className="plain-list">
              {files.value.map(({ file, postId }) => (
                <li key={file.id}>
                  <a href={file.url} download={file.fileName}>
                    {file.fileName}
                  </a>{' '}
                  <span className="person__meta">({fileSize(file.size, i18n.language)})</span> · <Link to={`/posts/${postId}`}>{t('spaces.inConversation')}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
