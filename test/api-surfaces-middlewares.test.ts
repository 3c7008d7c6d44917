import Anthropic from '@anthropic-ai/sdk';
import { cacheSemantic, functionEmbedder } from '@switchyard/cache-semantic';
import { cacheSimple } from '@switchyard/cache-simple';
import { compileConfig } from '@switchyard/config';
import { compose, fetchTransport, toFetch } from '@switchyard/core';
import { guardrails } from '@switchyard/guardrails';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import { callbackSink, type TraceRecord, trace } from '@switchyard/trace';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

// Issue 22, "every middleware applies": the official Anthropic SDK (Messages API) and the official
// openai SDK (Responses API), in process through `toFetch`, through trace + guardrails + the simple
// and the semantic cache, over providers compiled from Portkey configs against local mock servers:
// Anthropic's own API (Messages passed through natively, Responses translated) and an
// OpenAI-compatible preset (both translated to chat completions). The middlewares above the
// providers see each API's own bodies and streams.

let anthropicMock: MockProvider;
let chatMock: MockProvider;
const records: TraceRecord[] = [];

const prices = {
  'claude-test': { input: 3, output: 15 },
  'llama-test': { input: 0.5, output: 1 },
};

/** The mock assistant: it gives an email address when asked for a contact, else a plain answer. */
function reply(body: { messages: Array<{ role: string; content: unknown }> }): string {
  const last = body.messages.at(-1)?.content;
  const text = typeof last === 'string' ? last : JSON.stringify(last);
  return text.includes('contact') ? 'Write to help@example.com today.' : 'Paris is the capital of France.';
}

/** A deterministic bag-of-words embedder: the semantic cache's word check does the rest. */
const embedder = functionEmbedder({
  id: 'e2e-bag-of-words',
  dimensions: 128,
  async embed(texts) {
    return texts.map((text) => {
      const vector = new Float32Array(128);
      for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? ['empty']) {
        let hash = 0;
        for (const char of word) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
        vector[hash % 128] = (vector[hash % 128] as number) + 1;
      }
      return vector;
    });
  },
});

/** trace → guardrails → simple cache → semantic cache → the compiled config → HTTP. */
function pipelineFor(config: unknown) {
  return compose(
    trace({ sink: callbackSink((record) => void records.push(record)), prices, catalogPrices: false }),
    guardrails({
      before: [
        {
          id: 'no-passwords',
          deny: true,
          checks: [{ id: 'default.regexMatch', parameters: { rule: 'password', not: true } }],
        },
        { id: 'pii-in', checks: [{ id: 'switchyard.pii', parameters: { redact: true } }] },
      ],
      after: [{ id: 'pii-out', checks: [{ id: 'switchyard.pii', parameters: { redact: true } }] }],
    }),
    cacheSimple({ logger: { warn: () => undefined } }),
    cacheSemantic({ embedder, threshold: 0.3, logger: { warn: () => undefined } }),
    compileConfig(config),
  )(fetchTransport());
}

const anthropicTarget = () => ({
  provider: 'anthropic',
  api_key: 'sk-ant-e2e',
  custom_host: anthropicMock.url,
});
const chatTarget = () => ({ provider: 'groq', api_key: 'gsk-e2e', custom_host: chatMock.baseURL });

function anthropicClient(config: unknown): Anthropic {
  return new Anthropic({
    apiKey: 'caller-key',
    baseURL: 'http://switchyard.local',
    maxRetries: 0,
    fetch: toFetch(pipelineFor(config)),
  });
}

function openaiClient(config: unknown): OpenAI {
  return new OpenAI({
    apiKey: 'caller-key',
    baseURL: 'http://switchyard.local/v1',
    maxRetries: 0,
    fetch: toFetch(pipelineFor(config)),
  });
}

/** The last request record; records are finished once the answer has been read. */
const lastRecord = () => records.filter((record) => record.kind === 'request').at(-1)!;

function costOf(model: keyof typeof prices, input: number, output: number): number {
  return (input * prices[model].input + output * prices[model].output) / 1_000_000;
}

beforeAll(async () => {
  anthropicMock = await startMockProvider({ dialect: 'anthropic', reply: (body) => reply(body as never) });
  chatMock = await startMockProvider({ reply: (body) => reply(body as never) });
});

afterAll(() => Promise.all([anthropicMock.close(), chatMock.close()]));

beforeEach(() => {
  records.length = 0;
});

describe("Anthropic's SDK (Messages API) through trace, guardrails and caches", () => {
  it('traces usage and cost of a native Anthropic answer, then answers the same call from the cache', async () => {
    const client = anthropicClient(anthropicTarget());
    const params = {
      model: 'claude-test',
      max_tokens: 64,
      messages: [{ role: 'user' as const, content: 'What is the capital of France?' }],
    };
    const message = await client.messages.create(params);
    expect(message.content).toEqual([{ type: 'text', text: 'Paris is the capital of France.' }]);
    expect(anthropicMock.requests.at(-1)!.path).toBe('/v1/messages');
    const calls = anthropicMock.requests.length;
    expect(lastRecord()).toMatchObject({
      path: '/v1/messages',
      operation: 'chat',
      cacheStatus: 'MISS',
      modelServed: 'claude-test',
      finishReasons: ['end_turn'],
      usage: { inputTokens: message.usage.input_tokens, outputTokens: message.usage.output_tokens },
    });
    expect(message.usage.output_tokens).toBeGreaterThan(0);
    expect(lastRecord().costUsd).toBeCloseTo(
      costOf('claude-test', message.usage.input_tokens, message.usage.output_tokens),
      12,
    );

    const again = await client.messages.create(params).withResponse();
    // The same message; only the guardrails' hook_results (their times) are new.
    expect({ ...again.data, hook_results: undefined }).toEqual({ ...message, hook_results: undefined });
    expect(again.response.headers.get('x-switchyard-cache-status')).toBe('HIT');
    expect(anthropicMock.requests.length).toBe(calls);
    expect(lastRecord()).toMatchObject({ cacheStatus: 'HIT', costUsd: 0 });

    // Asked again in other words: the semantic cache answers from the same message.
    const paraphrase = await client.messages
      .create({ ...params, messages: [{ role: 'user', content: "Tell me France's capital" }] })
      .withResponse();
    expect(paraphrase.response.headers.get('x-switchyard-cache-status')).toBe('SEMANTIC_HIT');
    expect(paraphrase.data.content).toEqual(message.content);
    expect(anthropicMock.requests.length).toBe(calls);
  });

  it('streams through a translated provider, traced, then replays the stream from the cache', async () => {
    const client = anthropicClient(chatTarget());
    const params = {
      model: 'llama-test',
      max_tokens: 64,
      messages: [{ role: 'user' as const, content: 'Name the capital of France' }],
    };
    const first = await client.messages.stream(params).finalMessage();
    expect(first.content).toEqual([{ type: 'text', text: 'Paris is the capital of France.' }]);
    expect(chatMock.requests.at(-1)!.path).toBe('/v1/chat/completions');
    const calls = chatMock.requests.length;
    expect(lastRecord()).toMatchObject({
      stream: true,
      cacheStatus: 'MISS',
      usage: { inputTokens: first.usage.input_tokens, outputTokens: first.usage.output_tokens },
    });
    expect(first.usage.input_tokens).toBeGreaterThan(0);
    expect(lastRecord().costUsd).toBeCloseTo(
      costOf('llama-test', first.usage.input_tokens, first.usage.output_tokens),
      12,
    );

    const texts: string[] = [];
    const second = await client.messages
      .stream(params)
      .on('text', (text) => texts.push(text))
      .finalMessage();
    expect(second.content).toEqual(first.content);
    expect(texts.join('')).toBe('Paris is the capital of France.');
    expect(chatMock.requests.length).toBe(calls);
    expect(lastRecord()).toMatchObject({ stream: true, cacheStatus: 'HIT', costUsd: 0 });
  });

  it('denies a request a guardrail refuses with 446, in Anthropic’s error shape', async () => {
    const client = anthropicClient(anthropicTarget());
    const calls = anthropicMock.requests.length;
    const error = await client.messages
      .create({
        model: 'claude-test',
        max_tokens: 64,
        messages: [{ role: 'user', content: 'my password is hunter2' }],
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.APIError);
    expect((error as InstanceType<typeof Anthropic.APIError>).status).toBe(446);
    expect((error as InstanceType<typeof Anthropic.APIError>).type).toBe('hooks_failed');
    expect((error as InstanceType<typeof Anthropic.APIError>).error).toMatchObject({
      type: 'error',
      hook_results: {
        before_request_hooks: [
          { id: 'no-passwords', verdict: false, deny: true },
          { id: 'pii-in', verdict: true },
        ],
      },
    });
    expect(anthropicMock.requests.length).toBe(calls);
    expect(lastRecord()).toMatchObject({ status: 446, outcome: 'error' });
  });

  it('redacts personal data in the request before it leaves and in the streamed answer', async () => {
    const client = anthropicClient(anthropicTarget());
    const final = await client.messages
      .stream({
        model: 'claude-test',
        max_tokens: 64,
        system: 'The user is ada@example.org.',
        messages: [{ role: 'user', content: 'Give me a support contact, my card is 4111 1111 1111 1111' }],
      })
      .finalMessage();
    const sent = anthropicMock.requests.at(-1)!.body as {
      system: string;
      messages: Array<{ content: string }>;
    };
    expect(sent.system).toBe('The user is [EMAIL].');
    expect(sent.messages[0]!.content).toBe('Give me a support contact, my card is [CREDIT_CARD]');
    expect(final.content).toEqual([{ type: 'text', text: 'Write to [EMAIL] today.' }]);
    expect(JSON.stringify(records)).not.toContain('help@example.com');
  });
});

describe("openai's SDK (Responses API) through trace, guardrails and caches", () => {
  it('traces usage and cost of an answer translated to Anthropic, then answers from the cache', async () => {
    const client = openaiClient(anthropicTarget());
    const params = { model: 'claude-test', input: 'What is the capital of France?', store: false };
    const response = await client.responses.create(params);
    expect(response.output_text).toBe('Paris is the capital of France.');
    expect(anthropicMock.requests.at(-1)!.path).toBe('/v1/messages');
    const calls = anthropicMock.requests.length;
    expect(lastRecord()).toMatchObject({
      path: '/v1/responses',
      operation: 'chat',
      cacheStatus: 'MISS',
      modelServed: 'claude-test',
      finishReasons: ['completed'],
      usage: { inputTokens: response.usage!.input_tokens, outputTokens: response.usage!.output_tokens },
    });
    expect(lastRecord().costUsd).toBeCloseTo(
      costOf('claude-test', response.usage!.input_tokens, response.usage!.output_tokens),
      12,
    );

    const again = await client.responses.create(params).withResponse();
    expect(again.response.headers.get('x-switchyard-cache-status')).toBe('HIT');
    expect(again.data.id).toBe(response.id);
    expect(again.data.output_text).toBe('Paris is the capital of France.');
    expect(anthropicMock.requests.length).toBe(calls);
    expect(lastRecord()).toMatchObject({ cacheStatus: 'HIT', costUsd: 0 });
  });

  it('streams through a translated preset, traced, then replays Responses events from the cache', async () => {
    const client = openaiClient(chatTarget());
    const params = { model: 'llama-test', input: 'Which city is the capital of France?', store: false };
    const deltas: string[] = [];
    const first = await client.responses
      .stream(params)
      .on('response.output_text.delta', (event) => deltas.push(event.delta))
      .finalResponse();
    expect(first.output_text).toBe('Paris is the capital of France.');
    expect(deltas.join('')).toBe('Paris is the capital of France.');
    const calls = chatMock.requests.length;
    expect(lastRecord()).toMatchObject({
      stream: true,
      cacheStatus: 'MISS',
      usage: { inputTokens: first.usage!.input_tokens, outputTokens: first.usage!.output_tokens },
    });
    expect(lastRecord().costUsd).toBeCloseTo(
      costOf('llama-test', first.usage!.input_tokens, first.usage!.output_tokens),
      12,
    );

    const second = await client.responses.stream(params).finalResponse();
    expect(second.output_text).toBe(first.output_text);
    expect(second.usage).toEqual(first.usage);
    expect(chatMock.requests.length).toBe(calls);
    expect(lastRecord()).toMatchObject({ stream: true, cacheStatus: 'HIT', costUsd: 0 });
  });

  it('denies a request a guardrail refuses with 446, and redacts input and output', async () => {
    const client = openaiClient(chatTarget());
    const calls = chatMock.requests.length;
    const error = await client.responses
      .create({ model: 'llama-test', input: 'reset my password please' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(446);
    expect((error as InstanceType<typeof OpenAI.APIError>).type).toBe('hooks_failed');
    expect(chatMock.requests.length).toBe(calls);

    const redacted = await client.responses.create({
      model: 'llama-test',
      instructions: 'The user is ada@example.org.',
      input: [
        {
          role: 'user',
          content: [{ type: 'input_text', text: 'Which contact? Call me on +44 20 7946 0958' }],
        },
      ],
      store: false,
    });
    const sent = chatMock.requests.at(-1)!.body as { messages: Array<{ role: string; content: unknown }> };
    expect(JSON.stringify(sent.messages)).not.toContain('ada@example.org');
    expect(JSON.stringify(sent.messages)).not.toContain('7946');
    expect(sent.messages[0]).toEqual({ role: 'system', content: 'The user is [EMAIL].' });
    expect(redacted.output_text).toBe('Write to [EMAIL] today.');
  });
});
