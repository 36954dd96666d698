import type { PersonRef, ReactionKind } from './activity';
import { getJson, request, type CursorPage } from './http';

/**
 * A post sent along with a message, as its reader may see it now; one they may not see, or that no longer exists, is only
 * unavailable, without saying which.
 */
export type SharedPost = { available: true; id: string; author: PersonRef; space: { id: string; name: string } | null; excerpt: string } | { available: false };

/**
 * A message between two colleagues; its HTML was rendered from its Markdown `text` and sanitized by
 * the server. A deleted message keeps its place with neither.
 */
export interface DirectMessage {
  id: string;
  senderId: string;
  html: string;
  text: string;
  sentAt: string;
  editedAt: string | null;
  deleted: boolean;
  /** Each of the two people's reaction, told apart by whether they sent the message. */
  senderReaction: ReactionKind | null;
  recipientReaction: ReactionKind | null;
  /** A post sent along; the text may then be empty. */
  sharedPost: SharedPost | null;
}

/** One conversation as the list shows it: with whom, what was said last (plain text, and whether it sent a post) and how much is unread. */
export interface ConversationSummary {
  person: PersonRef;
  lastMessage: { fromMe: boolean; excerpt: string; sentAt: string; deleted: boolean; sharesPost: boolean };
  unreadCount: number;
}

/** The live message for a message sent by or to the signed-in person, or changed by its sender; `with` is the other person. */
export interface MessageSent {
  with: string;
  message: DirectMessage;
}

/** The live message for a conversation the signed-in person read, in this tab or another. */
export interface ConversationRead {
  with: string;
}

/** The live message telling that `with`, the other person, is writing to the signed-in person. */
export interface Typing {
  with: string;
}

/** What a connection watches to receive `message.sent`, `message.changed`, `message.read` and `message.typing`. */
export const MESSAGES_LIVE_KEY = 'activity:messages';

/** The server refuses longer messages. */
export const MESSAGE_MAX_LENGTH = 4000;

const BASE = '/api/v1/messages';

function conversation(personId: string): string {
  return `${BASE}/with/${encodeURIComponent(personId)}`;
}

/** The signed-in person's conversations, the most recently active first. */
export function listConversations(cursor: string | null, signal?: AbortSignal): Promise<CursorPage<ConversationSummary>> {
  return getJson<CursorPage<ConversationSummary>>(BASE, { cursor }, signal);
}

/** The messages exchanged with someone, the newest first. */
/** A page of messages, the latest first; with `through`, a first page long enough to reach that message, when it is not too far back. */
export function listMessages(personId: string, cursor: string | null, signal?: AbortSignal, through?: string | null): Promise<CursorPage<DirectMessage>> {
  return getJson<CursorPage<DirectMessage>>(conversation(personId), { cursor, through }, signal);
}

/**
 * The key makes a retried send (a lost answer) return the first message instead of a second one. A post sent along must
 * be one the colleague may see too.
 */
export function sendMessage(personId: string, text: string, idempotencyKey: string, sharedPostId?: string): Promise<DirectMessage> {
  return request<DirectMessage>('POST', conversation(personId), { body: { text, sharedPostId }, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** Only the sender rewrites a message; the answer is the message as both people now see it. */
export function editMessage(id: string, text: string): Promise<DirectMessage> {
  return request<DirectMessage>('PATCH', `${BASE}/${encodeURIComponent(id)}`, { body: { text } });
}

/** Sets one's reaction to a message of one's conversation, or with null takes it back; answers the message as it now is. */
export function reactToMessage(id: string, kind: ReactionKind | null): Promise<DirectMessage> {
  const path = `${BASE}/${encodeURIComponent(id)}/reaction`;
  return kind ? request<DirectMessage>('PUT', path, { body: { kind } }) : request<DirectMessage>('DELETE', path);
}

/** Only the sender deletes a message; it stays in the conversation as deleted. */
export function deleteMessage(id: string): Promise<void> {
  return request<void>('DELETE', `${BASE}/${encodeURIComponent(id)}`);
}

/** Tells the person's open apps that a message to them is being written. */
export function signalTyping(personId: string): Promise<void> {
  return request<void>('POST', `${conversation(personId)}/typing`);
}

export function markConversationRead(personId: string): Promise<void> {
  return request<void>('POST', `${conversation(personId)}/read`);
}

/** Makes the colleague's latest message unread again, as a reminder to answer it. */
export function markConversationUnread(personId: string): Promise<void> {
  return request<void>('POST', `${conversation(personId)}/unread`);
}

/** How many conversations have messages the signed-in person has not read. */
export function unreadConversations(signal?: AbortSignal): Promise<{ conversations: number }> {
  return getJson<{ conversations: number }>(`${BASE}/unread`, undefined, signal);
}
