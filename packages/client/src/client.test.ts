import { createRegistry, createVault } from '@switchyard/config';
import { ConfigError, type Handler } from '@switchyard/core';
import { fault, type MockProvider, startMockProvider } from '@switchyard/testing';
import { callbackSink, type TraceRecord, trace } from '@switchyard/trace';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from './create-client.js';

let primary: MockProvider;
let secondary: MockProvider;

beforeAll(async () => {
  primary = await startMockProvider({ reply: (body) => `primary: ${String(body.messages.at(-1)?.content)}` });
  secondary = await startMockProvider({
    reply: (body) => `secondary: ${String(body.messages.at(-1)?.content)}`,
  });
});

afterAll(async () => {
  await Promise.all([primary.close(), secondary.close()]);
});

beforeEach(() => {
  primary.setFaults(undefined);
  secondary.setFaults(undefined);
  primary.requests.length = 0;
  secondary.requests.length = 0;
});

const hello = [{ role: 'user' as const, content: 'Hello!' }];

function vault() {
  return createVault({
    'openai-key': { provider: 'openai', api_key: 'sk-primary-secret', custom_host: primary.baseURL },
    'backup-key': { provider: 'openai', api_key: 'sk-backup-secret', custom_host: secondary.baseURL },
  });
}

describe('createClient in-process', () => {
  it('answers with provider + apiKey, sending the key only to the provider', async () => {
    const client = createClient({
      provider: 'openai',
      apiKey: 'sk-direct',
      config: { custom_host: primary.baseURL },
    });
    const response = await client.chat.completions.create({ model: 'gpt-4o', messages: hello });
    expect(response.choices[0]?.message.content).toBe('primary: Hello!');
    expect(response.usage?.total_tokens).toBeGreaterThan(0);
    expect(primary.requests[0]?.headers.authorization).toBe('Bearer sk-direct');
    expect(
      Object.keys(primary.requests[0]?.headers ?? {}).filter((name) => name.startsWith('x-switchyard-')),
    ).toEqual([]);
  });

  it('answers the Responses API through a chat-only provider, and continues with previous_response_id', async () => {
    const anthropicMock = await startMockProvider({ dialect: 'anthropic', reply: 'Bonjour from Claude.' });
    try {
      const client = createClient({
        config: { provider: 'anthropic', api_key: 'sk-ant-test', custom_host: anthropicMock.url },
      });
      const first = await client.responses.create({ model: 'claude-test', input: 'Say hello in French' });
      expect(first.output_text).toBe('Bonjour from Claude.');
      expect(first.usage?.total_tokens).toBeGreaterThan(0);
      const stream = client.responses.stream({
        model: 'claude-test',
        input: 'Again',
        previous_response_id: first.id,
      });
      const second = await stream.finalResponse();
      expect(second.output_text).toBe('Bonjour from Claude.');
      // The second call carried the first turn: its input and its answer, then the new input.
      const sent = anthropicMock.requests.at(-1)!.body as { messages: { role: string }[] };
      expect(sent.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
    } finally {
      await anthropicMock.close();
    }
  });

  it('resolves a virtual key from the vault and streams', async () => {
    const client = createClient({ virtualKey: 'openai-key', vault: vault() });
    const stream = await client.chat.completions.create({ model: 'gpt-4o', messages: hello, stream: true });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe('primary: Hello!');
    expect(primary.requests[0]?.headers.authorization).toBe('Bearer sk-primary-secret');
  });

  it('covers embeddings, images, speech, transcription and models', async () => {
    const client = createClient({ virtualKey: 'openai-key', vault: vault() });
    const embeddings = await client.embeddings.create({ model: 'text-embedding-3-small', input: ['a', 'b'] });
    expect(embeddings.data).toHaveLength(2);
    const images = await client.images.generate({ model: 'gpt-image-1', prompt: 'a cat' });
    expect(images.data?.length).toBeGreaterThan(0);
    const speech = await client.audio.speech.create({
      model: 'gpt-4o-mini-tts',
      voice: 'alloy',
      input: 'hi',
    });
    expect((await speech.arrayBuffer()).byteLength).toBeGreaterThan(0);
    const transcription = await client.audio.transcriptions.create({
      model: 'whisper-1',
      file: new File([new Uint8Array([1, 2, 3])], 'clip.wav', { type: 'audio/wav' }),
    });
    expect(typeof transcription.text).toBe('string');
    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toContain('gpt-4o');
  });

  it('falls back to the next target and says which one served', async () => {
    primary.setFaults([fault.status(503)]);
    const client = createClient({
      vault: vault(),
      config: {
        strategy: { mode: 'fallback' },
        targets: [
          { virtual_key: 'openai-key', override_params: { model: 'gpt-4o' } },
          { virtual_key: 'backup-key', override_params: { model: 'gpt-4o-mini' } },
        ],
      },
    });
    const { data, response } = await client.chat.completions
      .create({ messages: hello, model: 'x' })
      .withResponse();
    expect(data.choices[0]?.message.content).toBe('secondary: Hello!');
    expect(response.headers.get('x-switchyard-last-used-option-index')).toBe('config.targets[1]');
    expect(primary.requests[0]?.body).toMatchObject({ model: 'gpt-4o' });
    expect(secondary.requests[0]?.body).toMatchObject({ model: 'gpt-4o-mini' });
  });

  it('falls back only on the listed status codes', async () => {
    primary.setFaults([fault.status(400)]);
    const client = createClient({
      vault: vault(),
      config: {
        strategy: { mode: 'fallback', on_status_codes: [429, 503] },
        targets: [{ virtual_key: 'openai-key' }, { virtual_key: 'backup-key' }],
      },
    });
    await expect(client.chat.completions.create({ messages: hello, model: 'gpt-4o' })).rejects.toBeInstanceOf(
      OpenAI.BadRequestError,
    );
    expect(secondary.calls).toBe(0);
  });

  it('retries on status codes, inherited from the root by each target', async () => {
    primary.setFaults([fault.status(429), fault.status(500)]);
    const client = createClient({
      vault: vault(),
      config: {
        retry: { attempts: 2, on_status_codes: [429, 500] },
        strategy: { mode: 'single' },
        targets: [{ virtual_key: 'openai-key' }],
      },
    });
    const { data, response } = await client.chat.completions
      .create({ messages: hello, model: 'gpt-4o' })
      .withResponse();
    expect(data.choices[0]?.message.content).toBe('primary: Hello!');
    expect(primary.calls).toBe(3);
    expect(response.headers.get('x-switchyard-retry-attempt-count')).toBe('2');
  });

  it('balances load by weight', async () => {
    const client = createClient({
      vault: vault(),
      config: {
        strategy: { mode: 'loadbalance' },
        targets: [
          { virtual_key: 'openai-key', weight: 0.7 },
          { virtual_key: 'backup-key', weight: 0.3 },
        ],
      },
    });
    for (let i = 0; i < 60; i++) await client.chat.completions.create({ messages: hello, model: 'gpt-4o' });
    expect(primary.calls + secondary.calls).toBe(60);
    expect(primary.calls).toBeGreaterThan(secondary.calls);
    expect(secondary.calls).toBeGreaterThan(0);
  });

  it('routes conditionally on metadata and params', async () => {
    const client = createClient({
      vault: vault(),
      config: {
        strategy: {
          mode: 'conditional',
          conditions: [
            { query: { 'metadata.plan': { $eq: 'pro' } }, then: 'fast' },
            { query: { 'params.model': { $regex: '^cheap' } }, then: 'cheap' },
          ],
          default: 'cheap',
        },
        targets: [
          { name: 'fast', virtual_key: 'openai-key' },
          { name: 'cheap', virtual_key: 'backup-key' },
        ],
      },
    });
    const pro = await client
      .withOptions({ metadata: { plan: 'pro' } })
      .chat.completions.create({ messages: hello, model: 'm' });
    expect(pro.choices[0]?.message.content).toMatch(/^primary/);
    const other = await client.chat.completions.create({ messages: hello, model: 'cheap-1' });
    expect(other.choices[0]?.message.content).toMatch(/^secondary/);
  });

  it('caches simple answers per max_age and honours force refresh', async () => {
    const client = createClient({
      vault: vault(),
      config: { cache: { mode: 'simple', max_age: 60 }, virtual_key: 'openai-key' },
    });
    const first = await client.chat.completions.create({ messages: hello, model: 'gpt-4o' }).withResponse();
    const second = await client.chat.completions.create({ messages: hello, model: 'gpt-4o' }).withResponse();
    expect(first.response.headers.get('x-switchyard-cache-status')).toBe('MISS');
    expect(second.response.headers.get('x-switchyard-cache-status')).toBe('HIT');
    expect(second.data).toEqual(first.data);
    expect(primary.calls).toBe(1);
    const refreshed = await client
      .withOptions({ cacheForceRefresh: true })
      .chat.completions.create({ messages: hello, model: 'gpt-4o' })
      .withResponse();
    expect(refreshed.response.headers.get('x-switchyard-cache-status')).toBe('REFRESH');
    expect(primary.calls).toBe(2);
  });

  it('times out slow requests with a 408 the SDK surfaces', async () => {
    primary.setFaults([fault.latency(2_000)]);
    const client = createClient({ vault: vault(), virtualKey: 'openai-key', requestTimeout: 50 });
    const error = await client.chat.completions
      .create({ messages: hello, model: 'gpt-4o' })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(408);
  });

  it('runs guardrail hooks from the config', async () => {
    const client = createClient({
      vault: vault(),
      config: {
        virtual_key: 'openai-key',
        before_request_hooks: [
          {
            type: 'guardrail',
            id: 'no-secrets',
            deny: true,
            checks: [{ id: 'default.regexMatch', parameters: { rule: 'password', not: true } }],
          },
        ],
      },
    });
    await expect(
      client.chat.completions.create({
        messages: [{ role: 'user', content: 'my password is hunter2' }],
        model: 'gpt-4o',
      }),
    ).rejects.toMatchObject({ status: 446 });
    expect(primary.calls).toBe(0);
    const fine = await client.chat.completions.create({ messages: hello, model: 'gpt-4o' });
    expect(fine.choices[0]?.message.content).toBe('primary: Hello!');
  });

  it('finds configs by id and fails clearly on unknown ids and virtual keys', () => {
    const registry = createRegistry({ 'pc-prod': { virtual_key: 'openai-key' } });
    expect(() => createClient({ vault: vault(), registry, config: 'pc-prod' })).not.toThrow();
    expect(() => createClient({ vault: vault(), registry, config: 'pc-prd' })).toThrow(
      'config id "pc-prd" is not in the registry — did you mean "pc-prod"?',
    );
    expect(() => createClient({ vault: vault(), virtualKey: 'nope' })).toThrow(ConfigError);
    expect(() =>
      createClient({ vault: vault(), config: { virtual_key: 'openai-key', overide_params: {} } }),
    ).toThrow('overide_params: unknown key — did you mean override_params?');
  });

  it('sends trace ids and metadata, and withOptions never sticks to the parent', async () => {
    const records: TraceRecord[] = [];
    const client = createClient({
      vault: vault(),
      virtualKey: 'openai-key',
      traceId: 'session-1',
      metadata: { environment: 'test' },
      use: [
        trace({
          sink: callbackSink((record) => {
            records.push(record);
          }),
        }),
      ],
    });
    await client
      .withOptions({ traceId: 'one-off', metadata: { request_type: 'summarization' } })
      .chat.completions.create({
        messages: hello,
        model: 'gpt-4o',
      });
    await client.chat.completions.create({ messages: hello, model: 'gpt-4o' });
    const requests = records.filter((record) => record.kind === 'request');
    expect(requests.map((record) => record.traceId)).toEqual(['one-off', 'session-1']);
    expect(requests[0]?.metadata).toEqual({ request_type: 'summarization' });
    expect(requests[1]?.metadata).toEqual({ environment: 'test' });
  });
});

describe('createClient remote', () => {
  it('sends options as x-portkey-* headers to the gateway', async () => {
    const seen: Headers[] = [];
    const gateway: Handler = async (request) => {
      seen.push(request.headers);
      return Response.json({
        id: 'x',
        object: 'chat.completion',
        created: 1,
        model: 'gpt-4o',
        choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }],
      });
    };
    const client = createClient({
      baseURL: 'http://gateway.test/v1',
      gatewayApiKey: 'pk-gateway',
      virtualKey: 'openai-key',
      config: { retry: { attempts: 1 } },
      traceId: 't-1',
      metadata: { user_id: 'u1' },
      fetch: (input, init) => gateway(new Request(input as string, init)),
    });
    await client
      .withOptions({ cacheForceRefresh: true })
      .chat.completions.create({ messages: hello, model: 'gpt-4o' });
    const headers = seen[0]!;
    expect(headers.get('x-portkey-api-key')).toBe('pk-gateway');
    expect(headers.get('x-portkey-virtual-key')).toBe('openai-key');
    expect(JSON.parse(headers.get('x-portkey-config')!)).toEqual({ retry: { attempts: 1 } });
    expect(headers.get('x-portkey-trace-id')).toBe('t-1');
    expect(JSON.parse(headers.get('x-portkey-metadata')!)).toEqual({ user_id: 'u1' });
    expect(headers.get('x-portkey-cache-force-refresh')).toBe('true');
  });
});
