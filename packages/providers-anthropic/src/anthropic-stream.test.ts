import { compose, fetchTransport, readSseEvents } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { fixtureFiles, type NativeAnswer, type NativeServer, startNativeServer } from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropic } from './anthropic.js';
import { type AnthropicStreamContext, translateAnthropicStream } from './anthropic-stream.js';

const { text: fixtureText } = fixtureFiles(new URL('./fixtures/', import.meta.url));

const context: AnthropicStreamContext = {
  jsonToolName: undefined,
  includeUsage: false,
  created: 1_700_000_000,
};
const encoder = new TextEncoder();

/** A stream delivering `bytes` in the given pieces. */
function streamOf(pieces: Uint8Array[]): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      const piece = pieces[index++];
      if (piece === undefined) controller.close();
      else controller.enqueue(piece);
    },
  });
}

async function translate(pieces: Uint8Array[], options: AnthropicStreamContext = context): Promise<string> {
  return new Response(translateAnthropicStream(streamOf(pieces), options)).text();
}

async function events(text: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const event of readSseEvents(new Response(text).body!)) {
    out.push(event.data === '[DONE]' ? '[DONE]' : JSON.parse(event.data));
  }
  return out;
}

const base = { object: 'chat.completion.chunk', created: 1_700_000_000, model: 'claude-sonnet-4-5-20250929' };

describe('translateAnthropicStream', () => {
  it('turns text deltas into content chunks, with finish reason and usage at the end', async () => {
    const text = await translate([encoder.encode(fixtureText('stream-text.sse'))]);
    const chunk = { ...base, id: 'msg_stream_text' };
    expect(await events(text)).toEqual([
      { ...chunk, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] },
      { ...chunk, choices: [{ index: 0, delta: { content: 'Hello' }, finish_reason: null }] },
      { ...chunk, choices: [{ index: 0, delta: { content: ', wörld 👋' }, finish_reason: null }] },
      {
        ...chunk,
        choices: [{ index: 0, delta: {}, finish_reason: 'stop' }],
        usage: {
          prompt_tokens: 35,
          completion_tokens: 15,
          total_tokens: 50,
          prompt_tokens_details: { cached_tokens: 10 },
        },
      },
      '[DONE]',
    ]);
  });

  it('sends usage in a last chunk with empty choices when include_usage was asked', async () => {
    const text = await translate([encoder.encode(fixtureText('stream-text.sse'))], {
      ...context,
      includeUsage: true,
    });
    const all = await events(text);
    expect(all.slice(-3)).toEqual([
      { ...base, id: 'msg_stream_text', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] },
      {
        ...base,
        id: 'msg_stream_text',
        choices: [],
        usage: {
          prompt_tokens: 35,
          completion_tokens: 15,
          total_tokens: 50,
          prompt_tokens_details: { cached_tokens: 10 },
        },
      },
      '[DONE]',
    ]);
  });

  it('turns tool_use blocks into tool_calls deltas: id and name first, then argument fragments', async () => {
    const text = await translate([encoder.encode(fixtureText('stream-tools.sse'))]);
    const chunk = { ...base, id: 'msg_stream_tools' };
    const delta = (value: unknown) => ({
      ...chunk,
      choices: [{ index: 0, delta: value, finish_reason: null }],
    });
    expect(await events(text)).toEqual([
      delta({ role: 'assistant', content: '' }),
      delta({ content: 'Let me check.' }),
      delta({
        tool_calls: [
          {
            index: 0,
            id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6',
            type: 'function',
            function: { name: 'get_weather', arguments: '' },
          },
        ],
      }),
      delta({ tool_calls: [{ index: 0, function: { arguments: '{"city": "Pa' } }] }),
      delta({ tool_calls: [{ index: 0, function: { arguments: 'ris"}' } }] }),
      delta({
        tool_calls: [
          { index: 1, id: 'toolu_02', type: 'function', function: { name: 'get_time', arguments: '' } },
        ],
      }),
      delta({ tool_calls: [{ index: 1, function: { arguments: '{}' } }] }),
      {
        ...chunk,
        choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }],
        usage: {
          prompt_tokens: 472,
          completion_tokens: 89,
          total_tokens: 561,
          prompt_tokens_details: { cached_tokens: 0 },
        },
      },
      '[DONE]',
    ]);
  });

  it('streams the JSON tool input as content when the tool stands for response_format', async () => {
    const text = await translate([encoder.encode(fixtureText('stream-json.sse'))], {
      ...context,
      jsonToolName: 'person',
    });
    const all = (await events(text)) as Array<{
      choices?: Array<{ delta: { content?: string }; finish_reason: string | null }>;
    }>;
    const content = all.map((chunk) => chunk.choices?.[0]?.delta.content ?? '').join('');
    expect(JSON.parse(content)).toEqual({ name: 'Ada', age: 36 });
    expect(all.at(-2)?.choices?.[0]?.finish_reason).toBe('stop');
  });

  for (const name of ['stream-text.sse', 'stream-tools.sse', 'stream-json.sse', 'stream-overloaded.sse']) {
    it(`yields identical chunks whatever the byte boundaries: ${name}`, async () => {
      const bytes = encoder.encode(fixtureText(name));
      const options = { ...context, jsonToolName: 'person' };
      const whole = await translate([bytes], options);
      for (let cut = 1; cut < bytes.length; cut++) {
        const split = await translate([bytes.subarray(0, cut), bytes.subarray(cut)], options);
        if (split !== whole) expect({ cut, split }).toEqual({ cut, split: whole });
      }
      const oneByteEach = Array.from(bytes, (byte) => Uint8Array.of(byte));
      expect(await translate(oneByteEach, options)).toBe(whole);
      // Events spanning several reads, ending at every position in one.
      for (let size = 2; size <= 17; size++) {
        const reads: Uint8Array[] = [];
        for (let at = 0; at < bytes.length; at += size) reads.push(bytes.subarray(at, at + size));
        expect(await translate(reads, options), `reads of ${size} bytes`).toBe(whole);
      }
    });
  }

  it('translates deltas with other key order or escapes like the compact form', async () => {
    const reorder = (line: string) => {
      if (!line.startsWith('data: ')) return line;
      const data = JSON.parse(line.slice(6)) as Record<string, unknown>;
      const reversed = Object.fromEntries(
        Object.entries(data)
          .reverse()
          .map(([key, value]) => [
            key,
            typeof value === 'object' && value !== null
              ? Object.fromEntries(Object.entries(value).reverse())
              : value,
          ]),
      );
      return `data: ${JSON.stringify(reversed)}`;
    };
    for (const name of ['stream-text.sse', 'stream-tools.sse']) {
      const compact = fixtureText(name);
      const reordered = compact.split('\n').map(reorder).join('\n');
      expect(reordered).not.toBe(compact);
      expect(await translate([encoder.encode(reordered)])).toBe(await translate([encoder.encode(compact)]));
    }
    const escaped =
      'event: message_start\ndata: {"type":"message_start","message":{"id":"m","model":"c","usage":{}}}\n\n' +
      'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a\\"b\\\\c\\u00e9\\n"}}\n\n';
    const all = (await events(await translate([encoder.encode(escaped)]))) as Array<{
      choices?: Array<{ delta: { content?: string } }>;
    }>;
    expect(all[1]?.choices?.[0]?.delta.content).toBe('a"b\\cé\n');
  });

  it.each([
    ['an unescaped quote', '"a"b"'],
    ['an escape swallowing the closing quote', '"a\\"'],
    ['a bad escape', '"a\\x"'],
    ['a short unicode escape', '"a\\u12"'],
    ['a raw control character', '"a\tb"'],
  ])('refuses a delta whose text string has %s', async (_label, literal) => {
    const start =
      'event: message_start\ndata: {"type":"message_start","message":{"id":"m","model":"c","usage":{}}}\n\n';
    const broken = `${start}event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":${literal}}}\n\n`;
    const all = await events(await translate([encoder.encode(broken)]));
    expect(all.at(-1)).toMatchObject({ error: { code: 'server_error' } });
  });

  it('reads a delta ending in an escaped backslash', async () => {
    const start =
      'event: message_start\ndata: {"type":"message_start","message":{"id":"m","model":"c","usage":{}}}\n\n';
    const text = `${start}event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a\\\\"}}\n\n`;
    const all = (await events(await translate([encoder.encode(text)]))) as Array<{
      choices?: Array<{ delta: { content?: string } }>;
    }>;
    expect(all[1]?.choices?.[0]?.delta.content).toBe('a\\');
  });

  it('translates a stream with CRLF line endings exactly like the LF one', async () => {
    for (const name of ['stream-text.sse', 'stream-tools.sse']) {
      const lf = fixtureText(name);
      const crlf = encoder.encode(lf.replace(/\n/g, '\r\n'));
      const expected = await translate([encoder.encode(lf)]);
      expect(await translate([crlf])).toBe(expected);
      // CRLF showing up only after some LF-looking bytes were handled, at every split.
      for (let cut = 1; cut < crlf.length; cut += 13) {
        expect(await translate([crlf.subarray(0, cut), crlf.subarray(cut)])).toBe(expected);
      }
    }
  });

  it('turns an Anthropic error event into one OpenAI error event and ends without [DONE]', async () => {
    const all = await events(await translate([encoder.encode(fixtureText('stream-overloaded.sse'))]));
    expect(all.at(-1)).toEqual({
      error: { message: 'Overloaded', type: 'overloaded_error', code: 'overloaded', param: null },
    });
    expect(all).not.toContain('[DONE]');
  });

  it('ends a stream cut before message_stop with an error event, at every cut point', async () => {
    const bytes = encoder.encode(fixtureText('stream-tools.sse'));
    const complete = fixtureText('stream-tools.sse').lastIndexOf('event: message_stop');
    for (let cut = 0; cut < complete; cut += 7) {
      const all = await events(await translate([bytes.subarray(0, cut)]));
      expect(all.at(-1)).toEqual({
        error: {
          message: 'anthropic stream ended before message_stop',
          type: 'api_error',
          code: 'server_error',
          param: null,
        },
      });
    }
  });

  it('ends with an error event when the upstream body fails', async () => {
    let sent = false;
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.error(new Error('socket hang up'));
        else {
          sent = true;
          controller.enqueue(encoder.encode(fixtureText('stream-text.sse').slice(0, 400)));
        }
      },
    });
    const all = await events(await new Response(translateAnthropicStream(failing, context)).text());
    expect(all.at(-1)).toMatchObject({
      error: { code: 'server_error', message: 'anthropic stream failed: socket hang up' },
    });
  });

  it('cancels the upstream body when the caller cancels', async () => {
    let cancelled: unknown;
    const upstream = new ReadableStream<Uint8Array>({
      start(controller) {
        const firstEvent = fixtureText('stream-text.sse').split('\n\n')[0]!;
        controller.enqueue(encoder.encode(`${firstEvent}\n\n`));
      },
      cancel(reason) {
        cancelled = reason;
      },
    });
    const reader = translateAnthropicStream(upstream, context).getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel('caller left');
    expect(cancelled).toBe('caller left');
  });

  it('ends with an error event on an event that is not JSON', async () => {
    const all = await events(await translate([encoder.encode('event: message_start\ndata: {oops\n\n')]));
    expect(all).toEqual([
      {
        error: {
          message: 'anthropic sent a stream event that is not JSON: {oops',
          type: 'api_error',
          code: 'server_error',
          param: null,
        },
      },
    ]);
  });
});

describe('anthropic streaming over HTTP', () => {
  let server: NativeServer;
  let answer: NativeAnswer;

  beforeAll(async () => {
    server = await startNativeServer(() => answer);
  });
  afterAll(() => server.close());

  function streamRequest(): Request {
    return new Request('http://switchyard.local/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'claude-sonnet-4-5-20250929',
        messages: [{ role: 'user', content: 'Hi' }],
        stream: true,
      }),
    });
  }

  it('asks for a stream and answers text/event-stream chunks', async () => {
    const sse = fixtureText('stream-text.sse');
    answer = { headers: { 'content-type': 'text/event-stream' }, body: sse.split(/(?<=\n\n)/) };
    const pipeline = compose(anthropic({ apiKey: 'sk-ant-test-secret-key', baseURL: server.url }))(
      fetchTransport(),
    );
    const response = await pipeline(streamRequest());
    const sent = server.requests.at(-1)!;
    expect(JSON.parse(sent.body)).toMatchObject({ stream: true, max_tokens: 4096 });
    expect(sent.headers.accept).toBe('text/event-stream');
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get(responseHeaders.provider)).toBe('anthropic');
    const all = (await events(await response.text())) as Array<{
      choices?: Array<{ delta: { content?: string } }>;
    }>;
    expect(all.map((chunk) => chunk.choices?.[0]?.delta.content ?? '').join('')).toBe('Hello, wörld 👋');
    expect(all.at(-1)).toBe('[DONE]');
  });

  it('ends with an error event, not a hang, when the server drops the connection mid-stream', async () => {
    const sse = fixtureText('stream-text.sse');
    const afterHello = sse.indexOf('"Hello"}}') + 12;
    answer = {
      headers: { 'content-type': 'text/event-stream' },
      body: [sse.slice(0, afterHello)],
      cut: true,
    };
    const pipeline = compose(anthropic({ apiKey: 'sk-ant-test-secret-key', baseURL: server.url }))(
      fetchTransport(),
    );
    const response = await pipeline(streamRequest());
    const all = await events(await response.text());
    expect(all.at(-2)).toMatchObject({ choices: [{ delta: { content: 'Hello' } }] });
    expect(all.at(-1)).toMatchObject({ error: { type: 'api_error', code: 'server_error' } });
  });

  it('answers a refusal before any content as a content_filter error, and keeps one after content', async () => {
    const start = fixtureText('stream-text.sse').split('\n\n')[0]!;
    const event = (data: object) =>
      `event: ${(data as { type: string }).type}\ndata: ${JSON.stringify(data)}\n\n`;
    const refusal = event({
      type: 'message_delta',
      delta: { stop_reason: 'refusal' },
      usage: { output_tokens: 0 },
    });
    const stop = event({ type: 'message_stop' });
    const pipeline = compose(anthropic({ apiKey: 'sk-ant-test-secret-key', baseURL: server.url }))(
      fetchTransport(),
    );
    answer = { headers: { 'content-type': 'text/event-stream' }, body: [`${start}\n\n`, refusal, stop] };
    const refused = await pipeline(streamRequest());
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({
      error: {
        message: 'Claude refused to answer (stop_reason refusal) before any content',
        type: 'invalid_request_error',
        code: 'content_filter',
        param: null,
      },
    });
    const text = event({
      type: 'content_block_delta',
      index: 0,
      delta: { type: 'text_delta', text: 'Well' },
    });
    answer = {
      headers: { 'content-type': 'text/event-stream' },
      body: [`${start}\n\n`, text, refusal, stop],
    };
    const partial = await pipeline(streamRequest());
    expect(partial.status).toBe(200);
    const all = (await events(await partial.text())) as Array<{
      choices?: Array<{ finish_reason: string | null }>;
    }>;
    expect(all.at(-2)?.choices?.[0]?.finish_reason).toBe('content_filter');
  });

  it('answers a stream that fails before its first content as the error it is', async () => {
    const start = fixtureText('stream-text.sse').split('\n\n')[0]!;
    const overloaded =
      'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}';
    const pipeline = compose(anthropic({ apiKey: 'sk-ant-test-secret-key', baseURL: server.url }))(
      fetchTransport(),
    );
    answer = { headers: { 'content-type': 'text/event-stream' }, body: [`${start}\n\n${overloaded}\n\n`] };
    const failed = await pipeline(streamRequest());
    expect([failed.status, failed.headers.get('content-type')]).toEqual([503, 'application/json']);
    expect(failed.headers.get(responseHeaders.provider)).toBe('anthropic');
    expect(await failed.json()).toEqual({
      error: { message: 'Overloaded', type: 'overloaded_error', code: 'overloaded', param: null },
    });
    answer = { headers: { 'content-type': 'text/event-stream' }, body: [`${start}\n\n`] };
    const cut = await pipeline(streamRequest());
    expect(cut.status).toBe(502);
    expect(await cut.json()).toMatchObject({
      error: { message: 'anthropic stream ended before message_stop', code: 'server_error' },
    });
  });
});
