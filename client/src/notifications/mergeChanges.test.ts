import { describe, expect, it } from 'vitest';
import { notification } from '../test/notificationFixtures';
import { mergeChanges } from './mergeChanges';

const everything = { belongs: () => true, complete: true };
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('merging changed notifications into the shown list', () => {
  const shown = [notification('b', 5, {}, 1), notification('a', 2, {}, 10)];

  it('puts a new entry at the top', () => {
    expect(ids(mergeChanges(shown, [notification('c', 6)], everything))).toEqual(['c', 'b', 'a']);
  });

  it('replaces a group that gained an actor and moves it to the top, without doubling it', () => {
    const grown = notification('a', 7, { actorCount: 3 });
    const merged = mergeChanges(shown, [grown], everything);

    expect(ids(merged)).toEqual(['a', 'b']);
    expect(merged[0].actorCount).toBe(3);
  });

  it('changes nothing when the same changes arrive twice, by a hint and a reconnect', () => {
    const changes = [notification('c', 6), notification('a', 7, { actorCount: 2 })];
    const once = mergeChanges(shown, changes, everything);

    expect(mergeChanges(once, changes, everything)).toEqual(once);
  });

  it('keeps a newer version over an older one answered late', () => {
    const stale = notification('b', 4, { actorCount: 9 });

    expect(mergeChanges(shown, [stale], everything)).toEqual(shown);
  });

  it('updates an entry read elsewhere in place', () => {
    const read = { ...shown[1], sequence: 8, read: true };
    const merged = mergeChanges(shown, [read], everything);

    expect(ids(merged)).toEqual(['b', 'a']);
    expect(merged[1].read).toBe(true);
  });

  it('leaves out entries the filters exclude and old entries whose page is not loaded yet', () => {
    const mentionsOnly = { belongs: (n: { type: string }) => n.type === 'mention', complete: true };
    expect(ids(mergeChanges(shown, [notification('c', 6)], mentionsOnly))).toEqual(['b', 'a']);

    const older = notification('old', 9, { read: true }, 60);
    expect(ids(mergeChanges(shown, [older], { belongs: () => true, complete: false }))).toEqual(['b', 'a']);
    expect(ids(mergeChanges(shown, [older], everything))).toEqual(['b', 'a', 'old']);
  });
});
