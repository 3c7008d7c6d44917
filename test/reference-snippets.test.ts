/**
 * Every snippet of the Portkey SDK reference (shared/reference/portkey-python-sdk.txt), translated
 * to TypeScript on `@switchyard/client`, runs here against local mock providers: an OpenAI one for
 * the `openai-*` virtual keys and an Anthropic one (native Messages API) for `anthropic-key`.
 * `PORTKEY_API_KEY` has no in-process equivalent: virtual keys resolve from a local vault.
 */
import { randomUUID } from 'node:crypto';
import { createClient } from '@switchyard/client';
import { createRegistry, createVault } from '@switchyard/config';
import { fault, type MockProvider, startMockProvider } from '@switchyard/testing';
import { callbackSink, type TraceRecord, trace } from '@switchyard/trace';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

let openaiMock: MockProvider;
let openaiMock2: MockProvider;
let anthropicMock: MockProvider;

beforeAll(async () => {
  openaiMock = await startMockProvider({
    reply: (body) =>
      body.response_format?.type === 'json_object'
        ? '{"name": "John", "age": 30}'
        : `OpenAI says hi (${body.model})`,
  });
  openaiMock2 = await startMockProvider({ reply: 'second OpenAI key' });
  anthropicMock = await startMockProvider({ dialect: 'anthropic', reply: 'Claude says hi' });
});

afterAll(async () => {
  await Promise.all([openaiMock.close(), openaiMock2.close(), anthropicMock.close()]);
});

beforeEach(() => {
  for (const mock of [openaiMock, openaiMock2, anthropicMock]) {
    mock.setFaults(undefined);
    mock.requests.length = 0;
  }
});

const vault = () =>
  createVault({
    'your-openai-virtual-key': { provider: 'openai', api_key: 'sk-openai', custom_host: openaiMock.baseURL },
    'openai-virtual-key-xxx': { provider: 'openai', api_key: 'sk-openai', custom_host: openaiMock.baseURL },
    'openai-key': { provider: 'openai', api_key: 'sk-openai', custom_host: openaiMock.baseURL },
    'openai-key-1': { provider: 'openai', api_key: 'sk-openai-1', custom_host: openaiMock.baseURL },
    'openai-key-2': { provider: 'openai', api_key: 'sk-openai-2', custom_host: openaiMock2.baseURL },
    'anthropic-key': { provider: 'anthropic', api_key: 'sk-ant', custom_host: anthropicMock.url },
  });

/** Portkey's create() without `model` (the config's override_params supplies it). */
function withoutModel(messages: ChatCompletionCreateParamsNonStreaming['messages']) {
  return { messages } as ChatCompletionCreateParamsNonStreaming;
}

describe('Quick Start and Authentication', () => {
  it('quick start: a virtual key and a chat completion', async () => {
    const client = createClient({ virtualKey: 'your-openai-virtual-key', vault: vault() });
    const response = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hello!' }],
    });
    expect(response.choices[0]?.message.content).toBe('OpenAI says hi (gpt-4o)');
    expect(openaiMock.requests[0]?.headers.authorization).toBe('Bearer sk-openai');
  });

  it('API key + virtual key', async () => {
    const client = createClient({ virtualKey: 'openai-virtual-key-xxx', vault: vault() });
    const response = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hello!' }],
    });
    expect(response.choices[0]?.message.content).toBe('OpenAI says hi (gpt-4o)');
  });

  it('config ids', async () => {
    const registry = createRegistry({
      'pc-config-xxx': { virtual_key: 'openai-key', override_params: { model: 'gpt-4o' } },
    });
    const client = createClient({ config: 'pc-config-xxx', vault: vault(), registry });
    const response = await client.chat.completions.create(
      withoutModel([{ role: 'user', content: 'Hello!' }]),
    );
    expect(response.choices[0]?.message.content).toBe('OpenAI says hi (gpt-4o)');
  });
});

describe('Chat Completions', () => {
  const client = () => createClient({ virtualKey: 'openai-key', vault: vault() });

  it('basic request with usage', async () => {
    const response = await client().chat.completions.create({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: 'Explain quantum computing briefly.' },
      ],
    });
    expect(response.choices[0]?.message.content).toBe('OpenAI says hi (gpt-4o)');
    expect(response.usage?.total_tokens).toBeGreaterThan(0);
  });

  it('streaming', async () => {
    const stream = await client().chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Write a short story' }],
      stream: true,
    });
    let printed = '';
    for await (const chunk of stream) {
      if (chunk.choices[0]?.delta.content) printed += chunk.choices[0].delta.content;
    }
    expect(printed).toBe('OpenAI says hi (gpt-4o)');
  });

  it('async support: concurrent requests', async () => {
    const responses = await Promise.all(
      [1, 2, 3].map(() =>
        client().chat.completions.create({
          model: 'gpt-4o',
          messages: [{ role: 'user', content: 'Hello!' }],
        }),
      ),
    );
    expect(responses.map((response) => response.choices[0]?.message.content)).toEqual([
      'OpenAI says hi (gpt-4o)',
      'OpenAI says hi (gpt-4o)',
      'OpenAI says hi (gpt-4o)',
    ]);
  });

  it('async streaming', async () => {
    const stream = await client().chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Write a poem' }],
      stream: true,
    });
    const pieces: string[] = [];
    for await (const chunk of stream)
      if (chunk.choices[0]?.delta.content) pieces.push(chunk.choices[0].delta.content);
    expect(pieces.join('')).toBe('OpenAI says hi (gpt-4o)');
  });
});

describe('Gateway Features', () => {
  it('fallbacks: if OpenAI fails, Anthropic answers', async () => {
    openaiMock.setFaults([fault.status(500)]);
    const client = createClient({
      vault: vault(),
      config: {
        strategy: { mode: 'fallback' },
        targets: [
          { virtual_key: 'openai-key', override_params: { model: 'gpt-4o' } },
          { virtual_key: 'anthropic-key', override_params: { model: 'claude-3-5-sonnet-20241022' } },
        ],
      },
    });
    const response = await client.chat.completions.create(
      withoutModel([{ role: 'user', content: 'Hello!' }]),
    );
    expect(response.choices[0]?.message.content).toBe('Claude says hi');
    expect(anthropicMock.requests[0]?.body).toMatchObject({ model: 'claude-3-5-sonnet-20241022' });
    expect(anthropicMock.requests[0]?.headers['x-api-key']).toBe('sk-ant');
  });

  it('load balancing 70/30', async () => {
    const client = createClient({
      vault: vault(),
      config: {
        strategy: { mode: 'loadbalance' },
        targets: [
          { virtual_key: 'openai-key-1', weight: 0.7 },
          { virtual_key: 'openai-key-2', weight: 0.3 },
        ],
      },
    });
    for (let i = 0; i < 50; i++) {
      await client.chat.completions.create({
        model: 'gpt-4o',
        messages: [{ role: 'user', content: 'Hello!' }],
      });
    }
    expect(openaiMock.calls + openaiMock2.calls).toBe(50);
    expect(openaiMock.calls).toBeGreaterThan(openaiMock2.calls);
    expect(openaiMock2.calls).toBeGreaterThan(0);
  });

  it('automatic retries', async () => {
    openaiMock.setFaults([fault.status(429), fault.status(503), fault.status(500)]);
    const client = createClient({
      vault: vault(),
      config: {
        retry: { attempts: 3, on_status_codes: [429, 500, 502, 503, 504] },
        virtual_key: 'openai-key',
      },
    });
    const response = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hello!' }],
    });
    expect(response.choices[0]?.message.content).toBe('OpenAI says hi (gpt-4o)');
    expect(openaiMock.calls).toBe(4);
  });

  it('semantic caching: similar queries return cached responses', async () => {
    const client = createClient({
      vault: vault(),
      config: { cache: { mode: 'semantic', max_age: 3600 }, virtual_key: 'openai-key' },
    });
    const response1 = await client.chat.completions
      .create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'What is the capital of France?' }] })
      .withResponse();
    const response2 = await client.chat.completions
      .create({ model: 'gpt-4o', messages: [{ role: 'user', content: "Tell me France's capital" }] })
      .withResponse();
    expect(response1.response.headers.get('x-switchyard-cache-status')).toBe('MISS');
    expect(response2.response.headers.get('x-switchyard-cache-status')).toBe('SEMANTIC_HIT');
    expect(response2.data.choices[0]?.message.content).toBe(response1.data.choices[0]?.message.content);
    expect(openaiMock.calls).toBe(1);
  }, 60_000);

  it('request timeout', async () => {
    const client = createClient({ virtualKey: 'openai-key', vault: vault(), requestTimeout: 30_000 });
    const response = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hello!' }],
    });
    expect(response.choices[0]?.message.content).toBe('OpenAI says hi (gpt-4o)');
    expect(openaiMock.requests[0]?.headers['x-switchyard-timeout-ms']).toBeUndefined();
  });
});

describe('Observability', () => {
  function traced(records: TraceRecord[]) {
    return [
      trace({
        sink: callbackSink((record) => {
          records.push(record);
        }),
      }),
    ];
  }

  it('trace ids', async () => {
    const records: TraceRecord[] = [];
    const traceId = randomUUID();
    const client = createClient({ virtualKey: 'openai-key', vault: vault(), traceId, use: traced(records) });
    await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hello!' }],
    });
    expect(records.find((record) => record.kind === 'request')?.traceId).toBe(traceId);
  });

  it('custom metadata', async () => {
    const records: TraceRecord[] = [];
    const client = createClient({
      virtualKey: 'openai-key',
      vault: vault(),
      metadata: { user_id: 'user-123', session_id: 'session-456', environment: 'production' },
      use: traced(records),
    });
    await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hello!' }],
    });
    expect(records.find((record) => record.kind === 'request')?.metadata).toEqual({
      user_id: 'user-123',
      session_id: 'session-456',
      environment: 'production',
    });
  });

  it('per-request options', async () => {
    const records: TraceRecord[] = [];
    const client = createClient({ virtualKey: 'openai-key', vault: vault(), use: traced(records) });
    const response = await client
      .withOptions({ traceId: 'unique-trace-id', metadata: { request_type: 'summarization' } })
      .chat.completions.create({
        model: 'gpt-4o',
        messages: [{ role: 'user', content: 'Summarize this...' }],
      });
    expect(response.choices[0]?.message.content).toBe('OpenAI says hi (gpt-4o)');
    const record = records.find((item) => item.kind === 'request');
    expect(record?.traceId).toBe('unique-trace-id');
    expect(record?.metadata).toEqual({ request_type: 'summarization' });
  });
});

describe('Common Patterns', () => {
  it('multi-turn conversation', async () => {
    const client = createClient({ virtualKey: 'openai-key', vault: vault() });
    const messages = [
      { role: 'system' as const, content: 'You are a helpful coding assistant.' },
      { role: 'user' as const, content: 'What is Python?' },
      { role: 'assistant' as const, content: 'Python is a high-level programming language...' },
      { role: 'user' as const, content: 'Show me a hello world example.' },
    ];
    const response = await client.chat.completions.create({ model: 'gpt-4o', messages });
    expect(response.choices[0]?.message.content).toBe('OpenAI says hi (gpt-4o)');
    expect(openaiMock.requests[0]?.body).toMatchObject({ messages });
  });

  it('JSON output', async () => {
    const client = createClient({ virtualKey: 'openai-key', vault: vault() });
    const response = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: 'Extract as JSON with name and age fields.' },
        { role: 'user', content: 'John is 30 years old.' },
      ],
      response_format: { type: 'json_object' },
    });
    expect(JSON.parse(response.choices[0]?.message.content ?? '')).toEqual({ name: 'John', age: 30 });
  });

  it('production setup with fallbacks + caching', async () => {
    process.env.OPENAI_VIRTUAL_KEY = 'openai-key';
    process.env.ANTHROPIC_VIRTUAL_KEY = 'anthropic-key';
    const records: TraceRecord[] = [];
    function createProductionClient() {
      return createClient({
        vault: vault(),
        config: {
          strategy: { mode: 'fallback' },
          targets: [
            {
              virtual_key: process.env.OPENAI_VIRTUAL_KEY,
              override_params: { model: 'gpt-4o' },
              retry: { attempts: 2, on_status_codes: [429, 500] },
            },
            {
              virtual_key: process.env.ANTHROPIC_VIRTUAL_KEY,
              override_params: { model: 'claude-3-5-sonnet-20241022' },
            },
          ],
          cache: { mode: 'semantic', max_age: 3600 },
        },
        traceId: 'production-session',
        metadata: { environment: 'production' },
        use: [
          trace({
            sink: callbackSink((record) => {
              records.push(record);
            }),
          }),
        ],
      });
    }
    openaiMock.setFaults([fault.status(429), fault.status(500), fault.status(500)]);
    const client = createProductionClient();
    const first = await client.chat.completions.create(
      withoutModel([{ role: 'user', content: 'Hello there!' }]),
    );
    expect(first.choices[0]?.message.content).toBe('Claude says hi');
    expect(openaiMock.calls).toBe(3);
    const again = await client.chat.completions.create(
      withoutModel([{ role: 'user', content: 'Hello there!' }]),
    );
    expect(again.choices[0]?.message.content).toBe('Claude says hi');
    expect(anthropicMock.calls).toBe(1);
    const requests = records.filter((record) => record.kind === 'request');
    expect(requests.map((record) => record.traceId)).toEqual(['production-session', 'production-session']);
    expect(requests[1]?.metadata).toEqual({ environment: 'production' });
  }, 60_000);
});
