import { getJson, request, type CursorPage } from './http';

export const REACTIONS = ['like', 'celebrate', 'insightful', 'support', 'curious'] as const;
export type ReactionKind = (typeof REACTIONS)[number];

export type PostKind = 'post' | 'poll' | 'question' | 'announcement';
/** What streams show: the kinds people write, and praise given in recognition, which the server posts for its giver. */
export type ShownPostKind = PostKind | 'praise';

/** Changes derive from the current value, so that a live update and a click landing together both count. */
export type Change<T> = (current: T) => T;

export interface PersonRef {
  id: string;
  displayName: string;
  jobTitle: string;
  avatarVersion: number;
  isFormerEmployee: boolean;
}

export interface AttachmentView {
  id: string;
  kind: 'image' | 'file';
  fileName: string;
  contentType: string;
  size: number;
  width: number;
  height: number;
  url: string;
}

export interface PollView {
  multipleChoice: boolean;
  closesAt: string | null;
  closed: boolean;
  myChoices: number[];
  /** Null until the reader voted or the poll closed: results come after voting. */
  voters: number | null;
  options: { text: string; votes: number | null }[];
}

export interface AnnouncementView {
  mustRead: boolean;
  acknowledgedByMe: boolean;
  /** Only the author sees the read rate. */
  acknowledged: number | null;
  audience: number | null;
}

/** What posts and comments share: someone wrote it, others react to it. */
interface Written {
  id: string;
  author: PersonRef;
  bodyHtml: string;
  bodyMarkdown: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  reactions: Record<ReactionKind, number>;
  myReaction: ReactionKind | null;
}

export interface Post extends Written {
  kind: ShownPostKind;
  topics: string[];
  mentions: PersonRef[];
  sharedPost: Post | null;
  commentCount: number;
  saved: boolean;
  attachments: AttachmentView[];
  poll: PollView | null;
  bestAnswerId: string | null;
  announcement: AnnouncementView | null;
  /** The space the post was written in; absent for company-wide posts. */
  space?: { id: string; name: string } | null;
  pinned?: boolean;
  /** Set, for its author only, when moderators hid the post. */
  hiddenReason?: string | null;
}

export interface Comment extends Written {
  parentId: string | null;
  hidden?: boolean;
  hiddenReason?: string | null;
  replyCount: number;
  replies: Comment[];
}

export interface Revision {
  bodyHtml: string;
  writtenAt: string;
  replacedAt: string;
}

export interface NewPost {
  body: string;
  kind?: PostKind;
  sharedPostId?: string;
  attachmentIds?: string[];
  poll?: { options: string[]; multipleChoice: boolean; closesAt: string | null };
  mustRead?: boolean;
  spaceId?: string;
}

export type FeedName = 'home' | 'company' | 'saved' | `people/${string}` | `topics/${string}` | `spaces/${string}`;

const BASE = '/api/v1/activity';

function post(id: string): string {
  return `${BASE}/posts/${encodeURIComponent(id)}`;
}

export function readFeed(feed: FeedName, cursor: string | null, signal?: AbortSignal): Promise<CursorPage<Post>> {
  return getJson<CursorPage<Post>>(`${BASE}/feeds/${feed}`, { cursor }, signal);
}

/** The key makes a retried publish (a double click, a lost answer) return the first post instead of a second one. */
export function publishPost(draft: NewPost, idempotencyKey: string): Promise<Post> {
  return request<Post>('POST', `${BASE}/posts`, { body: draft, headers: { 'Idempotency-Key': idempotencyKey } });
}

export function getPost(id: string, signal?: AbortSignal): Promise<Post> {
  return getJson<Post>(post(id), undefined, signal);
}

/** A post's counts as the live hint `post.counts` carries them. */
export interface PostCounts {
  postId: string;
  commentCount: number;
  reactions: Record<ReactionKind, number>;
}

/** The server answers for at most this many posts at once. */
export const COUNTS_PER_REQUEST = 100;

/** The current counts of these posts; posts the reader can no longer see are left out. */
export function readCounts(ids: string[], signal?: AbortSignal): Promise<PostCounts[]> {
  return getJson<PostCounts[]>(`${BASE}/posts/counts`, { ids: ids.join(',') }, signal);
}

export function editPost(id: string, body: string): Promise<Post> {
  return request<Post>('PATCH', post(id), { body: { body } });
}

export function deletePost(id: string): Promise<void> {
  return request<void>('DELETE', post(id));
}

export function postHistory(id: string, signal?: AbortSignal): Promise<Revision[]> {
  return getJson<Revision[]>(`${post(id)}/history`, undefined, signal);
}

/** Someone who reacted to a post or a comment, and how. */
export interface Reactor {
  person: PersonRef;
  kind: ReactionKind;
  reactedAt: string;
}

/** Who reacted, the latest first, a page at a time. */
export function listReactors(target: 'posts' | 'comments', id: string, cursor: string | null, signal?: AbortSignal): Promise<CursorPage<Reactor>> {
  return getJson<CursorPage<Reactor>>(`${BASE}/${target}/${encodeURIComponent(id)}/reactions`, { cursor }, signal);
}

export function reactTo(target: 'posts' | 'comments', id: string, kind: ReactionKind | null): Promise<void> {
  const path = `${BASE}/${target}/${encodeURIComponent(id)}/reaction`;
  return kind ? request<void>('PUT', path, { body: { kind } }) : request<void>('DELETE', path);
}

export function setSaved(id: string, saved: boolean): Promise<void> {
  return request<void>(saved ? 'PUT' : 'DELETE', `${post(id)}/saved`);
}

export function vote(id: string, options: number[]): Promise<void> {
  return request<void>('PUT', `${post(id)}/vote`, { body: { options } });
}

export function chooseBestAnswer(id: string, commentId: string): Promise<void> {
  return request<void>('PUT', `${post(id)}/best-answer`, { body: { commentId } });
}

export function acknowledge(id: string): Promise<void> {
  return request<void>('PUT', `${post(id)}/acknowledgement`);
}

export function listComments(postId: string, cursor: string | null, signal?: AbortSignal): Promise<CursorPage<Comment>> {
  return getJson<CursorPage<Comment>>(`${post(postId)}/comments`, { cursor }, signal);
}

export function getComment(id: string, signal?: AbortSignal): Promise<Comment> {
  return getJson<Comment>(`${BASE}/comments/${encodeURIComponent(id)}`, undefined, signal);
}

export function listReplies(commentId: string, cursor: string | null, signal?: AbortSignal): Promise<CursorPage<Comment>> {
  return getJson<CursorPage<Comment>>(`${BASE}/comments/${encodeURIComponent(commentId)}/replies`, { cursor }, signal);
}

export function writeComment(postId: string, body: string, parentId: string | null): Promise<Comment> {
  return request<Comment>('POST', `${post(postId)}/comments`, { body: { body, parentId } });
}

export function editComment(id: string, body: string): Promise<Comment> {
  return request<Comment>('PATCH', `${BASE}/comments/${encodeURIComponent(id)}`, { body: { body } });
}

export function deleteComment(id: string): Promise<void> {
  return request<void>('DELETE', `${BASE}/comments/${encodeURIComponent(id)}`);
}

export function uploadAttachment(file: File): Promise<AttachmentView> {
  const form = new FormData();
  form.append('file', file);
  return request<AttachmentView>('POST', `${BASE}/attachments`, { body: form });
}

export type MuteKind = 'person' | 'topic' | 'conversation';

export interface Mute {
  kind: MuteKind;
  key: string;
}

export function listMutes(signal?: AbortSignal): Promise<Mute[]> {
  return getJson<Mute[]>(`${BASE}/mutes`, undefined, signal);
}

export function setMuted(kind: MuteKind, key: string, muted: boolean): Promise<void> {
  return request<void>(muted ? 'PUT' : 'DELETE', `${BASE}/mutes/${kind}/${encodeURIComponent(key)}`);
}

export function setPinned(id: string, pinned: boolean): Promise<void> {
  return request<void>(pinned ? 'PUT' : 'DELETE', `${post(id)}/pin`);
}

export function pinnedPosts(spaceId: string, signal?: AbortSignal): Promise<Post[]> {
  return getJson<Post[]>(`${BASE}/spaces/${encodeURIComponent(spaceId)}/pinned`, undefined, signal);
}

export function openQuestions(spaceId: string, signal?: AbortSignal): Promise<CursorPage<Post>> {
  return getJson<CursorPage<Post>>(`${BASE}/spaces/${encodeURIComponent(spaceId)}/questions`, undefined, signal);
}

export interface SpaceFile {
  file: AttachmentView;
  postId: string;
  sharedAt: string;
}

export function spaceFiles(spaceId: string, cursor: string | null, signal?: AbortSignal): Promise<CursorPage<SpaceFile>> {
  return getJson<CursorPage<SpaceFile>>(`${BASE}/spaces/${encodeURIComponent(spaceId)}/files`, { cursor }, signal);
}

export function suggestTopics(prefix: string, signal?: AbortSignal): Promise<string[]> {
  return getJson<string[]>(`${BASE}/topics`, { prefix }, signal);
}

export function topicFollowing(tag: string, signal?: AbortSignal): Promise<{ topic: string; following: boolean }> {
  return getJson(`/api/v1/profiles/me/topics/${encodeURIComponent(tag)}`, undefined, signal);
}

export function setTopicFollowed(tag: string, follow: boolean): Promise<void> {
  return request<void>(follow ? 'PUT' : 'DELETE', `/api/v1/profiles/me/topics/${encodeURIComponent(tag)}`);
}
