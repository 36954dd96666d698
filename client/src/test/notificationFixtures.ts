import type { NotificationView } from '../api/notifications';

const ALICE = { id: 'p-alice', displayName: 'Alice Martin', avatarVersion: 0 };

/** A notification about a post of mine, changed `minutesAgo` minutes ago. */
export function notification(id: string, sequence: number, overrides: Partial<NotificationView> = {}, minutesAgo = 0): NotificationView {
  const at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  return {
    id, sequence, type: 'reaction', actors: [ALICE], actorCount: 1, post: { id: 'post-1', excerpt: 'Our roadmap for spring' }, commentId: null,
    space: null, detail: 'like', reason: null, createdAt: at, updatedAt: at, read: false, ...overrides,
  };
}
