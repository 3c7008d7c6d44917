import { compose, fetchTransport, readSseEvents } from '@switchyard/core';
import { type NativeAnswer, type NativeServer, scripted, startNativeServer } from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bedrock } from './bedrock.js';
import { encodeFrame, fixtureFrames, fixtureStreamBytes } from './fixtures/event-stream-fixture.js';

const credentials = {
  accessKeyId: 'AKIATESTACCESSKEY123',
  secretAccessKey: 'test/Secret+Access+Key/0123456789abcdef',
};
const model = 'anthropic.claude-3-5-sonnet-20240620-v1:0';
const eventStream = {
  'content-type': 'application/vnd.amazon.eventstream',
  'x-amzn-requestid': 'req-stream',
};

/** The SSE data of each event the provider sends for a native body arriving as `pieces`; `created` zeroed. */
async function translate(
  pieces: Uint8Array[],
  options: { fail?: boolean; body?: object } = {},
): Promise<string[]> {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      if (options.fail) controller.error(new TypeError('terminated'));
      else controller.close();
    },
  });
  const upstream = scripted([new Response(body, { headers: eventStream })]);
  const response = await bedrock({ region: 'us-east-1', ...credentials })(upstream)(
    new Request('http://x/v1/chat/completions', {
      method: 'POST',
      body: JSON.stringify({
        model,
        messages: [{ role: 'user', content: 'Hi' }],
        stream: true,
        stream_options: { include_usage: true },
        ...options.body,
      }),
    }),
  );
  // A stream that fails before its first content is answered as an error: its body is the event.
  if (!response.ok) return [await response.text()];
  const events: string[] = [];
  for await (const event of readSseEvents(response))
    events.push(event.data.replace(/"created":\d+/, '"created":0'));
  return events;
}

function chunk(delta: object, finish: string | null = null): string {
  return JSON.stringify({
    id: 'chatcmpl-req-stream',
    object: 'chat.completion.chunk',
    created: 0,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  });
}

function usageChunk(usage: object): string {
  return JSON.stringify({
    id: 'chatcmpl-req-stream',
    object: 'chat.completion.chunk',
    created: 0,
    model,
    choices: [],
    usage,
  });
}

const textBytes = fixtureStreamBytes('stream-text.json');
const expectedText = [
  chunk({ role: 'assistant', content: '' }),
  chunk({ content: 'Hello' }),
  chunk({ content: ', wörld 👋' }),
  chunk({ content: '!' }),
  chunk({}, 'stop'),
  usageChunk({ prompt_tokens: 5, completion_tokens: 4, total_tokens: 9 }),
  '[DONE]',
];

describe('bedrock ConverseStream translation', () => {
  it('decodes the binary event stream into OpenAI chunks, usage last, then [DONE]', async () => {
    expect(await translate(fixtureFrames('stream-text.json'))).toEqual(expectedText);
  });

  it('gives the same chunks for deltas in another key order', async () => {
    const reordered = fixtureFrames('stream-text.json').slice(0, 1);
    for (const text of ['Hello', ', wörld 👋', '!']) {
      reordered.push(
        encodeFrame({ event: 'contentBlockDelta', payload: { delta: { text }, contentBlockIndex: 0 } }),
      );
    }
    reordered.push(...fixtureFrames('stream-text.json').slice(4));
    expect(await translate(reordered)).toEqual(expectedText);
  });

  it('gives identical chunks wherever the event stream is split', { timeout: 120_000 }, async () => {
    for (let at = 1; at < textBytes.length; at++) {
      expect(await translate([textBytes.subarray(0, at), textBytes.subarray(at)])).toEqual(expectedText);
    }
    expect(await translate(Array.from(textBytes, (byte) => Uint8Array.of(byte)))).toEqual(expectedText);
  });

  it('ends a stream cut anywhere with one error event (never [DONE], never a hang)', {
    timeout: 120_000,
  }, async () => {
    for (let at = 0; at < textBytes.length; at++) {
      for (const fail of [false, true]) {
        const events = await translate([textBytes.subarray(0, at)], { fail });
        expect(events.at(-1)).not.toBe('[DONE]');
        const last = JSON.parse(events.at(-1)!) as { error: { type: string; code: string } };
        expect(last.error).toMatchObject({ type: 'api_error', code: 'server_error' });
        expect(events.slice(0, -1)).toEqual(expectedText.slice(0, events.length - 1));
      }
    }
  });

  it('reports a corrupted frame (bad prelude or message checksum) as an error event', async () => {
    // Byte 8 is in the first frame's prelude checksum, byte 40 in its headers.
    for (const [at, failed] of [
      [8, /prelude checksum/],
      [40, /message checksum/],
    ] as const) {
      const corrupted = Uint8Array.from(textBytes);
      corrupted[at] = corrupted[at]! ^ 0xff;
      const events = await translate([corrupted]);
      const { error } = JSON.parse(events.at(-1)!);
      expect(error.message).toMatch(/^Bedrock stream broke off: /);
      expect(error).toMatchObject({
        message: expect.stringMatching(failed),
        code: 'server_error',
      });
    }
  });

  it('streams tool uses as tool_call deltas: id and name first, then argument fragments', async () => {
    const events = await translate(fixtureFrames('stream-tools.json'));
    expect(events).toEqual([
      chunk({ role: 'assistant', content: '' }),
      chunk({ content: 'Let me check.' }),
      chunk({
        tool_calls: [
          { index: 0, id: 'tooluse_1', type: 'function', function: { name: 'get_weather', arguments: '' } },
        ],
      }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
      chunk({
        tool_calls: [
          { index: 1, id: 'tooluse_2', type: 'function', function: { name: 'get_time', arguments: '' } },
        ],
      }),
      chunk({ tool_calls: [{ index: 1, function: { arguments: '{}' } }] }),
      chunk({}, 'tool_calls'),
      usageChunk({ prompt_tokens: 20, completion_tokens: 12, total_tokens: 32 }),
      '[DONE]',
    ]);
  });

  it('streams the JSON tool input of a response_format request as content, finishing with stop', async () => {
    const events = await translate(fixtureFrames('stream-json.json'), {
      body: {
        response_format: { type: 'json_schema', json_schema: { name: 'colour', schema: { type: 'object' } } },
      },
    });
    expect(events).toEqual([
      chunk({ role: 'assistant', content: '' }),
      chunk({ content: '{"name":"gr' }),
      chunk({ content: 'een","hex":"#00ff00"}' }),
      chunk({}, 'stop'),
      usageChunk({ prompt_tokens: 30, completion_tokens: 12, total_tokens: 42 }),
      '[DONE]',
    ]);
  });

  it('turns an exception message inside the stream into an OpenAI error event', async () => {
    const events = await translate(fixtureFrames('stream-throttled.json'));
    expect(events.slice(0, 2)).toEqual([chunk({ role: 'assistant', content: '' }), chunk({ content: 'Hi' })]);
    expect(JSON.parse(events.at(-1)!)).toEqual({
      error: {
        message: 'throttlingException: Too many tokens, please wait before trying again.',
        type: 'api_error',
        code: 'rate_limit_exceeded',
        param: null,
      },
    });
    expect(events).not.toContain('[DONE]');
  });

  it('ignores event types it does not know', async () => {
    const frames = fixtureFrames('stream-text.json');
    frames.splice(1, 0, encodeFrame({ event: 'someFutureEvent', payload: { x: 1 } }));
    expect(await translate(frames)).toEqual(expectedText);
  });
});

describe('bedrock ConverseStream cancellation', () => {
  it('cancels the native body when the caller cancels the translated stream', async () => {
    let cancelled: (reason: unknown) => void = () => undefined;
    const upstreamCancelled = new Promise<unknown>((resolve) => {
      cancelled = resolve;
    });
    const frames = fixtureFrames('stream-text.json');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(frames[0]!);
        controller.enqueue(frames[1]!);
      },
      cancel: (reason) => cancelled(reason),
    });
    const upstream = scripted([new Response(body, { headers: eventStream })]);
    const response = await bedrock({ region: 'us-east-1', ...credentials })(upstream)(
      new Request('http://x/v1/chat/completions', {
        method: 'POST',
        body: JSON.stringify({ model, messages: [{ role: 'user', content: 'Hi' }], stream: true }),
      }),
    );
    const reader = response.body!.getReader();
    // The provider waited for the first content: the role chunk and "Hello" come as one piece.
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('"role":"assistant"');
    expect(first).toContain('"content":"Hello"');
    await reader.cancel('caller went away');
    expect(await upstreamCancelled).toBe('caller went away');
  });
});

describe('bedrock ConverseStream over HTTP', () => {
  let server: NativeServer;
  let answer: NativeAnswer;
  beforeAll(async () => {
    server = await startNativeServer(() => answer);
  });
  afterAll(() => server.close());

  const call = () =>
    compose(bedrock({ region: 'us-east-1', ...credentials, baseURL: server.url }))(fetchTransport())(
      new Request('http://switchyard.local/v1/chat/completions', {
        method: 'POST',
        body: JSON.stringify({ model, messages: [{ role: 'user', content: 'Hi' }], stream: true }),
      }),
    );

  it('calls converse-stream, asks for the event stream, and streams frames as they arrive', async () => {
    answer = { headers: eventStream, body: fixtureFrames('stream-text.json') };
    const response = await call();
    const received = server.requests.at(-1)!;
    expect(received.path).toBe('/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse-stream');
    expect(received.headers.accept).toBe('application/vnd.amazon.eventstream');
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(response.headers.get('x-switchyard-provider')).toBe('bedrock');
    const data: string[] = [];
    for await (const event of readSseEvents(response)) data.push(event.data);
    expect(data.at(-1)).toBe('[DONE]');
    expect(data).toHaveLength(6);
  });

  it('ends with an error event when the connection is cut inside a frame', async () => {
    const bytes = fixtureStreamBytes('stream-text.json');
    const [start, hello] = fixtureFrames('stream-text.json');
    answer = {
      headers: eventStream,
      body: [bytes.subarray(0, start!.length + hello!.length + 20)],
      cut: true,
    };
    const data: string[] = [];
    for await (const event of readSseEvents(await call())) data.push(event.data);
    expect(data[1]).toContain('"content":"Hello"');
    expect(data.at(-1)).toContain('"code":"server_error"');
    expect(data).not.toContain('[DONE]');
  });

  it('answers a stream cut before its first content as a 502 server_error', async () => {
    const bytes = fixtureStreamBytes('stream-text.json');
    answer = {
      headers: eventStream,
      body: [bytes.subarray(0, fixtureFrames('stream-text.json')[0]!.length + 10)],
      cut: true,
    };
    const response = await call();
    expect([response.status, response.headers.get('x-switchyard-provider')]).toEqual([502, 'bedrock']);
    expect(await response.json()).toMatchObject({
      error: { code: 'server_error', message: 'Bedrock stream broke off: terminated' },
    });
  });

  it('answers a content-filter stop before any content as a content_filter error', async () => {
    answer = {
      headers: eventStream,
      body: [
        encodeFrame({ event: 'messageStart', payload: { role: 'assistant' } }),
        encodeFrame({ event: 'messageStop', payload: { stopReason: 'content_filtered' } }),
        encodeFrame({
          event: 'metadata',
          payload: { usage: { inputTokens: 5, outputTokens: 0, totalTokens: 5 } },
        }),
      ],
    };
    const response = await call();
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        message: 'Bedrock stopped the answer before any content (stopReason content_filtered)',
        type: 'invalid_request_error',
        code: 'content_filter',
        param: null,
      },
    });
  });

  it.each([
    ['throttlingException', 'Too many tokens, please wait before trying again.', 429, 'rate_limit_exceeded'],
    ['validationException', 'Input is too long for requested model.', 400, 'context_length_exceeded'],
    ['serviceUnavailableException', 'Bedrock is unable to process your request.', 503, 'overloaded'],
  ])('answers a %s before the first content as the error it is', async (exception, message, status, code) => {
    answer = {
      headers: eventStream,
      body: [
        encodeFrame({ event: 'messageStart', payload: { role: 'assistant' } }),
        encodeFrame({ exception, payload: { message } }),
      ],
    };
    const response = await call();
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({
      error: { message: `${exception}: ${message}`, type: 'api_error', code, param: null },
    });
  });
});
