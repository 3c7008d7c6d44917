import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RedisServer,
  redisServerForTests,
  startRedisServer,
} from '../../../cache-simple/src/test-support/redis-server.js';
import type { LiveFeed } from './live-feed.js';
import type { LiveRow } from './live-row.js';
import { redisLiveFeed } from './redis-live-feed.js';

const redisAvailable = redisServerForTests('the redisLiveFeed tests');

function row(traceId: string, tenant: string): LiveRow {
  return {
    traceId,
    time: Date.now(),
    tenant,
    path: '/v1/chat/completions',
    outcome: 'completed',
    stream: false,
    latencyMs: 5,
    retries: 0,
  };
}

/** Waits until `condition` holds, checking every 20 ms for at most 5 s. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(!redisAvailable)('redisLiveFeed', () => {
  let server: RedisServer;
  const clients: Array<ReturnType<typeof createClient>> = [];
  const feeds: LiveFeed[] = [];

  async function replica(prefix: string, capacity?: number): Promise<LiveFeed> {
    const client = createClient({ url: server.url });
    client.on('error', () => undefined);
    await client.connect();
    clients.push(client);
    const feed = redisLiveFeed(client, { prefix, ...(capacity === undefined ? {} : { capacity }) });
    feeds.push(feed);
    return feed;
  }

  beforeAll(async () => {
    server = await startRedisServer();
  });

  afterAll(async () => {
    await Promise.all(feeds.map((feed) => feed.close()));
    await Promise.all(clients.map((client) => client.close()));
    await server?.stop();
  });

  it("shows every replica's rows to every replica, as they are published and afterwards", async () => {
    const [a, b] = [await replica('test:fleet:'), await replica('test:fleet:')];
    const seenOnB: string[] = [];
    b.subscribe((r) => seenOnB.push(r.traceId));
    // The subscription connects in the background: publish probes until B hears one.
    let probes = 0;
    await until(() => {
      if (seenOnB.length === 0) a.publish(row(`probe-${probes++}`, 'team-a'));
      return seenOnB.length > 0;
    }, 'replica B to hear replica A');
    b.publish(row('from-b', 'team-b'));
    a.publish(row('from-a', 'team-a'));
    await until(() => seenOnB.includes('from-a') && seenOnB.includes('from-b'), 'both rows on B');
    const recentOnA = (await a.recent(2)).map((r) => r.traceId);
    expect(recentOnA).toEqual(['from-b', 'from-a']);
  });

  it('keeps at most its capacity of rows in Redis', async () => {
    const feed = await replica('test:capped:', 3);
    const client = clients.at(-1)!;
    for (let n = 1; n <= 5; n++) feed.publish(row(`row-${n}`, 'team-a'));
    const deadline = Date.now() + 5_000;
    let rows: LiveRow[] = [];
    while (rows.at(-1)?.traceId !== 'row-5' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      rows = await feed.recent(10);
    }
    expect(rows.map((r) => r.traceId)).toEqual(['row-3', 'row-4', 'row-5']);
    expect(await client.lLen('test:capped:rows')).toBe(3);
  });

  it('rejects a client that is not a node-redis client', () => {
    expect(() => redisLiveFeed({} as never)).toThrow(
      'redisLiveFeed: client must be a node-redis 5 client; it has no lPush()',
    );
  });

  it('reports a client that throws at once to onError: publish and subscribe never throw', async () => {
    const errors: string[] = [];
    const throwing = {
      lPush() {
        throw new Error('the client is closed');
      },
      lTrim: async () => 'OK',
      lRange: async () => [],
      publish: async () => 0,
      duplicate() {
        throw new Error('no connection to spare');
      },
    };
    const feed = redisLiveFeed(throwing, { onError: (error) => errors.push(error.message) });
    expect(() => feed.publish(row('lost', 'team-a'))).not.toThrow();
    await until(() => errors.length > 0, 'the failure');
    expect(errors).toEqual(['the client is closed']);
    expect(() => feed.subscribe(() => undefined)).not.toThrow();
    expect(errors).toEqual(['the client is closed', 'no connection to spare']);
  });

  it('reports a failed publish to onError instead of throwing', async () => {
    const errors: string[] = [];
    const broken = createClient({ url: server.url, disableOfflineQueue: true });
    broken.on('error', () => undefined);
    const feed = redisLiveFeed(broken, { onError: (error) => errors.push(error.message) });
    feed.publish(row('lost', 'team-a')); // never connected: every command fails at once
    await until(() => errors.length > 0, 'the publish failure');
    expect(errors[0]).toMatch(/closed|offline|not open/i);
  });
});
