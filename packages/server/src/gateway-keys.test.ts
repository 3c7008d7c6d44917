import { createHash } from 'node:crypto';
import { createRegistry } from '@switchyard/config';
import { ConfigError } from '@switchyard/core';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import { callbackSink, type TraceRecord, trace } from '@switchyard/trace';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveGatewayKeys } from './gateway-keys.js';
import { type RunningGateway, serve } from './serve.js';

const teamAKey = 'sk-gw-team-a-0123456789';
const teamBKey = 'sk-gw-team-b-0123456789';

describe('resolveGatewayKeys', () => {
  it('names every mistake by its path', () => {
    const problems = (input: unknown): string[] => {
      try {
        resolveGatewayKeys(input);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return [...(error as ConfigError).issues];
      }
    };
    expect(problems({ keys: [{ name: 'a', key: teamAKey, budget_period: 'weekly' }] })[0]).toMatch(
      /^keys: keys\[0\]\.budget_period: /,
    );
    expect(problems([{ name: 'a' }])).toEqual(['keys: keys[0]: needs exactly one of key and key_sha256']);
    expect(problems([{ name: 'a', key: teamAKey, key_sha256: 'ab'.repeat(32) }])).toEqual([
      'keys: keys[0]: needs exactly one of key and key_sha256',
    ]);
    expect(problems([{ name: 'a', key: 'short' }])[0]).toMatch(/keys\[0\]\.key: must be at least 16/);
    expect(problems([{ name: 'a b', key: teamAKey }])[0]).toMatch(/keys\[0\]\.name: /);
    expect(problems([{ name: 'a', key: teamAKey, rpm: 1 }])[0]).toMatch(/keys\[0\]/);
    expect(
      problems([
        { name: 'a', key: teamAKey },
        { name: 'a', key: teamBKey },
      ]),
    ).toEqual(['keys: keys[1].name: "a" is used by another key']);
    expect(
      problems([
        { name: 'a', key: teamAKey },
        { name: 'b', key_sha256: createHash('sha256').update(teamAKey).digest('hex') },
      ]),
    ).toEqual(['keys: keys[1]: the same key as another entry']);
  });
});

describe('gateway keys with policies, through serve', () => {
  let upstream: MockProvider;
  let gateway: RunningGateway;
  const records: TraceRecord[] = [];

  beforeAll(async () => {
    upstream = await startMockProvider({ reply: 'served' });
    const target = { provider: 'openai', api_key: 'sk-upstream', custom_host: upstream.baseURL };
    gateway = await serve({
      port: 0,
      hostname: '127.0.0.1',
      log: () => {},
      registry: createRegistry({ 'pc-prod': target, 'pc-other': target }),
      use: [trace({ sink: callbackSink((record) => void records.push(record)) })],
      keys: [
        {
          name: 'team-a',
          key: teamAKey,
          models: ['gpt-4o-mini'],
          configs: ['pc-prod'],
          metadata: { team: 'a' },
        },
        { name: 'team-b', key_sha256: createHash('sha256').update(teamBKey).digest('hex') },
      ],
    });
  });

  afterAll(async () => {
    await gateway?.close(0);
    await upstream?.close();
  });

  function client(key: string, headers: Record<string, string> = { 'x-portkey-config': 'pc-prod' }): OpenAI {
    return new OpenAI({ apiKey: key, baseURL: `${gateway.url}/v1`, maxRetries: 0, defaultHeaders: headers });
  }
  const ask = (openai: OpenAI, model = 'gpt-4o-mini') =>
    openai.chat.completions.create({ model, messages: [{ role: 'user', content: 'Hi' }] });

  it("serves a key's allowed model and config as its tenant, its metadata over the client's", async () => {
    records.length = 0;
    const answer = await ask(
      client(teamAKey, { 'x-portkey-config': 'pc-prod', 'x-portkey-metadata': '{"team":"b","user":"u1"}' }),
    );
    expect(answer.choices[0]?.message.content).toBe('served');
    expect(records.at(-1)?.tenant).toBe('team-a');
    expect(records.at(-1)?.metadata).toEqual({ team: 'a', user: 'u1' });
  });

  it('refuses a model or a config the key may not use with a 403 naming it', async () => {
    const model = await ask(client(teamAKey), 'gpt-4o').catch((error: unknown) => error);
    expect(model).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect((model as InstanceType<typeof OpenAI.PermissionDeniedError>).code).toBe('model_not_allowed');
    expect((model as Error).message).toContain('"gpt-4o"');

    const refusedHeaders: Record<string, string>[] = [
      { 'x-portkey-config': 'pc-other' },
      { 'x-portkey-config': JSON.stringify({ provider: 'openai', api_key: 'sk-x' }) },
      { 'x-portkey-provider': 'openai' },
    ];
    for (const headers of refusedHeaders) {
      const config = await ask(client(teamAKey, headers)).catch((error: unknown) => error);
      expect(config).toBeInstanceOf(OpenAI.PermissionDeniedError);
      expect((config as InstanceType<typeof OpenAI.PermissionDeniedError>).code).toBe('config_not_allowed');
    }
    expect(upstream.requests.every((request) => (request.body as { model: string }).model !== 'gpt-4o')).toBe(
      true,
    );
  });

  it('takes a key given by its SHA-256 digest, without limits of models or configs', async () => {
    records.length = 0;
    await ask(client(teamBKey, { 'x-portkey-config': 'pc-other' }), 'gpt-4o');
    expect(records.at(-1)?.tenant).toBe('team-b');
  });

  it("holds each key to its own rate limit and budget, in OpenAI's 429 shapes", async () => {
    gateway.setKeys([
      { name: 'team-rpm', key: 'sk-gw-team-rpm-0123456789', requests_per_minute: 2 },
      { name: 'team-usd', key: 'sk-gw-team-usd-0123456789', budget_usd: 0.0000001 },
      { name: 'team-free', key: 'sk-gw-team-free-0123456789' },
    ]);
    const post = (key: string) =>
      fetch(`${gateway.url}/v1/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-portkey-api-key': key,
          'x-portkey-config': 'pc-prod',
        },
        body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }),
      });
    const first = await post('sk-gw-team-rpm-0123456789');
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-limit-requests')).toBe('2');
    expect(first.headers.get('x-ratelimit-remaining-requests')).toBe('1');
    expect((await post('sk-gw-team-rpm-0123456789')).status).toBe(200);
    const limited = await post('sk-gw-team-rpm-0123456789');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limit_exceeded');
    // Another key's limit is its own.
    expect((await post('sk-gw-team-free-0123456789')).status).toBe(200);

    expect((await post('sk-gw-team-usd-0123456789')).status).toBe(200);
    const spent = await post('sk-gw-team-usd-0123456789');
    expect(spent.status).toBe(429);
    expect(spent.headers.get('x-should-retry')).toBe('false');
    expect(((await spent.json()) as { error: { code: string } }).error.code).toBe('insufficient_quota');
  });

  it('replaces the keys with setKeys, and keeps them when the new list is wrong', async () => {
    gateway.setKeys([
      { name: 'team-a', key: teamAKey, models: ['gpt-4o-mini'], configs: ['pc-prod'] },
      { name: 'team-b', key_sha256: createHash('sha256').update(teamBKey).digest('hex') },
    ]);
    expect(() => gateway.setKeys([{ name: 'team-c' }])).toThrow(ConfigError);
    await expect(ask(client(teamBKey, { 'x-portkey-config': 'pc-other' }))).resolves.toBeDefined();
    gateway.setKeys([{ name: 'team-c', key: 'sk-gw-team-c-0123456789' }]);
    await expect(ask(client(teamBKey))).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    await expect(ask(client('sk-gw-team-c-0123456789'))).resolves.toBeDefined();
  });
});
