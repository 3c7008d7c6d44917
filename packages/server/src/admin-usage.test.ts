import { breaker } from '@switchyard/breaker';
import { memoryUsageStore } from '@switchyard/limits';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGateway } from './create-gateway.js';
import { type RunningGateway, serve } from './serve.js';

const teamAKey = 'sk-gw-team-a-0123456789';
const teamBKey = 'sk-gw-team-b-0123456789';
const adminKey = 'sk-admin-0123456789abcdef';

describe('usage per tenant at GET /admin/usage', () => {
  let upstream: MockProvider;
  let gateway: RunningGateway;
  const usage = memoryUsageStore();

  beforeAll(async () => {
    upstream = await startMockProvider({
      reply: {
        content: 'served',
        usage: { prompt_tokens: 1000, completion_tokens: 200, total_tokens: 1200 },
      },
    });
    gateway = await serve({
      port: 0,
      hostname: '127.0.0.1',
      log: () => {},
      adminKey,
      usage,
      config: { provider: 'openai', api_key: 'sk-upstream', custom_host: upstream.baseURL },
      keys: [
        { name: 'team-a', key: teamAKey, requests_per_minute: 3 },
        { name: 'team-b', key: teamBKey },
      ],
    });
  });

  afterAll(async () => {
    await gateway?.close(0);
    await upstream?.close();
  });

  const ask = (key: string) =>
    new OpenAI({ apiKey: key, baseURL: `${gateway.url}/v1`, maxRetries: 0 }).chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hi' }],
    });
  const admin = (path: string, key = adminKey) =>
    fetch(`${gateway.url}${path}`, { headers: { authorization: `Bearer ${key}` } });

  it("sums each tenant's requests, tokens, cost and refusals, readable as JSON and JSON lines", async () => {
    for (let i = 0; i < 4; i++) await ask(teamAKey).catch(() => undefined);
    await ask(teamBKey);
    type Totals = Record<string, { requests: number; errors: number; inputTokens: number; costUsd: number }>;
    await vi.waitFor(async () => {
      const body = (await (await admin('/admin/usage?period=month')).json()) as { totals: Totals };
      expect(body.totals['team-a']).toMatchObject({ requests: 4, errors: 1, inputTokens: 3000 });
      expect(body.totals['team-b']).toMatchObject({ requests: 1, errors: 0, inputTokens: 1000 });
      expect(body.totals['team-a']?.costUsd).toBeGreaterThan(0);
    });

    const month = await admin('/admin/usage?tenant=team-b&period=month&format=jsonl');
    expect(month.headers.get('content-type')).toBe('application/x-ndjson');
    const lines = (await month.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({
        kind: 'tenant',
        name: 'team-b',
        granularity: 'day',
        requests: 1,
        outputTokens: 200,
      }),
    ]);

    const providers = (await (await admin('/admin/usage?kind=provider&period=day')).json()) as {
      totals: Totals;
    };
    expect(providers.totals.openai?.requests).toBe(4); // the refused request reached no provider
  });

  it("answers 401 to a tenant's gateway key, a wrong key or none, and 400 to a bad query", async () => {
    for (const key of [teamAKey, 'sk-admin-wrong-0123456789']) {
      const refused = await admin('/admin/usage', key);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toContain('Bearer');
    }
    expect((await fetch(`${gateway.url}/admin/usage`)).status).toBe(401);
    const bad = await admin('/admin/usage?period=week');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toBe(
      'usage: period must be hour, day or month; got "week"',
    );
    // The admin key is no gateway key.
    await expect(ask(adminKey)).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  });
});

describe('the dashboard through the gateway', () => {
  it("shows the operator's named circuit breakers and their states, to the admin key only", async () => {
    const guard = breaker({ failureThreshold: 1, onStatusCodes: [500] });
    const gateway = createGateway({
      adminKey,
      apiKeys: [teamAKey],
      circuits: { 'openai-main': guard },
      use: [guard],
      transport: async () => new Response('{"error":{"message":"down"}}', { status: 500 }),
      config: { provider: 'openai', api_key: 'sk-upstream' },
    });
    const summary = async () =>
      (await (
        await gateway.request('/ui/api/summary?window=hour', {
          headers: { authorization: `Bearer ${adminKey}` },
        })
      ).json()) as { circuits: Array<{ name: string; state: string }> };
    expect((await summary()).circuits).toEqual([{ name: 'openai-main', state: 'closed' }]);
    const failed = await gateway.request('/v1/chat/completions', {
      method: 'POST',
      headers: { authorization: `Bearer ${teamAKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }),
    });
    expect(failed.status).toBe(500);
    expect((await summary()).circuits).toEqual([{ name: 'openai-main', state: 'open' }]);
    const asTenant = await gateway.request('/ui/api/summary', {
      headers: { authorization: `Bearer ${teamAKey}` },
    });
    expect(asTenant.status).toBe(403);
  });
});

describe('admin key checks', () => {
  it('keeps the admin routes off without an admin key, saying how to turn them on', async () => {
    const response = await createGateway().request('/admin/usage');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
      'SWITCHYARD_ADMIN_KEY',
    );
  });

  it('refuses a short admin key, or one that is also a gateway key', () => {
    expect(() => createGateway({ adminKey: 'short' })).toThrow(
      'adminKey must be a string of at least 16 characters',
    );
    expect(() => createGateway({ adminKey: teamAKey, apiKeys: [teamAKey] })).toThrow(
      'adminKey is also a gateway key',
    );
  });
});

describe('shutdown with the dashboard open', () => {
  it("ends the dashboard's live streams when the gateway closes, instead of waiting out the drain", async () => {
    const gateway = await serve({ port: 0, log: () => {}, adminKey });
    const live = await fetch(`${gateway.url}/ui/api/live`, {
      headers: { authorization: `Bearer ${adminKey}` },
    });
    expect(live.status).toBe(200);
    const reader = live.body!.getReader();
    // A drain of a minute: only the gateway ending the stream itself lets close() resolve first.
    const closed = gateway.close(60_000).then(() => 'closed');
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain('event: ready');
    expect(await closed).toBe('closed');
  });
});
