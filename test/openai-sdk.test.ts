import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  compose,
  fetchTransport,
  type Middleware,
  overrideParams,
  toFetch,
  withRequestOptions,
} from '@switchyard/core';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** What the local provider saw for each request. */
interface Seen {
  url: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

const seen: Seen[] = [];
let server: Server;
let baseURL: string;

const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
  `data: ${JSON.stringify({
    id: 'chatcmpl-s',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, delta, finish_reason: finish }],
  })}\n\n`;

/** A small OpenAI-speaking server: the model name chooses the behaviour. */
function answer(
  body: Record<string, unknown>,
  respond: (status: number, type: string, text: string) => void,
) {
  if (body.model === 'rate-limited') {
    respond(
      429,
      'application/json',
      JSON.stringify({
        error: { message: 'Slow down', type: 'rate_limit_error', code: 'rate_limit_exceeded', param: null },
      }),
    );
    return;
  }
  if (body.model === 'broken') {
    respond(
      500,
      'application/json',
      JSON.stringify({ error: { message: 'Upstream broke', type: 'api_error', code: null, param: null } }),
    );
    return;
  }
  if (body.stream === true) {
    respond(
      200,
      'text/event-stream',
      chunk({ role: 'assistant', content: '' }) +
        chunk({ content: 'Hello' }) +
        chunk({ content: ' world' }) +
        chunk({}, 'stop') +
        'data: [DONE]\n\n',
    );
    return;
  }
  respond(
    200,
    'application/json',
    JSON.stringify({
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1,
      model: body.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Hi there', refusal: null },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
    }),
  );
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (part: Buffer) => chunks.push(part));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      seen.push({ url: request.url ?? '', headers: request.headers, body });
      answer(body, (status, type, text) => {
        response.writeHead(status, { 'content-type': type });
        response.end(text);
      });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Tags every request with a trace id and marks every response, proving the pipeline ran. */
const traced: Middleware = (next) => async (request) => {
  const response = await next(withRequestOptions(request, { traceId: 'trace-sdk' }));
  const headers = new Headers(response.headers);
  headers.set('x-pipeline', 'switchyard');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
};

function client(): OpenAI {
  const pipeline = compose(traced, overrideParams({ temperature: 0 }))(fetchTransport());
  return new OpenAI({ apiKey: 'test', baseURL, maxRetries: 0, fetch: toFetch(pipeline) });
}

describe('the official openai SDK through toFetch(pipeline)', () => {
  it('creates a chat completion', async () => {
    const { data, response } = await client()
      .chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] })
      .withResponse();
    expect(data.choices[0]!.message.content).toBe('Hi there');
    expect(data.usage?.total_tokens).toBe(5);
    expect(response.headers.get('x-pipeline')).toBe('switchyard');
    const request = seen.at(-1)!;
    expect(request.url).toBe('/v1/chat/completions');
    expect(request.headers.authorization).toBe('Bearer test');
    expect(request.body).toMatchObject({ model: 'gpt-4o-mini', temperature: 0 });
    expect(Object.keys(request.headers).filter((name) => name.startsWith('x-switchyard-'))).toEqual([]);
  });

  it('streams: the SDK async iterator yields every chunk', async () => {
    const stream = await client().chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
    });
    const contents: string[] = [];
    let finish: string | null = null;
    for await (const part of stream) {
      contents.push(part.choices[0]?.delta.content ?? '');
      finish = part.choices[0]?.finish_reason ?? finish;
    }
    expect(contents.join('')).toBe('Hello world');
    expect(contents).toHaveLength(4);
    expect(finish).toBe('stop');
    expect(seen.at(-1)!.body).toMatchObject({ stream: true, temperature: 0 });
  });

  it('surfaces a 429 as OpenAI.RateLimitError with the provider error body', async () => {
    const error = await client()
      .chat.completions.create({ model: 'rate-limited', messages: [{ role: 'user', content: 'Hi' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    const rateLimit = error as InstanceType<typeof OpenAI.RateLimitError>;
    expect(rateLimit.status).toBe(429);
    expect(rateLimit.message).toContain('Slow down');
    expect(rateLimit.code).toBe('rate_limit_exceeded');
    expect(rateLimit.type).toBe('rate_limit_error');
  });

  it('surfaces a 500 as OpenAI.InternalServerError', async () => {
    const error = await client()
      .chat.completions.create({ model: 'broken', messages: [{ role: 'user', content: 'Hi' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    expect((error as InstanceType<typeof OpenAI.InternalServerError>).status).toBe(500);
  });
});
