import { compileConfig } from '@switchyard/config';
import { compose, fetchTransport, type Middleware, toFetch } from '@switchyard/core';
import { anthropic } from '@switchyard/providers-anthropic';
import { azureAIInference } from '@switchyard/providers-azure';
import { bedrock } from '@switchyard/providers-bedrock';
import { gemini, vertex } from '@switchyard/providers-google';
import { groq } from '@switchyard/providers-openai';
import {
  chatCompletion,
  chatCompletionChunks,
  type NativeAnswer,
  type NativeServer,
  nativeJson,
  nativeSse,
  sseText,
  startNativeServer,
} from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFrame } from '../packages/providers-bedrock/src/fixtures/event-stream-fixture.js';

// The official `openai` SDK's Responses API, in process through `toFetch`, against local servers
// speaking each provider's native API (shapes as each provider documents them). No provider here
// has a Responses API of its own: every answer is translated through its chat translation.

/** How one provider's native API answers; usage is always 10 tokens in, 3 out. */
interface Dialect {
  name: string;
  model: string;
  provider(url: string): Middleware;
  /** The path (without query) every native chat call goes to. */
  path: RegExp;
  text(text: string): NativeAnswer;
  toolCall(id: string, name: string, args: Record<string, unknown>): NativeAnswer;
  /** A JSON-schema answer, in the form the provider's translation asks for it. */
  json(schemaName: string, value: Record<string, unknown>): NativeAnswer;
  stream(pieces: string[]): NativeAnswer;
  rateLimited(): NativeAnswer;
}

const anthropicMessage = (content: unknown[], stopReason: string) =>
  nativeJson({
    id: 'msg_01',
    type: 'message',
    role: 'assistant',
    model: 'claude-sonnet-4-5-20250929',
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage: { input_tokens: 10, output_tokens: 3 },
  });

const anthropicDialect: Dialect = {
  name: 'anthropic',
  model: 'claude-sonnet-4-5-20250929',
  provider: (url) => anthropic({ apiKey: 'sk-ant-test', baseURL: url }),
  path: /^\/v1\/messages$/,
  text: (text) => anthropicMessage([{ type: 'text', text }], 'end_turn'),
  toolCall: (id, name, input) => anthropicMessage([{ type: 'tool_use', id, name, input }], 'tool_use'),
  json: (name, input) => anthropicMessage([{ type: 'tool_use', id: 'toolu_json', name, input }], 'tool_use'),
  stream: (pieces) => {
    const event = (type: string, data: Record<string, unknown>) =>
      `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
    return nativeSse(
      event('message_start', {
        message: {
          id: 'msg_s',
          type: 'message',
          role: 'assistant',
          model: 'claude-sonnet-4-5-20250929',
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: 10, output_tokens: 1 },
        },
      }) +
        event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }) +
        pieces
          .map((text) => event('content_block_delta', { index: 0, delta: { type: 'text_delta', text } }))
          .join('') +
        event('content_block_stop', { index: 0 }) +
        event('message_delta', {
          delta: { stop_reason: 'end_turn', stop_sequence: null },
          usage: { output_tokens: 3 },
        }) +
        event('message_stop', {}),
    );
  },
  rateLimited: () =>
    nativeJson({ type: 'error', error: { type: 'rate_limit_error', message: 'Rate limited' } }, 429, {
      'retry-after': '3',
    }),
};

const geminiAnswer = (parts: unknown[]) =>
  nativeJson({
    candidates: [{ content: { role: 'model', parts }, finishReason: 'STOP', index: 0 }],
    usageMetadata: { promptTokenCount: 10, candidatesTokenCount: 3, totalTokenCount: 13 },
    modelVersion: 'gemini-2.5-flash',
    responseId: 'resp-gemini-1',
  });

const geminiDialect: Dialect = {
  name: 'gemini',
  model: 'gemini-2.5-flash',
  provider: (url) => gemini({ apiKey: 'gemini-test-key', baseURL: url }),
  path: /^\/v1beta\/models\/gemini-2\.5-flash:(generateContent|streamGenerateContent)$/,
  text: (text) => geminiAnswer([{ text }]),
  toolCall: (_id, name, args) => geminiAnswer([{ functionCall: { name, args } }]),
  json: (_name, value) => geminiAnswer([{ text: JSON.stringify(value) }]),
  stream: (pieces) =>
    nativeSse(
      pieces
        .map((text, index) => {
          const last = index === pieces.length - 1;
          const chunk = {
            candidates: [
              {
                content: { role: 'model', parts: [{ text }] },
                index: 0,
                ...(last ? { finishReason: 'STOP' } : {}),
              },
            ],
            ...(last
              ? { usageMetadata: { promptTokenCount: 10, candidatesTokenCount: 3, totalTokenCount: 13 } }
              : {}),
            modelVersion: 'gemini-2.5-flash',
            responseId: 'resp-gemini-s',
          };
          return `data: ${JSON.stringify(chunk)}\r\n\r\n`;
        })
        .join(''),
    ),
  rateLimited: () =>
    nativeJson(
      { error: { code: 429, message: 'Resource has been exhausted', status: 'RESOURCE_EXHAUSTED' } },
      429,
    ),
};

const vertexDialect: Dialect = {
  ...geminiDialect,
  name: 'vertex',
  provider: (url) =>
    vertex({ project: 'test-project', region: 'us-central1', accessToken: 'ya29.test', baseURL: url }),
  path: /^\/v1\/projects\/test-project\/locations\/us-central1\/publishers\/google\/models\/gemini-2\.5-flash:(generateContent|streamGenerateContent)$/,
};

const converse = (content: unknown[], stopReason: string) =>
  nativeJson({
    output: { message: { role: 'assistant', content } },
    stopReason,
    usage: { inputTokens: 10, outputTokens: 3, totalTokens: 13 },
    metrics: { latencyMs: 120 },
  });

const bedrockDialect: Dialect = {
  name: 'bedrock',
  model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
  provider: (url) => bedrock({ region: 'us-east-1', apiKey: 'bedrock-api-key-test', baseURL: url }),
  path: /^\/model\/anthropic\.claude-3-5-sonnet-20240620-v1%3A0\/(converse|converse-stream)$/,
  text: (text) => converse([{ text }], 'end_turn'),
  toolCall: (id, name, input) => converse([{ toolUse: { toolUseId: id, name, input } }], 'tool_use'),
  json: (name, input) => converse([{ toolUse: { toolUseId: 'tooluse_json', name, input } }], 'tool_use'),
  stream: (pieces) => ({
    headers: { 'content-type': 'application/vnd.amazon.eventstream' },
    body: [
      encodeFrame({ event: 'messageStart', payload: { role: 'assistant' } }),
      ...pieces.map((text) =>
        encodeFrame({ event: 'contentBlockDelta', payload: { contentBlockIndex: 0, delta: { text } } }),
      ),
      encodeFrame({ event: 'contentBlockStop', payload: { contentBlockIndex: 0 } }),
      encodeFrame({ event: 'messageStop', payload: { stopReason: 'end_turn' } }),
      encodeFrame({
        event: 'metadata',
        payload: { usage: { inputTokens: 10, outputTokens: 3, totalTokens: 13 }, metrics: { latencyMs: 90 } },
      }),
    ],
  }),
  rateLimited: () =>
    nativeJson({ message: 'Too many requests, please wait before trying again.' }, 429, {
      'x-amzn-errortype': 'ThrottlingException',
    }),
};

/** Azure AI Inference and the OpenAI-compatible presets speak chat completions themselves. */
function chatDialect(name: string, provider: (url: string) => Middleware, path: RegExp): Dialect {
  const model = 'Meta-Llama-3.1-70B-Instruct';
  const usage = { prompt_tokens: 10, completion_tokens: 3, total_tokens: 13 };
  const toolAnswer = (id: string, fn: string, args: Record<string, unknown>) => {
    const body = chatCompletion({ model, usage, finishReason: 'tool_calls' });
    body.choices[0]!.message = {
      role: 'assistant',
      content: null,
      tool_calls: [{ id, type: 'function', function: { name: fn, arguments: JSON.stringify(args) } }],
    };
    return nativeJson(body);
  };
  return {
    name,
    model,
    provider,
    path,
    text: (content) => nativeJson(chatCompletion({ content, model, usage })),
    toolCall: toolAnswer,
    json: (_name, value) => nativeJson(chatCompletion({ content: JSON.stringify(value), model, usage })),
    stream: (pieces) =>
      nativeSse(sseText(chatCompletionChunks({ model, usage, pieces, content: pieces.join('') }))),
    rateLimited: () =>
      nativeJson(
        {
          error: {
            message: 'Rate limit reached',
            type: 'rate_limit_error',
            code: 'rate_limit_exceeded',
            param: null,
          },
        },
        429,
      ),
  };
}

const dialects: Dialect[] = [
  anthropicDialect,
  geminiDialect,
  vertexDialect,
  bedrockDialect,
  chatDialect(
    'azure-ai-inference',
    (url) => azureAIInference({ endpoint: `${url}/models`, apiKey: 'azure-test-key' }),
    /^\/models\/chat\/completions$/,
  ),
  chatDialect(
    'groq',
    (url) => groq({ apiKey: 'gsk-test', baseURL: `${url}/openai/v1` }),
    /^\/openai\/v1\/chat\/completions$/,
  ),
];

const weatherTool = {
  type: 'function' as const,
  name: 'get_weather',
  description: 'The weather in a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  strict: false,
};

function clientFor(provider: Middleware): OpenAI {
  return new OpenAI({
    apiKey: 'caller-key',
    baseURL: 'http://switchyard.local/v1',
    maxRetries: 0,
    fetch: toFetch(compose(provider)(fetchTransport())),
  });
}

describe.each(dialects)('the Responses API on $name', (dialect) => {
  let server: NativeServer;
  let answers: NativeAnswer[] = [];
  let client: OpenAI;

  beforeAll(async () => {
    server = await startNativeServer(
      () => answers.shift() ?? nativeJson({ error: 'no answer scripted' }, 500),
    );
    client = clientFor(dialect.provider(server.url));
  });
  afterAll(async () => {
    // Every call went to the provider's own chat endpoint: none reached a /responses path.
    for (const request of server.requests) expect(request.path.split('?')[0]).toMatch(dialect.path);
    await server.close();
  });

  it('answers plain text with usage', async () => {
    answers = [dialect.text('Paris.')];
    const response = await client.responses.create({
      model: dialect.model,
      instructions: 'Answer in one word.',
      input: 'Capital of France?',
    });
    expect(response.status).toBe('completed');
    expect(response.output_text).toBe('Paris.');
    expect(response.usage).toMatchObject({ input_tokens: 10, output_tokens: 3, total_tokens: 13 });
    const sent = server.requests.at(-1)!.body;
    expect(sent).toContain('Answer in one word.');
    expect(sent).toContain('Capital of France?');
  });

  it('round-trips a tool call: function_call, then function_call_output', async () => {
    answers = [dialect.toolCall('call_w1', 'get_weather', { city: 'Paris' })];
    const first = await client.responses.create({
      model: dialect.model,
      input: 'Weather in Paris?',
      tools: [weatherTool],
    });
    const call = first.output.find((item) => item.type === 'function_call');
    expect(call).toMatchObject({ type: 'function_call', name: 'get_weather', status: 'completed' });
    expect(JSON.parse((call as { arguments: string }).arguments)).toEqual({ city: 'Paris' });
    expect(server.requests.at(-1)!.body).toContain('get_weather');

    answers = [dialect.text('18°C and sunny.')];
    const second = await client.responses.create({
      model: dialect.model,
      previous_response_id: first.id,
      tools: [weatherTool],
      input: [
        {
          type: 'function_call_output',
          call_id: (call as { call_id: string }).call_id,
          output: '18C, sunny',
        },
      ],
    });
    expect(second.output_text).toBe('18°C and sunny.');
    const sent = server.requests.at(-1)!.body;
    expect(sent).toContain('Weather in Paris?');
    expect(sent).toContain('18C, sunny');
  });

  it('answers JSON following a schema', async () => {
    const value = { city: 'Paris', country: 'France' };
    answers = [dialect.json('place', value)];
    const response = await client.responses.create({
      model: dialect.model,
      input: 'Where is the Eiffel tower?',
      text: {
        format: {
          type: 'json_schema',
          name: 'place',
          schema: {
            type: 'object',
            properties: { city: { type: 'string' }, country: { type: 'string' } },
            required: ['city', 'country'],
          },
        },
      },
    });
    expect(JSON.parse(response.output_text)).toEqual(value);
  });

  it('continues a conversation with previous_response_id', async () => {
    answers = [dialect.text('Hello Ada.')];
    const first = await client.responses.create({ model: dialect.model, input: 'My name is Ada.' });
    answers = [dialect.text('Ada.')];
    const second = await client.responses.create({
      model: dialect.model,
      previous_response_id: first.id,
      input: 'What is my name?',
    });
    expect(second.output_text).toBe('Ada.');
    const sent = server.requests.at(-1)!.body;
    for (const text of ['My name is Ada.', 'Hello Ada.', 'What is my name?']) expect(sent).toContain(text);
    expect((await client.responses.retrieve(second.id)).output_text).toBe('Ada.');
  });

  it('streams events in the order responses.stream() consumes them', async () => {
    answers = [dialect.stream(['The sky ', 'is blue.'])];
    const stream = client.responses.stream({ model: dialect.model, input: 'Sky colour?' });
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);
    const final = await stream.finalResponse();
    expect(types.filter((type, index) => !(type.endsWith('.delta') && types[index - 1] === type))).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(final.output_text).toBe('The sky is blue.');
    expect(final.usage).toMatchObject({ input_tokens: 10, output_tokens: 3 });
  });

  it("raises the provider's error as the SDK's typed error", async () => {
    answers = [dialect.rateLimited()];
    await expect(client.responses.create({ model: dialect.model, input: 'Hi' })).rejects.toBeInstanceOf(
      OpenAI.RateLimitError,
    );
    answers = [dialect.rateLimited()];
    await expect(
      client.responses.stream({ model: dialect.model, input: 'Hi' }).finalResponse(),
    ).rejects.toMatchObject({
      status: 429,
    });
  });
});

describe('the Responses API across providers', () => {
  let anthropicServer: NativeServer;
  let geminiServer: NativeServer;
  let anthropicAnswers: NativeAnswer[] = [];
  let geminiAnswers: NativeAnswer[] = [];

  beforeAll(async () => {
    anthropicServer = await startNativeServer(() => anthropicAnswers.shift() ?? nativeJson({}, 500));
    geminiServer = await startNativeServer(() => geminiAnswers.shift() ?? nativeJson({}, 500));
  });
  afterAll(() => Promise.all([anthropicServer.close(), geminiServer.close()]));

  it('continues on Gemini a conversation started on Anthropic (the shared default store)', async () => {
    anthropicAnswers = [anthropicDialect.text('Hello Ada.')];
    const first = await clientFor(anthropicDialect.provider(anthropicServer.url)).responses.create({
      model: anthropicDialect.model,
      input: 'My name is Ada.',
    });
    geminiAnswers = [geminiDialect.text('Your name is Ada.')];
    const second = await clientFor(geminiDialect.provider(geminiServer.url)).responses.create({
      model: geminiDialect.model,
      previous_response_id: first.id,
      input: 'What is my name?',
    });
    expect(second.output_text).toBe('Your name is Ada.');
    const sent = JSON.parse(geminiServer.requests.at(-1)!.body) as { contents: unknown };
    expect(sent.contents).toEqual([
      { role: 'user', parts: [{ text: 'My name is Ada.' }] },
      { role: 'model', parts: [{ text: 'Hello Ada.' }] },
      { role: 'user', parts: [{ text: 'What is my name?' }] },
    ]);
  });

  it('falls back from a failing provider to another in a compiled config', async () => {
    anthropicAnswers = [
      nativeJson({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }, 529),
    ];
    geminiAnswers = [geminiDialect.text('Served by Gemini.')];
    const pipeline = compileConfig({
      strategy: { mode: 'fallback' },
      targets: [
        { provider: 'anthropic', api_key: 'sk-ant-test', custom_host: anthropicServer.url },
        { provider: 'google', api_key: 'gemini-test-key', custom_host: geminiServer.url },
      ],
    });
    const raw = await clientFor(pipeline)
      .responses.create({ model: geminiDialect.model, input: 'Who answers?' })
      .withResponse();
    expect(raw.data.output_text).toBe('Served by Gemini.');
    expect(raw.response.headers.get('x-switchyard-provider')).toBe('gemini');
    expect(anthropicServer.requests.at(-1)?.path).toBe('/v1/messages');
  });
});
