import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { openQuestions, pinnedPosts, spaceFiles } from '../api/activity';
import { PostCard } from '../activity/PostCard';
import { fileSize } from '../activity/formatting';
import { LoadFailed } from '../components/LoadFailed';
import { useLoad, type LoadState } from '../components/useLoad';

interface ListedPartProps<T> {
  id: string;
  title: string;
  list: LoadState<T[]> & { reload: () => void };
  children: (items: T[]) => ReactNode;
}

/** A part of the space shown only when it holds something, or to say that it could not be loaded: no heading over nothing. */
function ListedPart<T>({ id, title, list, children }: ListedPartProps<T>) {
  if (list.status === 'loading' || (list.status === 'ready' && list.value.length === 0)) {
    return null;
  }
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {list.status === 'failed' ? <LoadFailed error={list.error} onRetry={list.reload} /> : children(list.value)}
    </section>
  );
}

/** Above a space's stream: what its managers pinned, questions waiting for an answer, and the files shared. */
export function SpaceHighlights({ spaceId, moderated, generation }: { spaceId: string; moderated: boolean; generation: number }) {
  const { t, i18n } = useTranslation();
  const key = [spaceId, generation];
  const pinned = useLoad(key, (signal) => pinnedPosts(spaceId, signal));
  const questions = useLoad(key, (signal) => openQuestions(spaceId, signal).then((page) => page.items));
  const files = useLoad(key, (signal) => spaceFiles(spaceId, null, signal).then((page) => page.items));

  return (
    <>
      <ListedPart id="space-pinned" title={t('spaces.pinned')} list={pinned}>
        {(posts) =>
          posts.map((post) => (
            <PostCard
              key={post.id}
              post={post}
              headingLevel={3}
              pinnable={moderated}
              inItsSpace
              onChange={(change) => pinned.update((current) => current.map((p) => (p.id === post.id ? change(p) : p)).filter((p) => p.pinned))}
            />
          ))
        }
      </ListedPart>
      <ListedPart id="space-questions" title={t('spaces.openQuestions')} list={questions}>
        {(waiting) => (
          <ul className="plain-list">
            {waiting.map((question) => (
              <li key={question.id}>
                <Link to={`/posts/${question.id}`}>{question.bodyMarkdown.slice(0, 120) || t('spaces.question')}</Link>
              </li>
            ))}
          </ul>
        )}
      </ListedPart>
      <ListedPart id="space-files" title={t('spaces.files')} list={files}>
        {(shared) => (
          <ul className="plain-list">
            {shared.map(({ file, postId }) => (
              <li key={file.id}>
                <a href={file.url} download={file.fileName}>
                  {file.fileName}
                </a>{' '}
                <span className="person__meta">({fileSize(file.size, i18n.language)})</span> · <Link to={`/posts/${postId}`}>{t('spaces.inConversation')}</Link>
              </li>
            ))}
          </ul>
        )}
      </ListedPart>
    </>
  );
}
