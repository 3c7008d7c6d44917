// Real client SDKs pointed at a running Switchyard gateway (127.0.0.1, a free port) in front of the
// mock provider: each sends a plain and a streamed chat completion through `serve()`, and the test
// checks the answer, what reached the provider, and what the gateway read from the client's headers.
// The versions in test/package.json are the newest that run on Node 20 (later `@langchain/openai`,
// `ai`, `@ai-sdk/*`, `openai` 7 and `@strands-agents/sdk` majors declare Node 22+).
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { ChatOpenAI } from '@langchain/openai';
import { OpenAI as LlamaOpenAI } from '@llamaindex/openai';
import { Agent } from '@strands-agents/sdk';
import { OpenAIModel } from '@strands-agents/sdk/models/openai';
import { createRegistry, createVault } from '@switchyard/config';
import { type Middleware, type RequestOptions, requestOptions } from '@switchyard/core';
import { type RunningGateway, serve } from '@switchyard/server';
import { fault, type MockProvider, startMockProvider } from '@switchyard/testing';
import { generateText, streamText } from 'ai';
import OpenAI from 'openai';
import { Portkey } from 'portkey-ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

let primary: MockProvider;
let backup: MockProvider;
let gateway: RunningGateway;
/** Per-request options as the pipeline saw them, recorded by a middleware in front of every config. */
const seen: RequestOptions[] = [];
const recordOptions: Middleware = (next) => async (request) => {
  seen.push(requestOptions(request));
  return next(request);
};

const answerFor = (prompt: string, from: string) => `${from} answers: ${prompt}`;
const lastUserText = (messages: Array<{ role: string; content?: unknown }>): string => {
  const content = messages.filter((message) => message.role === 'user').at(-1)?.content;
  if (typeof content === 'string') return content;
  return Array.isArray(content)
    ? content.map((part: { text?: string }) => part.text ?? '').join('')
    : String(content);
};

beforeAll(async () => {
  primary = await startMockProvider({
    reply: (request) => answerFor(lastUserText(request.messages), 'primary'),
    streamChunkDelayMs: 1,
  });
  backup = await startMockProvider({
    reply: (request) => answerFor(lastUserText(request.messages), 'backup'),
  });
  gateway = await serve({
    port: 0,
    log: () => {},
    use: [recordOptions],
    vault: createVault({
      'primary-vk': { provider: 'openai', api_key: 'sk-vault-primary', custom_host: primary.baseURL },
      'backup-vk': { provider: 'openai', api_key: 'sk-vault-backup', custom_host: backup.baseURL },
    }),
    registry: createRegistry({
      'pc-fallback': {
        strategy: { mode: 'fallback' },
        targets: [{ virtual_key: 'primary-vk' }, { virtual_key: 'backup-vk' }],
      },
    }),
  });
});

afterAll(async () => {
  await gateway.close(1_000);
  await Promise.all([primary.close(), backup.close()]);
});

beforeEach(() => {
  primary.setFaults(undefined);
  primary.requests.length = 0;
  backup.requests.length = 0;
  seen.length = 0;
});

/** Headers that route a plain OpenAI-compatible client to the primary mock through the gateway. */
const routeToPrimary = () => ({ 'x-portkey-provider': 'openai', 'x-portkey-custom-host': primary.baseURL });

/** No gateway header and no client credential other than the routed one reaches the provider. */
function expectCleanUpstream(provider: MockProvider, authorization: string): void {
  expect(provider.requests.length).toBeGreaterThan(0);
  for (const request of provider.requests) {
    expect(request.headers.authorization).toBe(authorization);
    expect(Object.keys(request.headers).filter((name) => /^x-(portkey|switchyard)-/.test(name))).toEqual([]);
  }
}

describe('openai (the official SDK)', () => {
  it('answers plain and streamed completions through the gateway', async () => {
    const client = new OpenAI({
      apiKey: 'sk-openai-client',
      baseURL: `${gateway.url}/v1`,
      maxRetries: 0,
      defaultHeaders: routeToPrimary(),
    });
    const plain = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'plain openai' }],
    });
    expect(plain.choices[0]?.message.content).toBe('primary answers: plain openai');
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'streamed openai' }],
      stream: true,
    });
    let text = '';
    let chunks = 0;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      chunks++;
    }
    expect(text).toBe('primary answers: streamed openai');
    expect(chunks).toBeGreaterThan(2);
    expectCleanUpstream(primary, 'Bearer sk-openai-client');
  });
});

describe('the gateway’s simple cache', () => {
  it('answers a repeated request whole from the cache, with its length and the Portkey status header', async () => {
    const ask = () =>
      fetch(`${gateway.url}/v1/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-portkey-config': JSON.stringify({
            virtual_key: 'primary-vk',
            cache: { mode: 'simple', max_age: 60 },
          }),
        },
        body: JSON.stringify({
          model: 'gpt-4o-mini',
          messages: [{ role: 'user', content: 'cached openai' }],
        }),
      });
    const first = await ask();
    const firstText = await first.text();
    const second = await ask();
    const secondText = await second.text();
    expect([
      first.headers.get('x-portkey-cache-status'),
      second.headers.get('x-portkey-cache-status'),
    ]).toEqual(['MISS', 'HIT']);
    expect(secondText).toBe(firstText);
    expect(JSON.parse(secondText).choices[0].message.content).toBe('primary answers: cached openai');
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(secondText)));
    expect(primary.requests).toHaveLength(1);
  });
});

describe('portkey-ai (its baseURL set to the gateway)', () => {
  it('sends provider, key, trace id and metadata as x-portkey-* headers, which the gateway reads', async () => {
    const portkey = new Portkey({
      baseURL: `${gateway.url}/v1`,
      provider: 'openai',
      Authorization: 'sk-portkey-client',
      customHost: primary.baseURL,
      traceID: 'trace-portkey-1',
      metadata: { _user: 'user-7', team: 'search' },
      requestTimeout: 5000,
    });
    const plain = await portkey.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'plain portkey' }],
    });
    expect(plain.choices[0]?.message?.content).toBe('primary answers: plain portkey');
    expect(plain.getHeaders?.()).toMatchObject({ provider: 'openai' });
    expect(seen[0]).toMatchObject({
      traceId: 'trace-portkey-1',
      metadata: { _user: 'user-7', team: 'search' },
      timeoutMs: 5000,
    });

    const stream = await portkey.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'streamed portkey' }],
      stream: true,
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    expect(text).toBe('primary answers: streamed portkey');
    expectCleanUpstream(primary, 'Bearer sk-portkey-client');
  });

  it('sends a config object as JSON and a config id, both run by the gateway with their fallbacks', async () => {
    primary.setFaults(() => fault.status(503));
    const config = {
      strategy: { mode: 'fallback' },
      targets: [
        { virtual_key: 'primary-vk' },
        { virtual_key: 'backup-vk', override_params: { model: 'gpt-4o' } },
      ],
    };
    const byObject = new Portkey({ baseURL: `${gateway.url}/v1`, config });
    const answer = await byObject.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'config object' }],
    });
    expect(answer.choices[0]?.message?.content).toBe('backup answers: config object');
    expect(answer.getHeaders?.()).toMatchObject({ 'last-used-option-index': 'config.targets[1]' });
    expect(backup.requests.at(-1)?.body).toMatchObject({ model: 'gpt-4o' });
    expect(backup.requests.at(-1)?.headers.authorization).toBe('Bearer sk-vault-backup');

    const byId = new Portkey({ baseURL: `${gateway.url}/v1`, config: 'pc-fallback' });
    const stream = await byId.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'config id' }],
      stream: true,
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    expect(text).toBe('backup answers: config id');
    expect(primary.requests.length).toBe(2);
  });

  it('surfaces a malformed config as a 400 naming the problem', async () => {
    const portkey = new Portkey({
      baseURL: `${gateway.url}/v1`,
      config: { retry: { attempts: -1 }, provider: 'openai', api_key: 'sk-x' },
    });
    const error = await portkey.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'bad config' }] })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 400 });
    expect(String((error as Error).message)).toContain('retry.attempts');
  });
});

describe('portkey-ai against a gateway with API keys', () => {
  it('authenticates with apiKey and never forwards the gateway key to the provider', async () => {
    const keyed = await serve({
      port: 0,
      log: () => {},
      apiKeys: ['gw-portkey-key'],
      hostname: '127.0.0.1',
      // Clients may name their own (local) hosts here: the operator says so, as a gateway with keys requires.
      compile: { clientHosts: { allowed: true, allowLoopback: true } },
      vault: createVault({
        'primary-vk': { provider: 'openai', api_key: 'sk-vault-primary', custom_host: primary.baseURL },
      }),
    });
    try {
      const allowed = new Portkey({
        baseURL: `${keyed.url}/v1`,
        apiKey: 'gw-portkey-key',
        virtualKey: 'primary-vk',
      });
      const answer = await allowed.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'keyed portkey' }],
      });
      expect(answer.choices[0]?.message?.content).toBe('primary answers: keyed portkey');
      expectCleanUpstream(primary, 'Bearer sk-vault-primary');

      // A client that sends the gateway key both ways (x-portkey-api-key and Authorization) for a
      // provider without its own key: the gateway key must not become the provider credential.
      const missing = await fetch(`${keyed.url}/v1/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: 'Bearer gw-portkey-key',
          'x-portkey-api-key': 'gw-portkey-key',
          'x-portkey-provider': 'openai',
          'x-portkey-custom-host': primary.baseURL,
        },
        body: JSON.stringify({
          model: 'gpt-4o-mini',
          messages: [{ role: 'user', content: 'no provider key' }],
        }),
      });
      expect(missing.status).toBe(400);
      expect(await missing.text()).toContain('api_key');
      expect(primary.requests.length).toBe(1);

      const refused = new Portkey({
        baseURL: `${keyed.url}/v1`,
        apiKey: 'gw-wrong',
        virtualKey: 'primary-vk',
      });
      const error = await refused.chat.completions
        .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'wrong key' }] })
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ status: 401 });
      expect(primary.requests.length).toBe(1);
    } finally {
      await keyed.close(1_000);
    }
  });
});

describe('Vercel AI SDK (ai + @ai-sdk/openai-compatible)', () => {
  it('generates and streams text through the gateway', async () => {
    const provider = createOpenAICompatible({
      name: 'switchyard',
      baseURL: `${gateway.url}/v1`,
      apiKey: 'sk-ai-sdk',
      headers: routeToPrimary(),
    });
    const generated = await generateText({
      model: provider.chatModel('gpt-4o-mini'),
      prompt: 'plain ai sdk',
      maxRetries: 0,
    });
    expect(generated.text).toBe('primary answers: plain ai sdk');
    const streamed = streamText({
      model: provider.chatModel('gpt-4o-mini'),
      prompt: 'streamed ai sdk',
      maxRetries: 0,
    });
    let text = '';
    for await (const delta of streamed.textStream) text += delta;
    expect(text).toBe('primary answers: streamed ai sdk');
    expect(primary.requests.at(-1)?.body).toMatchObject({ stream: true });
    expectCleanUpstream(primary, 'Bearer sk-ai-sdk');
  });
});

describe('LangChain (@langchain/openai)', () => {
  it('invokes and streams ChatOpenAI through the gateway', async () => {
    const model = new ChatOpenAI({
      model: 'gpt-4o-mini',
      apiKey: 'sk-langchain',
      maxRetries: 0,
      configuration: { baseURL: `${gateway.url}/v1`, defaultHeaders: routeToPrimary() },
    });
    const message = await model.invoke('plain langchain');
    expect(message.content).toBe('primary answers: plain langchain');
    let text = '';
    for await (const chunk of await model.stream('streamed langchain')) text += String(chunk.content);
    expect(text).toBe('primary answers: streamed langchain');
    expect(primary.requests.at(-1)?.body).toMatchObject({ stream: true });
    expectCleanUpstream(primary, 'Bearer sk-langchain');
  });
});

describe('LlamaIndex.TS (@llamaindex/openai)', () => {
  it('chats and streams through the gateway', async () => {
    const llm = new LlamaOpenAI({
      model: 'gpt-4o-mini',
      apiKey: 'sk-llamaindex',
      baseURL: `${gateway.url}/v1`,
      maxRetries: 0,
      additionalSessionOptions: { defaultHeaders: routeToPrimary() },
    });
    const plain = await llm.chat({ messages: [{ role: 'user', content: 'plain llamaindex' }] });
    expect(plain.message.content).toBe('primary answers: plain llamaindex');
    const stream = await llm.chat({
      messages: [{ role: 'user', content: 'streamed llamaindex' }],
      stream: true,
    });
    let text = '';
    for await (const chunk of stream) text += chunk.delta;
    expect(text).toBe('primary answers: streamed llamaindex');
    expect(primary.requests.at(-1)?.body).toMatchObject({ stream: true });
    expectCleanUpstream(primary, 'Bearer sk-llamaindex');
  });
});

describe('Strands Agents (@strands-agents/sdk OpenAIModel, Chat Completions API)', () => {
  it('runs an agent turn and streams one through the gateway', async () => {
    const agent = () =>
      new Agent({
        printer: false,
        model: new OpenAIModel({
          api: 'chat',
          modelId: 'gpt-4o-mini',
          apiKey: 'sk-strands',
          clientConfig: { baseURL: `${gateway.url}/v1`, defaultHeaders: routeToPrimary(), maxRetries: 0 },
        }),
      });
    const result = await agent().invoke('plain strands');
    expect(String(result).trim()).toBe('primary answers: plain strands');
    let text = '';
    for await (const event of agent().stream('streamed strands')) {
      if (
        event.type === 'modelStreamUpdateEvent' &&
        event.event.type === 'modelContentBlockDeltaEvent' &&
        event.event.delta.type === 'textDelta'
      ) {
        text += event.event.delta.text;
      }
    }
    expect(text).toBe('primary answers: streamed strands');
    expectCleanUpstream(primary, 'Bearer sk-strands');
  });
});
