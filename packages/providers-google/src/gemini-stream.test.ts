import { compose, fetchTransport, readSseEvents } from '@switchyard/core';
import {
  fixtureFiles,
  type NativeAnswer,
  type NativeServer,
  scripted,
  startNativeServer,
} from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gemini } from './gemini.js';

const { text: fixtureText } = fixtureFiles(new URL('./fixtures/', import.meta.url));

const apiKey = 'AIza-test-secret-gemini-key';
const encoder = new TextEncoder();
const chat = { model: 'gemini-2.5-flash', messages: [{ role: 'user', content: 'Hi' }], stream: true };

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
  const upstream = scripted([new Response(body, { headers: { 'content-type': 'text/event-stream' } })]);
  const response = await gemini({ apiKey })(upstream)(
    new Request('http://x/v1/chat/completions', {
      method: 'POST',
      body: JSON.stringify({ ...chat, stream_options: { include_usage: true }, ...options.body }),
    }),
  );
  // A stream that fails before its first content is answered as an error: its body is the event.
  if (!response.ok) return [await response.text()];
  const events: string[] = [];
  for await (const event of readSseEvents(response))
    events.push(event.data.replace(/"created":\d+/, '"created":0'));
  return events;
}

function chunk(choices: unknown[], id = 'chatcmpl-resp-stream-1'): string {
  return JSON.stringify({
    id,
    object: 'chat.completion.chunk',
    created: 0,
    model: 'gemini-2.5-flash',
    choices,
  });
}

const textBytes = encoder.encode(fixtureText('stream-text.sse'));
const expectedText = [
  chunk([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }]),
  chunk([{ index: 0, delta: { content: 'Hello' }, finish_reason: null }]),
  chunk([{ index: 0, delta: { content: ', wörld 👋' }, finish_reason: null }]),
  chunk([{ index: 0, delta: { content: '!' }, finish_reason: null }]),
  chunk([{ index: 0, delta: {}, finish_reason: 'stop' }]),
  JSON.stringify({
    id: 'chatcmpl-resp-stream-1',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'gemini-2.5-flash',
    choices: [],
    usage: { prompt_tokens: 5, completion_tokens: 4, total_tokens: 9 },
  }),
  '[DONE]',
];

describe('gemini stream translation', () => {
  it('turns streamGenerateContent events into OpenAI chunks, usage last, then [DONE]', async () => {
    expect(await translate([textBytes])).toEqual(expectedText);
  });

  it('leaves the usage chunk out unless stream_options.include_usage is set', async () => {
    const events = await translate([textBytes], { body: { stream_options: undefined } });
    expect(events).toEqual([...expectedText.slice(0, 5), '[DONE]']);
  });

  it('gives identical chunks wherever the native stream is split', { timeout: 120_000 }, async () => {
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
        if (events.at(-1) === '[DONE]') {
          expect(events).toEqual(expectedText);
          continue;
        }
        const last = JSON.parse(events.at(-1)!) as { error: { type: string; code: string; message: string } };
        expect(last.error).toMatchObject({ type: 'api_error', code: 'server_error' });
        expect(events.slice(0, -1)).toEqual(expectedText.slice(0, events.length - 1));
      }
    }
  });

  it('streams function calls as complete tool_call deltas and finishes with tool_calls', async () => {
    const events = await translate([encoder.encode(fixtureText('stream-tools.sse'))]);
    const id = 'chatcmpl-resp-stream-2';
    expect(events).toEqual([
      chunk([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }], id),
      chunk([{ index: 0, delta: { content: 'Let me check.' }, finish_reason: null }], id),
      chunk(
        [
          {
            index: 0,
            delta: {
              tool_calls: [
                {
                  index: 0,
                  id: 'call_resp-stream-2_0_0',
                  type: 'function',
                  function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
                },
                {
                  index: 1,
                  id: 'call_resp-stream-2_0_1',
                  type: 'function',
                  function: { name: 'get_time', arguments: '{}' },
                },
              ],
            },
            finish_reason: null,
          },
        ],
        id,
      ),
      chunk([{ index: 0, delta: {}, finish_reason: 'tool_calls' }], id),
      JSON.stringify({
        id,
        object: 'chat.completion.chunk',
        created: 0,
        model: 'gemini-2.5-flash',
        choices: [],
        usage: { prompt_tokens: 20, completion_tokens: 12, total_tokens: 32 },
      }),
      '[DONE]',
    ]);
  });

  it('turns an error event inside the stream into an OpenAI error event', async () => {
    const events = await translate([encoder.encode(fixtureText('stream-error.sse'))]);
    expect(events.slice(1, 2)).toEqual([
      chunk([{ index: 0, delta: { content: 'Partial' }, finish_reason: null }], 'chatcmpl-resp-stream-3'),
    ]);
    expect(JSON.parse(events.at(-1)!)).toEqual({
      error: {
        message: 'UNAVAILABLE: The model is overloaded. Please try again later.',
        type: 'api_error',
        code: 'overloaded',
        param: null,
      },
    });
  });
});

describe('gemini streams that fail before their first content', () => {
  const call = (sse: string) =>
    gemini({ apiKey })(scripted([new Response(sse, { headers: { 'content-type': 'text/event-stream' } })]))(
      new Request('http://x/v1/chat/completions', { method: 'POST', body: JSON.stringify(chat) }),
    );

  it('answers a first error event as the error it is', async () => {
    const response = await call(
      'data: {"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}}\n\n',
    );
    expect([response.status, response.headers.get('x-switchyard-provider')]).toEqual([503, 'gemini']);
    expect(await response.json()).toEqual({
      error: {
        message: 'UNAVAILABLE: The model is overloaded. Please try again later.',
        type: 'api_error',
        code: 'overloaded',
        param: null,
      },
    });
  });

  it('answers a SAFETY finish before any content, or a blocked prompt, as a content_filter error', async () => {
    const safety = await call(
      'data: {"candidates":[{"finishReason":"SAFETY","index":0,"safetyRatings":[{"category":"HARM_CATEGORY_HARASSMENT","probability":"HIGH","blocked":true}]}],"responseId":"r"}\n\n',
    );
    expect(safety.status).toBe(400);
    expect(await safety.json()).toMatchObject({
      error: { code: 'content_filter', message: 'Gemini withheld the answer (finish reason SAFETY)' },
    });
    const blocked = await call(
      'data: {"promptFeedback":{"blockReason":"PROHIBITED_CONTENT"},"responseId":"r"}\n\n',
    );
    expect(blocked.status).toBe(400);
    expect(await blocked.json()).toMatchObject({
      error: { code: 'content_filter', message: 'Gemini blocked the prompt (PROHIBITED_CONTENT)' },
    });
  });

  it('keeps a SAFETY finish after content as finish_reason content_filter', async () => {
    const response = await call(
      'data: {"candidates":[{"content":{"parts":[{"text":"Once"}],"role":"model"},"index":0}],"responseId":"r"}\n\n' +
        'data: {"candidates":[{"finishReason":"SAFETY","index":0}],"responseId":"r"}\n\n',
    );
    expect(response.status).toBe(200);
    const finishes: unknown[] = [];
    for await (const event of readSseEvents(response)) {
      if (event.data !== '[DONE]') finishes.push(JSON.parse(event.data).choices[0]?.finish_reason);
    }
    expect(finishes).toEqual([null, null, 'content_filter']);
  });
});

describe('gemini stream cancellation', () => {
  it('cancels the native body when the caller cancels the translated stream', async () => {
    let cancelled = (): void => undefined;
    const upstreamCancelled = new Promise<void>((resolve) => {
      cancelled = resolve;
    });
    const first = fixtureText('stream-text.sse').split(/(?<=\r\n\r\n)/)[0]!;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(first));
      },
      cancel: () => cancelled(),
    });
    const upstream = scripted([new Response(body, { headers: { 'content-type': 'text/event-stream' } })]);
    const response = await gemini({ apiKey })(upstream)(
      new Request('http://x/v1/chat/completions', { method: 'POST', body: JSON.stringify(chat) }),
    );
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('"role":"assistant"');
    await reader.cancel();
    await upstreamCancelled;
  });
});

describe('gemini streaming over HTTP', () => {
  let server: NativeServer;
  let answer: NativeAnswer;
  beforeAll(async () => {
    server = await startNativeServer(() => answer);
  });
  afterAll(() => server.close());

  const call = () =>
    compose(gemini({ apiKey, baseURL: server.url }))(fetchTransport())(
      new Request('http://switchyard.local/v1/chat/completions', {
        method: 'POST',
        body: JSON.stringify(chat),
      }),
    );

  it('calls streamGenerateContent?alt=sse and streams the answer as it arrives', async () => {
    answer = {
      headers: { 'content-type': 'text/event-stream' },
      body: fixtureText('stream-text.sse').split(/(?<=\r\n\r\n)/),
    };
    const response = await call();
    expect(server.requests.at(-1)!.path).toBe(
      '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse',
    );
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    expect(response.headers.get('x-switchyard-provider')).toBe('gemini');
    const data: string[] = [];
    for await (const event of readSseEvents(response)) data.push(event.data);
    expect(data.at(-1)).toBe('[DONE]');
    expect(data).toHaveLength(6);
  });

  it('ends with an error event when the connection is cut mid-stream', async () => {
    const text = fixtureText('stream-text.sse');
    answer = { headers: { 'content-type': 'text/event-stream' }, body: [text.slice(0, 300)], cut: true };
    const data: string[] = [];
    for await (const event of readSseEvents(await call())) data.push(event.data);
    expect(data.at(-1)).toContain('"code":"server_error"');
    expect(data).not.toContain('[DONE]');
    expect(data.join('\n')).not.toContain(apiKey);
  });
});
