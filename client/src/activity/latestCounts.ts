import { COUNTS_PER_REQUEST, readCounts, type PostCounts } from '../api/activity';

type Waiting = Map<string, ((counts: PostCounts | undefined) => void)[]>;

let waiting: Waiting | null = null;

/**
 * The current counts of a post the page shows, or nothing if the reader can no longer see it. After a
 * reconnect every card on the page asks in the same turn; the asks are gathered into one request per
 * hundred posts instead of one per card.
 */
export function latestCounts(postId: string): Promise<PostCounts | undefined> {
  return new Promise((resolve) => {
    if (!waiting) {
      waiting = new Map();
      queueMicrotask(readWaiting);
    }
    waiting.set(postId, [...(waiting.get(postId) ?? []), resolve]);
  });
}

function readWaiting() {
  const batch = waiting!;
  waiting = null;
  const ids = [...batch.keys()];
  for (let start = 0; start < ids.length; start += COUNTS_PER_REQUEST) {
    const chunk = ids.slice(start, start + COUNTS_PER_REQUEST);
    const answer = (found: Map<string, PostCounts>) => chunk.forEach((id) => batch.get(id)!.forEach((resolve) => resolve(found.get(id))));
    readCounts(chunk).then(
      (counts) => answer(new Map(counts.map((counts) => [counts.postId, counts]))),
      // Counts are a comfort: they catch up with the next change or the next refresh.
      () => answer(new Map()),
    );
  }
}
