import { describe, expect, it } from 'vitest';
import { memoryLiveFeed } from './live-feed.js';
import type { LiveRow } from './live-row.js';

function row(n: number): LiveRow {
  return {
    traceId: `t${n}`,
    time: n,
    path: '/v1/chat/completions',
    outcome: 'completed',
    stream: false,
    latencyMs: n,
    retries: 0,
  };
}

describe('memoryLiveFeed', () => {
  it('keeps the newest rows up to its capacity, oldest first', async () => {
    const feed = memoryLiveFeed({ capacity: 3 });
    expect(await feed.recent(10)).toEqual([]);
    for (let n = 1; n <= 5; n++) feed.publish(row(n));
    expect((await feed.recent(10)).map((r) => r.traceId)).toEqual(['t3', 't4', 't5']);
    expect((await feed.recent(2)).map((r) => r.traceId)).toEqual(['t4', 't5']);
    expect(await feed.recent(0)).toEqual([]);
  });

  it('keeps 200 rows by default', async () => {
    const feed = memoryLiveFeed();
    for (let n = 1; n <= 250; n++) feed.publish(row(n));
    const rows = await feed.recent(1000);
    expect(rows).toHaveLength(200);
    expect(rows[0]?.traceId).toBe('t51');
  });

  it('tells subscribers of each row until they unsubscribe, and drops one that throws', async () => {
    const feed = memoryLiveFeed();
    const seen: string[] = [];
    const unsubscribe = feed.subscribe((r) => seen.push(r.traceId));
    let thrown = 0;
    feed.subscribe(() => {
      thrown++;
      throw new Error('a closed stream');
    });
    feed.publish(row(1));
    feed.publish(row(2));
    unsubscribe();
    feed.publish(row(3));
    expect(seen).toEqual(['t1', 't2']);
    expect(thrown).toBe(1);
    await feed.close();
  });

  it('rejects a capacity that is not a positive integer', () => {
    expect(() => memoryLiveFeed({ capacity: 0 })).toThrow(
      'memoryLiveFeed: capacity must be an integer >= 1; got 0',
    );
    expect(() => memoryLiveFeed({ capacity: 1.5 })).toThrow(TypeError);
  });
});
