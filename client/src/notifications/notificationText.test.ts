import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import { notification } from '../test/notificationFixtures';
import { notificationLink, notificationText } from './notificationText';

const BOB = { id: 'p-bob', displayName: 'Bob Durand', avatarVersion: 0 };
const CHLOE = { id: 'p-chloe', displayName: 'Chloé Petit', avatarVersion: 3 };
const ALICE = notification('x', 1).actors[0];

describe('notification texts', () => {
  const en = createI18n('en').t;
  const fr = createI18n('fr').t;

  it('names one, two or many actors, with the verb agreeing in French', () => {
    const one = notification('n', 1);
    const two = notification('n', 1, { actors: [ALICE, BOB], actorCount: 2 });
    const five = notification('n', 1, { actors: [ALICE, BOB, CHLOE], actorCount: 5 });
    const twoOfMany = notification('n', 1, { actors: [ALICE, BOB], actorCount: 3 });

    expect(notificationText(one, en)).toBe('Alice Martin reacted to your post');
    expect(notificationText(two, en)).toBe('Alice Martin and Bob Durand reacted to your post');
    expect(notificationText(five, en)).toBe('Alice Martin and 4 others reacted to your post');
    expect(notificationText({ ...twoOfMany, type: 'follower' }, en)).toBe('Alice Martin and 2 others started following you');

    expect(notificationText(one, fr)).toBe('Alice Martin a réagi à votre publication');
    expect(notificationText(two, fr)).toBe('Alice Martin et Bob Durand ont réagi à votre publication');
    expect(notificationText(five, fr)).toBe('Alice Martin et 4 autres personnes ont réagi à votre publication');
    expect(notificationText({ ...five, actorCount: 2, actors: [ALICE] }, fr)).toBe('Alice Martin et 1 autre personne ont réagi à votre publication');
    expect(notificationText({ ...twoOfMany, type: 'follower' }, fr)).toBe('Alice Martin et 2 autres personnes vous suivent désormais');
  });

  it('says whether it was about a post or a comment', () => {
    const reply = notification('n', 1, { type: 'reply', commentId: 'c1', detail: null });
    expect(notificationText(reply, en)).toBe('Alice Martin replied to your comment');
    expect(notificationText({ ...reply, commentId: null }, fr)).toBe('Alice Martin a répondu à votre publication');
    expect(notificationText({ ...reply, type: 'mention' }, fr)).toBe('Alice Martin vous a mentionné·e dans un commentaire');
  });

  it('tells about spaces, announcements, moderation and best answers', () => {
    const space = { id: 's1', name: 'Cycling club' };
    expect(notificationText(notification('n', 1, { type: 'join-request', space, post: null, actorCount: 3, actors: [ALICE, BOB] }), en)).toBe(
      'Alice Martin and 2 others asked to join Cycling club',
    );
    expect(notificationText(notification('n', 1, { type: 'join-decided', space, detail: 'declined', actors: [] }), fr)).toBe(
      'Votre demande pour rejoindre Cycling club a été refusée',
    );
    expect(notificationText(notification('n', 1, { type: 'announcement', detail: 'must-read' }), en)).toBe('Alice Martin published an announcement to read');
    expect(notificationText(notification('n', 1, { type: 'moderation', detail: 'hide', actors: [] }), fr)).toBe('La modération a masqué votre publication');
    expect(notificationText(notification('n', 1, { type: 'moderation', detail: 'warn', actors: [], post: null }), en)).toBe('A moderator warned you');
    expect(notificationText(notification('n', 1, { type: 'moderation', detail: 'delete-message', actors: [], post: null }), fr)).toBe(
      'La modération a supprimé votre message',
    );
    expect(notificationText(notification('n', 1, { type: 'best-answer' }), fr)).toBe('Alice Martin a choisi votre réponse comme meilleure réponse');
  });

  it('tells about praise, praise copied to a manager and badges earned', () => {
    const praise = notification('n', 1, { type: 'praise', post: null, detail: null });
    expect(notificationText(praise, en)).toBe('Alice Martin praised you');
    expect(notificationText({ ...praise, actors: [ALICE, BOB], actorCount: 2 }, fr)).toBe('Alice Martin et Bob Durand vous ont félicité·e');
    expect(notificationText({ ...praise, space: { id: 's1', name: 'Cycling club' } }, fr)).toBe('Alice Martin vous a félicité·e dans Cycling club');
    expect(notificationText({ ...praise, detail: 'copy' }, en)).toBe('Alice Martin praised someone in your team');
    const badge = notification('n', 1, { type: 'badge', post: null, actors: [], actorCount: 0, detail: 'first-best-answer' });
    expect(notificationText(badge, en)).toBe('You earned the badge “First best answer”');
    expect(notificationText(badge, fr)).toBe('Vous avez obtenu le badge «\u00a0Première meilleure réponse\u00a0»');
    expect(notificationText({ ...badge, detail: 'some-future-rule' }, en)).toBe('You earned a new badge');
  });

  it('tells of a message and opens the conversation with its sender, in both languages', () => {
    const message = notification('n', 1, { type: 'message', post: null, detail: null, actors: [CHLOE] });
    expect(notificationText(message, en)).toBe('Chloé Petit sent you a message');
    expect(notificationText(message, fr)).toBe('Chloé Petit vous a envoyé un message');
    expect(notificationLink(message, 'p-me')).toBe('/messages/p-chloe');
    expect(notificationLink({ ...message, actors: [] }, 'p-me')).toBeNull();
  });

  it("links praise to the wall where it shows, a badge to my own profile and a request to join to the space's managing tools", () => {
    const praise = notification('n', 1, { type: 'praise', post: null });
    expect(notificationLink(praise, 'me')).toBe('/recognition');
    expect(notificationLink({ ...praise, space: { id: 's1', name: 'Club' } }, 'me')).toBe('/spaces/s1/recognition');
    const space = { id: 's1', name: 'Club' };
    expect(notificationLink(notification('n', 1, { type: 'join-request', space, post: null }), 'me')).toBe('/spaces/s1/manage');
    expect(notificationLink(notification('n', 1, { type: 'space-invitation', space, post: null }), 'me')).toBe('/spaces/s1');
    expect(notificationLink(notification('n', 1, { type: 'badge', post: null, detail: 'welcomer' }), 'p-me')).toBe('/people/p-me');
  });

  it('links to the conversation, the comment above it, the person or the space', () => {
    expect(notificationLink(notification('n', 1), null)).toBe('/posts/post-1');
    expect(notificationLink(notification('n', 1, { type: 'reply', commentId: 'c7' }), null)).toBe('/posts/post-1?comment=c7');
    expect(notificationLink(notification('n', 1, { type: 'follower', post: null }), null)).toBe('/people/p-alice');
    expect(notificationLink(notification('n', 1, { type: 'space-invitation', post: null, space: { id: 's1', name: 'Club' } }), null)).toBe('/spaces/s1');
    expect(notificationLink(notification('n', 1, { type: 'moderation', detail: 'warn', post: null }), null)).toBeNull();
  });
});
