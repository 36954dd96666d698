import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { openQuestions, pinnedPosts, spaceFiles, type Post, type SpaceFile } from '../api/activity';
import { PostCard } from '../activity/PostCard';
import { fileSize } from '../activity/formatting';

/** Beside a space's stream: what its managers pinned, questions waiting for an answer, and the files shared. */
export function SpaceSidebar({ spaceId, moderated, generation }: { spaceId: string; moderated: boolean; generation: number }) {
  const { t, i18n } = useTranslation();
  const [pinned, setPinned] = useState<Post[]>([]);
  const [questions, setQuestions] = useState<Post[]>([]);
  const [files, setFiles] = useState<SpaceFile[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    pinnedPosts(spaceId, controller.signal).then(setPinned, () => setPinned([]));
    openQuestions(spaceId, controller.signal).then((page) => setQuestions(page.items), () => setQuestions([]));
    spaceFiles(spaceId, null, controller.signal).then((page) => setFiles(page.items), () => setFiles([]));
    return () => controller.abort();
  }, [spaceId, generation]);

  return (
    <>
      {pinned.length > 0 && (
        <section aria-labelledby="space-pinned">
          <h2 id="space-pinned">{t('spaces.pinned')}</h2>
          {pinned.map((post) => (
            <PostCard
              key={post.id}
              post={post}
              headingLevel={3}
              pinnable={moderated}
              onChange={(change) => setPinned((current) => current.map((p) => (p.id === post.id ? change(p) : p)).filter((p) => p.pinned))}
            />
          ))}
        </section>
      )}
      <section aria-labelledby="space-questions">
        <h2 id="space-questions">{t('spaces.openQuestions')}</h2>
        {questions.length === 0 ? (
          <p>{t('spaces.noOpenQuestions')}</p>
        ) : (
          <ul className="plain-list">
            {questions.map((question) => (
              <li key={question.id}>
                <Link to={`/posts/${question.id}`}>{question.bodyMarkdown.slice(0, 120) || t('spaces.question')}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="space-files">
        <h2 id="space-files">{t('spaces.files')}</h2>
        {files.length === 0 ? (
          <p>{t('spaces.noFiles')}</p>
        ) : (
          <ul className="plain-list">
            {files.map(({ file, postId }) => (
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
    </>
  );
}
