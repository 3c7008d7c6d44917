import { type RunningGateway, serve } from '@switchyard/server';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import { callbackSink, type TraceRecord, trace } from '@switchyard/trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Each gateway key is a tenant: two clients with different keys and the same server config never
// share a cache entry, and their trace records say whose they are.
let upstream: MockProvider;
const gateways: RunningGateway[] = [];
const records: TraceRecord[] = [];

beforeAll(async () => {
  upstream = await startMockProvider({ reply: 'the answer' });
});

afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.close(1_000)));
  await upstream.close();
});

async function gatewayWithCache(mode: 'simple' | 'semantic'): Promise<RunningGateway> {
  const gateway = await serve({
    port: 0,
    hostname: '127.0.0.1',
    log: () => {},
    apiKeys: ['key-of-a', 'key-of-b'],
    config: { provider: 'openai', api_key: 'sk-server', custom_host: upstream.baseURL, cache: { mode } },
    use: [
      trace({
        sink: callbackSink((record) => {
          records.push(record);
        }),
      }),
    ],
  });
  gateways.push(gateway);
  return gateway;
}

async function ask(gateway: RunningGateway, key: string, question: string): Promise<Response> {
  const response = await fetch(`${gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: question }] }),
  });
  expect(response.status).toBe(200);
  return response;
}

describe.each(['simple', 'semantic'] as const)('a %s cache in a gateway with keys', (mode) => {
  it('serves a tenant only its own entries, and tells no tenant about another one', async () => {
    const gateway = await gatewayWithCache(mode);
    const question = `What is the capital of France? (${mode})`;
    const callsBefore = upstream.requests.length;
    const status = (response: Response) =>
      response.headers.get('x-portkey-cache-status') ?? response.headers.get('x-switchyard-cache-status');

    const first = await ask(gateway, 'key-of-a', question);
    expect(status(first)).toMatch(/MISS/);
    await first.text();
    // Another tenant asking the same thing is a miss: the upstream answers it again.
    const other = await ask(gateway, 'key-of-b', question);
    expect(status(other)).toMatch(/MISS/);
    await other.text();
    expect(upstream.requests.length - callsBefore).toBe(2);
    // The first tenant's own entry still serves it.
    const again = await ask(gateway, 'key-of-a', question);
    expect(status(again)).toMatch(/HIT/);
    await again.text();
    expect(upstream.requests.length - callsBefore).toBe(2);
  });
});

describe('trace records in a gateway with keys', () => {
  it('carry the tenant of the key that sent the request, never the key itself', async () => {
    const gateway = await gatewayWithCache('simple');
    records.length = 0;
    await (await ask(gateway, 'key-of-a', 'one')).text();
    await (await ask(gateway, 'key-of-b', 'two')).text();
    const tenants = records.filter((record) => record.kind === 'request').map((record) => record.tenant);
    expect(tenants).toHaveLength(2);
    expect(tenants[0]).toMatch(/^key-[\w-]{22}$/);
    expect(tenants[1]).toMatch(/^key-[\w-]{22}$/);
    expect(tenants[0]).not.toBe(tenants[1]);
    expect(JSON.stringify(records)).not.toMatch(/key-of-a|key-of-b/);
  });
});
