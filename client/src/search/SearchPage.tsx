import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { fileSize, relativeTime } from '../activity/formatting';
import type { CursorPage } from '../api/http';
import type { DirectoryPerson } from '../api/profiles';
import {
  SEARCH_MAX_LENGTH,
  searchFiles,
  searchMessages,
  searchPeople,
  searchPosts,
  searchSpaces,
  type FileFound,
  type MessageFound,
  type SearchResult,
} from '../api/search';
import { getSpace, type Space } from '../api/spaces';
import { useAuth } from '../auth/authContext';
import { LoadFailed } from '../components/LoadFailed';
import { MoreButton } from '../components/MoreButton';
import { useCursorList } from '../components/useCursorList';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useLoad } from '../components/useLoad';
import { PersonLine } from '../pages/PersonLine';
import { useMatchedExpertise } from '../pages/useMatchedExpertise';
import { MatchedExcerpt } from './MatchedExcerpt';
import { SearchResultCard } from './SearchResultCard';

type SectionName = 'people' | 'spaces' | 'files' | 'messages' | 'posts';

const SECTION_ORDER: readonly SectionName[] = ['people', 'spaces', 'files', 'messages', 'posts'];

interface SectionProps<T> {
  name: SectionName;
  q: string;
  load: (q: string, cursor: string | null, signal: AbortSignal) => Promise<CursorPage<T>>;
  render: (item: T) => ReactNode;
  /** Told whenever the section becomes empty or stops being so: an empty section leaves the page to a line at its end. */
  onEmptyChange: (name: SectionName, empty: boolean) => void;
}

/** Posts are articles side by side as in a stream; people and spaces are list items. */
const LISTS = {
  people: { as: 'ul', className: 'colleagues' },
  spaces: { as: 'ul', className: 'search-spaces' },
  files: { as: 'ul', className: 'search-files' },
  messages: { as: 'ul', className: 'search-messages' },
  posts: { as: 'div', className: 'feed' },
} as const;

/** One kind of result with its heading, its loading and error states, and more on demand; nothing when none matched. */
function ResultSection<T>({ name, q, load, render, onEmptyChange }: SectionProps<T>) {
  const { t } = useTranslation();
  const { as: List, className } = LISTS[name];
  const headingId = useId();
  const list = useCursorList<T>(q, (cursor, signal) => load(q, cursor, signal));
  const empty = list.status === 'ready' && list.items.length === 0;
  useEffect(() => onEmptyChange(name, empty), [name, empty, onEmptyChange]);
  if (empty) {
    return null;
  }
  return (
    <section className="search-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`search.${name}.title`)}</h2>
      {list.status === 'loading' && <p role="status">{t(`search.${name}.loading`)}</p>}
      {list.status === 'failed' && <LoadFailed error={list.error} onRetry={list.reload} />}
      {list.items.length > 0 && (
        <List className={className} aria-labelledby={headingId}>
          {list.items.map(render)}
        </List>
      )}
      <MoreButton list={list} label={t(`search.${name}.more`)} />
    </section>
  );
}

/** A colleague found, with their job title and the skills the words were found in, if any. */
function FoundPerson({ person }: { person: DirectoryPerson }) {
  const expertise = useMatchedExpertise(person.matchedExpertise);
  return <PersonLine person={person} detail={[person.jobTitle, expertise].filter(Boolean).join(' · ')} />;
}

function SpaceLine({ space }: { space: Space }) {
  const { t } = useTranslation();
  return (
    <li className="search-space">
      <Link to={`/spaces/${space.id}`}>{space.name}</Link>
      <span className="person__meta">
        {' — '}
        {t(`spaces.visibility.${space.visibility}`)} · {t('spaces.members', { count: space.memberCount })}
      </span>
    </li>
  );
}

/** A file to download, with who shared it, when and where, and a way to the post it was shared in. */
function FileLine({ found: { file, post } }: { found: FileFound }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="search-file">
      <a href={file.url} download={file.fileName}>
        {file.fileName}
      </a>{' '}
      <span className="person__meta">
        ({fileSize(file.size, i18n.language)}) — {t('search.files.sharedBy', { author: post.author.displayName })}{' '}
        <time dateTime={post.createdAt}>{relativeTime(post.createdAt, i18n.language)}</time>
        {post.space && ` ${t('search.files.inSpace', { space: post.space.name })}`}
      </span>
      <br />
      <Link to={`/posts/${post.id}`}>{post.excerpt || t('search.files.openPost')}</Link>
    </li>
  );
}

/** One of the reader's messages, leading to its conversation opened on it, with the words around the match. */
function MessageLine({ found }: { found: MessageFound }) {
  const { t, i18n } = useTranslation();
  const name = found.person.displayName;
  return (
    <li className="search-message">
      <Link to={`/messages/${found.person.id}?${new URLSearchParams({ at: found.id })}`}>{found.fromMe ? t('search.messages.fromMe', { name }) : t('search.messages.toMe', { name })}</Link>{' '}
      <span className="person__meta">
        <time dateTime={found.sentAt}>{relativeTime(found.sentAt, i18n.language)}</time>
      </span>
      <MatchedExcerpt match={found} />
    </li>
  );
}

/**
 * The sections of one search. Kinds that matched nothing are said in one line after those that did,
 * so that posts found are not pushed down the page by three headings over nothing.
 */
function SearchResults({ q, inCompany, spaceId }: { q: string; inCompany: boolean; spaceId: string | null }) {
  const { t } = useTranslation();
  const [empty, setEmpty] = useState<ReadonlySet<SectionName>>(new Set());
  const onEmptyChange = useCallback((name: SectionName, isEmpty: boolean) => {
    setEmpty((current) => {
      if (current.has(name) === isEmpty) {
        return current;
      }
      const next = new Set(current);
      if (isEmpty) {
        next.add(name);
      } else {
        next.delete(name);
      }
      return next;
    });
  }, []);
  // Within a space only its posts and their files are searched: people, spaces and messages belong to no space.
  // External guests have neither the directory nor messages.
  const searched = SECTION_ORDER.filter((name) => (spaceId ? name === 'files' || name === 'posts' : inCompany || (name !== 'people' && name !== 'messages')));
  const unmatched = searched.filter((name) => empty.has(name));

  return (
    <>
      {searched.includes('people') && (
        <ResultSection<DirectoryPerson>
          name="people"
          q={q}
          load={searchPeople}
          render={(person) => <FoundPerson key={person.id} person={person} />}
          onEmptyChange={onEmptyChange}
        />
      )}
      {searched.includes('spaces') && (
        <ResultSection<Space>
          name="spaces"
          q={q}
          load={searchSpaces}
          render={(space) => <SpaceLine key={space.id} space={space} />}
          onEmptyChange={onEmptyChange}
        />
      )}
      <ResultSection<FileFound>
        name="files"
        q={q}
        load={(words, cursor, signal) => searchFiles(words, cursor, signal, spaceId)}
        render={(found) => <FileLine key={found.file.id} found={found} />}
        onEmptyChange={onEmptyChange}
      />
      {searched.includes('messages') && (
        <ResultSection<MessageFound>
          name="messages"
          q={q}
          load={searchMessages}
          render={(found) => <MessageLine key={found.id} found={found} />}
          onEmptyChange={onEmptyChange}
        />
      )}
      <ResultSection<SearchResult>
        name="posts"
        q={q}
        load={(words, cursor, signal) => searchPosts(words, cursor, signal, spaceId)}
        render={(result) => <SearchResultCard key={result.post.id} result={result} />}
        onEmptyChange={onEmptyChange}
      />
      {unmatched.length > 0 && (
        <p className="search-unmatched">
          {unmatched.length === searched.length ? t('search.nothing') : unmatched.map((name) => t(`search.${name}.none`)).join(' ')}
        </p>
      )}
    </>
  );
}

/**
 * Search results for people, spaces, files, one's own messages and posts, each found by the server among what the reader may see;
 * with `space` in the address, the posts and files of that space only.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const spaceId = params.get('space');
  // External guests have no company directory: people are not theirs to search.
  const inCompany = useAuth().can('UseCompanyDirectory');
  const space = useLoad(['search-space', spaceId], (signal) => (spaceId ? getSpace(spaceId, signal) : Promise.resolve(null)));
  const spaceName = space.value?.name;
  let title = t('search.titleFor', { q });
  if (spaceId) {
    title = spaceName ? t('search.titleIn', { q, space: spaceName }) : t('search.titleInASpace', { q });
  }
  useDocumentTitle(q ? title : t('search.title'));

  if (!q || q.length > SEARCH_MAX_LENGTH) {
    return (
      <>
        <h1>{t('search.title')}</h1>
        <p className={q ? 'alert' : undefined} role={q ? 'alert' : undefined}>
          {q ? t('search.tooLong', { count: SEARCH_MAX_LENGTH }) : t('search.prompt')}
        </p>
      </>
    );
  }

  return (
    <>
      <h1>{title}</h1>
      {spaceId && (
        <p>
          <Link to={`/search?${new URLSearchParams({ q })}`}>{t('search.everywhere')}</Link>
        </p>
      )}
      {/* A new search starts with no section known to be empty. */}
      <SearchResults key={`${q} ${spaceId}`} q={q} inCompany={inCompany} spaceId={spaceId} />
    </>
  );
}
