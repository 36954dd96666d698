import type { ConversationSummary, DirectMessage } from '../api/messages';
import type { ProfileDetails } from '../api/profiles';

export const INES: ProfileDetails = {
  id: '00000000-0000-0000-0000-0000000001e5',
  displayName: 'Inès Lambert',
  email: 'ines.lambert@example.test',
  jobTitle: 'Data analyst',
  department: 'Finance',
  site: 'Lyon',
  isFormerEmployee: false,
  followerCount: 0,
  followingCount: 0,
  followedByMe: false,
  avatarVersion: 0,
  phone: '',
  pronouns: '',
  bioHtml: '',
  bioMarkdown: '',
  languages: [],
  skills: [],
  askMeAbout: [],
  manager: null,
  directReports: [],
};

/** A message `minutesAgo` minutes old, its text a paragraph as the server renders it. */
export function directMessage(id: string, senderId: string, text: string, minutesAgo = 0): DirectMessage {
  return { id, senderId, html: `<p>${text}</p>`, text, sentAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(), editedAt: null, deleted: false, senderReaction: null, recipientReaction: null, sharedPost: null };
}

/** A conversation with Inès, or whoever `person` says, whose last message is hers unless `fromMe`. */
export function conversationWith(excerpt: string, overrides: Partial<ConversationSummary> = {}, person: Partial<ConversationSummary['person']> = {}): ConversationSummary {
  return {
    person: { id: INES.id, displayName: INES.displayName, jobTitle: INES.jobTitle, avatarVersion: 0, isFormerEmployee: false, ...person },
    lastMessage: { fromMe: false, excerpt, sentAt: new Date(Date.now() - 5 * 60_000).toISOString(), deleted: false, sharesPost: false },
    unreadCount: 0,
    ...overrides,
  };
}
