import type { Post } from '../api/activity';

export const AUTHOR = { id: 'a1', displayName: 'Camille Martin', jobTitle: 'Designer', avatarVersion: 0, isFormerEmployee: false };

/** A plain post by Camille Martin, written now, with nothing on it unless `overrides` say so. */
export function post(id: string, bodyHtml: string, overrides: Partial<Post> = {}): Post {
  return {
    id, kind: 'post', author: AUTHOR, bodyHtml, bodyMarkdown: '', createdAt: new Date().toISOString(), editedAt: null, deleted: false,
    topics: [], mentions: [], sharedPost: null, commentCount: 0, reactions: { like: 0, celebrate: 0, insightful: 0, support: 0, curious: 0 },
    myReaction: null, saved: false, attachments: [], poll: null, bestAnswerId: null, announcement: null, ...overrides,
  };
}
