import { ConfigError, fetchTransport, readSseEvents } from '@switchyard/core';
import { type NativeAnswer, nativeJson, startNativeServer } from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileConfig } from './compile-config.js';

const chat = (body: Record<string, unknown> = {}) =>
  new Request('https://gateway.local/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'any-model', messages: [{ role: 'user', content: 'Hi' }], ...body }),
  });
const servedBy = (response: Response) =>
  `${response.headers.get('x-switchyard-last-used-option-index')} ${response.headers.get('x-switchyard-provider')}`;

const anthropicMessage = {
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  model: 'claude-sonnet-4-5',
  content: [{ type: 'text', text: 'from claude' }],
  stop_reason: 'end_turn',
  usage: { input_tokens: 5, output_tokens: 2 },
};
const geminiAnswer = {
  candidates: [
    { content: { role: 'model', parts: [{ text: 'from gemini' }] }, finishReason: 'STOP', index: 0 },
  ],
  usageMetadata: { promptTokenCount: 5, candidatesTokenCount: 2, totalTokenCount: 7 },
  responseId: 'resp-1',
};
const anthropicStream = (...events: object[]): NativeAnswer => ({
  headers: { 'content-type': 'text/event-stream' },
  body: events.map(
    (event) => `event: ${(event as { type: string }).type}\ndata: ${JSON.stringify(event)}\n\n`,
  ),
});
const messageStart = {
  type: 'message_start',
  message: { ...anthropicMessage, content: [], stop_reason: null },
};
const anthropicDone = anthropicStream(
  messageStart,
  { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
  { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'from claude' } },
  { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 2 } },
  { type: 'message_stop' },
);
const overloadedEvent = { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } };

describe('on_error_codes in configs', () => {
  it('accepts on_error_codes beside on_status_codes in strategy and retry', () => {
    expect(() =>
      compileConfig({
        strategy: { mode: 'fallback', on_status_codes: [503], on_error_codes: ['context_length_exceeded'] },
        retry: { attempts: 1, on_error_codes: ['overloaded', 'rate_limit_exceeded'] },
        targets: [
          { provider: 'openai', api_key: 'sk-1' },
          { provider: 'anthropic', api_key: 'sk-2' },
        ],
      }),
    ).not.toThrow();
  });

  it('refuses a code outside the list, naming its path', () => {
    let error: unknown;
    try {
      compileConfig({
        strategy: { mode: 'fallback', on_error_codes: ['prompt_too_long'] },
        targets: [{ provider: 'openai', api_key: 'sk-1' }],
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues).toEqual([
      expect.stringMatching(/^strategy\.on_error_codes\[0\]: /),
    ]);
  });
});

describe('a compiled config routing on error codes, against native provider servers', () => {
  let anthropicAnswer: NativeAnswer[] = [];
  const anthropic = { url: '', close: async () => undefined, requests: [] as unknown[] };
  const gemini = { url: '', close: async () => undefined, requests: [] as unknown[] };
  beforeAll(async () => {
    Object.assign(
      anthropic,
      await startNativeServer(
        (request) =>
          anthropicAnswer.shift() ??
          (JSON.parse(request.body).stream ? anthropicDone : nativeJson(anthropicMessage)),
      ),
    );
    Object.assign(
      gemini,
      await startNativeServer((request) =>
        request.path.includes('streamGenerateContent')
          ? {
              headers: { 'content-type': 'text/event-stream' },
              body: `data: ${JSON.stringify(geminiAnswer)}\n\n`,
            }
          : nativeJson(geminiAnswer),
      ),
    );
  });
  afterAll(() => Promise.all([anthropic.close(), gemini.close()]));

  const pipeline = (extra: Record<string, unknown> = {}) =>
    compileConfig({
      strategy: { mode: 'fallback', on_error_codes: ['context_length_exceeded', 'overloaded'] },
      targets: [
        { provider: 'anthropic', api_key: 'sk-ant', custom_host: anthropic.url, ...extra },
        { provider: 'google', api_key: 'gemini-key', custom_host: gemini.url },
      ],
    })(fetchTransport());

  it('sends a prompt too long for the first model to the longer-context one', async () => {
    anthropicAnswer = [
      nativeJson(
        {
          type: 'error',
          error: {
            type: 'invalid_request_error',
            message: 'prompt is too long: 210312 tokens > 200000 maximum',
          },
        },
        400,
      ),
    ];
    const response = await pipeline()(chat());
    expect([response.status, servedBy(response)]).toEqual([200, 'config.targets[1] gemini']);
  });

  it('hands a 400 for any other reason to the caller', async () => {
    anthropicAnswer = [
      nativeJson(
        { type: 'error', error: { type: 'invalid_request_error', message: 'max_tokens: Field required' } },
        400,
      ),
    ];
    const response = await pipeline()(chat());
    expect([response.status, servedBy(response)]).toEqual([400, 'config.targets[0] anthropic']);
    expect(await response.json()).toMatchObject({
      error: { code: 'invalid_request', message: 'max_tokens: Field required' },
    });
  });

  it('falls back from a 200 stream whose first event is overloaded_error', async () => {
    anthropicAnswer = [anthropicStream(messageStart, overloadedEvent)];
    const response = await pipeline()(chat({ stream: true }));
    expect([response.status, servedBy(response)]).toEqual([200, 'config.targets[1] gemini']);
    const texts: string[] = [];
    for await (const event of readSseEvents(response)) {
      if (event.data !== '[DONE]') texts.push(JSON.parse(event.data).choices[0]?.delta?.content ?? '');
    }
    expect(texts.join('')).toBe('from gemini');
  });

  it('retries a stream that ended before message_stop having sent nothing, as a 5xx', async () => {
    anthropicAnswer = [anthropicStream(messageStart)];
    const retried = compileConfig({
      provider: 'anthropic',
      api_key: 'sk-ant',
      custom_host: anthropic.url,
      retry: { attempts: 1 },
    })(fetchTransport());
    const before = anthropic.requests.length;
    const response = await retried(chat({ stream: true }));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-switchyard-retry-attempt-count')).toBe('1');
    expect(anthropic.requests.length - before).toBe(2);
  });

  it('retries on the error codes of retry.on_error_codes', async () => {
    anthropicAnswer = [anthropicStream(messageStart, overloadedEvent)];
    const retried = compileConfig({
      provider: 'anthropic',
      api_key: 'sk-ant',
      custom_host: anthropic.url,
      retry: { attempts: 1, on_error_codes: ['overloaded'] },
    })(fetchTransport());
    const response = await retried(chat({ stream: true }));
    expect([response.status, response.headers.get('x-switchyard-retry-attempt-count')]).toEqual([200, '1']);
  });
});
