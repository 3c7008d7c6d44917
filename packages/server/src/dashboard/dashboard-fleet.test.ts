import { redisUsageStore } from '@switchyard/limits';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type RedisServer,
  redisServerForTests,
  startRedisServer,
} from '../../../cache-simple/src/test-support/redis-server.js';
import { type DashboardContext, dashboardHandler } from './dashboard.js';
import type { DashboardSummary } from './dashboard-summary.js';
import type { LiveFeed } from './live-feed.js';
import { redisLiveFeed } from './redis-live-feed.js';

const redisAvailable = redisServerForTests('the dashboard fleet test');
const adminKey = 'admin-key-of-the-fleet-0123456';

describe.skipIf(!redisAvailable)('dashboards of two replicas on one Redis', () => {
  let server: RedisServer;
  const clients: Array<ReturnType<typeof createClient>> = [];
  const feeds: LiveFeed[] = [];

  async function replica(): Promise<{
    context: DashboardContext;
    handle: ReturnType<typeof dashboardHandler>;
  }> {
    const client = createClient({ url: server.url });
    client.on('error', () => undefined);
    await client.connect();
    clients.push(client);
    const live = redisLiveFeed(client, { prefix: 'fleet:live:' });
    feeds.push(live);
    const context: DashboardContext = {
      adminKey,
      usage: redisUsageStore(client, { prefix: 'fleet:usage:' }),
      live,
      tenants: () => [{ name: 'alpha' }],
      promptLogging: false,
    };
    return { context, handle: dashboardHandler(context) };
  }

  beforeAll(async () => {
    server = await startRedisServer();
  });

  afterAll(async () => {
    await Promise.all(feeds.map((feed) => feed.close()));
    await Promise.all(clients.map((client) => client.close()));
    await server?.stop();
  });

  it("shows on B the usage and the live rows of A's requests", async () => {
    const a = await replica();
    const b = await replica();
    await a.context.usage.add({
      at: Date.now(),
      tenant: 'alpha',
      provider: 'openai',
      error: false,
      inputTokens: 8,
      outputTokens: 2,
      costUsd: 0.75,
      cacheHit: false,
      semanticHit: false,
      savedUsd: 0,
      retries: 0,
      fellBack: false,
      latencyMs: 40,
    });
    const response = (await b.handle(
      new Request('http://b.test/ui/api/summary?window=hour', {
        headers: { authorization: `Bearer ${adminKey}` },
      }),
    ))!;
    const summary = (await response.json()) as DashboardSummary;
    expect(summary.tenants).toMatchObject([{ name: 'alpha', requests: 1, tokens: 10, costUsd: 0.75 }]);
    expect(summary.providers).toMatchObject([{ name: 'openai', requests: 1 }]);

    const stream = (await b.handle(
      new Request('http://b.test/ui/api/live', { headers: { authorization: `Bearer ${adminKey}` } }),
    ))!;
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    // B subscribes in the background: A publishes until B's stream carries one of its rows.
    let published = 0;
    const publishing = setInterval(() => {
      a.context.live.publish({
        traceId: `from-a-${published++}`,
        time: Date.now(),
        tenant: 'alpha',
        path: '/v1/chat/completions',
        outcome: 'completed',
        stream: false,
        latencyMs: 40,
        retries: 0,
      });
    }, 50);
    try {
      const deadline = Date.now() + 5_000;
      while (!text.includes('"traceId":"from-a-') && Date.now() < deadline) {
        const { value, done } = await reader.read();
        if (done) break;
        text += value;
      }
    } finally {
      clearInterval(publishing);
      await reader.cancel();
    }
    expect(text).toContain('event: row\ndata: {"traceId":"from-a-');
  });
});
