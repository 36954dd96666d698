import type { AttachmentView, PersonRef, Post } from './activity';
import { getJson, type CursorPage } from './http';
import { listProfiles, type DirectoryPerson } from './profiles';
import type { Space } from './spaces';

/** A stretch of the matched text to mark, counted in UTF-16 units as JavaScript strings are. */
export interface Highlight {
  start: number;
  length: number;
}

/** Where a post matched: its own words or one of its comments', as plain text around the match. */
export interface MatchedText {
  in: 'post' | 'comment';
  commentId: string | null;
  text: string;
  highlights: Highlight[];
}

export interface SearchResult {
  post: Post;
  match: MatchedText;
}

/** The post a file was shared in: who shared it, when, where, and how it begins. */
export interface FileSharedIn {
  id: string;
  author: PersonRef;
  createdAt: string;
  excerpt: string;
  space: { id: string; name: string } | null;
}

export interface FileFound {
  file: AttachmentView;
  post: FileSharedIn;
}

/** One of the reader's direct messages found: with whom, who wrote it, and its words around the match. */
export interface MessageFound {
  id: string;
  person: PersonRef;
  fromMe: boolean;
  sentAt: string;
  text: string;
  highlights: Highlight[];
}

/** The server refuses longer searches. */
export const SEARCH_MAX_LENGTH = 200;

/** People and spaces come a few at a time, so that posts stay in sight. */
const SECTION_PAGE = 5;

/** Posts holding every word of the query, accents and case aside, newest first; only what the reader may see, in one space when given. */
export function searchPosts(q: string, cursor: string | null, signal?: AbortSignal, space?: string | null): Promise<CursorPage<SearchResult>> {
  return getJson<CursorPage<SearchResult>>('/api/v1/activity/search', { q, space, cursor }, signal);
}

/** The first spaces whose names match, a few at a time beside the other results; secret ones only for their members. */
export function searchSpaces(q: string, cursor: string | null, signal?: AbortSignal): Promise<CursorPage<Space>> {
  return getJson<CursorPage<Space>>('/api/v1/spaces', { search: q, cursor, limit: SECTION_PAGE }, signal);
}

/** The first colleagues whose name, title, department, site or skills match. */
export function searchPeople(q: string, cursor: string | null, signal?: AbortSignal): Promise<CursorPage<DirectoryPerson>> {
  return listProfiles({ search: q, cursor, limit: SECTION_PAGE }, signal);
}

/** Files shared in posts the reader may see whose names hold every word, newest post first; in one space when given. */
export function searchFiles(q: string, cursor: string | null, signal?: AbortSignal, space?: string | null): Promise<CursorPage<FileFound>> {
  return getJson<CursorPage<FileFound>>('/api/v1/activity/search/files', { q, space, cursor, limit: SECTION_PAGE }, signal);
}

/** The reader's own direct messages holding every word, the latest first. */
export function searchMessages(q: string, cursor: string | null, signal?: AbortSignal): Promise<CursorPage<MessageFound>> {
  return getJson<CursorPage<MessageFound>>('/api/v1/messages/search', { q, cursor, limit: SECTION_PAGE }, signal);
}
