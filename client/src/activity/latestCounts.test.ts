import { afterEach, describe, expect, it, vi } from 'vitest';
import { latestCounts } from './latestCounts';
import { requestUrl } from '../test/requests';

const ZERO = { like: 0, celebrate: 0, insightful: 0, support: 0, curious: 0 };

/** A server that knows every post but the ones named, and records the ids of each request. */
function stubCounts(unknown: string[] = []) {
  const asked: string[][] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const ids = requestUrl(input).searchParams.get('ids')!.split(',');
      asked.push(ids);
      const known = ids.filter((id) => !unknown.includes(id));
      return new Response(JSON.stringify(known.map((postId) => ({ postId, commentCount: Number(postId.slice(1)), reactions: ZERO }))), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  return asked;
}

describe('latest counts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gathers the asks of one turn into requests of at most a hundred posts', async () => {
    const asked = stubCounts();
    const ids = Array.from({ length: 150 }, (_, i) => `p${i}`);

    const counts = await Promise.all([...ids, 'p7'].map((id) => latestCounts(id)));

    expect(asked.map((request) => request.length)).toEqual([100, 50]);
    expect(counts.map((c) => c?.commentCount)).toEqual([...ids.map((_, i) => i), 7]);
  });

  it('answers nothing for a post the reader can no longer see, and asks again in a later turn', async () => {
    const asked = stubCounts(['p2']);

    expect(await latestCounts('p2')).toBeUndefined();
    expect((await latestCounts('p3'))?.commentCount).toBe(3);
    expect(asked).toEqual([['p2'], ['p3']]);
  });
});
