import {
  AllBranchesFailedError,
  compose,
  type Handler,
  type Middleware,
  overrideParams,
  TransportError,
} from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { chatCompletion, jsonResponse, openaiErrorResponse, scripted } from '@switchyard/testing';
import { describe, expect, it, vi } from 'vitest';
import { fallback } from './fallback.js';

const url = 'http://upstream.test/v1/chat/completions';
const post = (init: RequestInit = {}) =>
  new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"model":"m"}',
    ...init,
  });
/** A branch that ignores the shared `next` and answers from its own upstream. */
const to =
  (upstream: Handler): Middleware =>
  () =>
    upstream;
const servedBy = (response: Response) => response.headers.get(responseHeaders.lastUsedOptionIndex);

function tracked(status: number): { response: Response; cancelled: () => boolean } {
  let cancelled = false;
  const body = new ReadableStream({
    cancel() {
      cancelled = true;
    },
  });
  return { response: new Response(body, { status }), cancelled: () => cancelled };
}

function sse(chunks: string[], failAtEnd: boolean): Response {
  const encoder = new TextEncoder();
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(encoder.encode(chunks[index++]!));
      else if (failAtEnd) controller.error(new Error('connection reset'));
      else controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

describe('fallback', () => {
  it('moves on after a non-2xx answer and names the branch that served', async () => {
    const a = scripted([openaiErrorResponse(500)]);
    const b = scripted([jsonResponse(chatCompletion({ content: 'from b' }))]);
    const response = await fallback([to(a), to(b)])(scripted([]))(post());
    expect(response.status).toBe(200);
    expect(
      ((await response.json()) as { choices: [{ message: { content: string } }] }).choices[0].message.content,
    ).toBe('from b');
    expect(servedBy(response)).toBe('config.targets[1]');
  });

  it('stops at the first good branch', async () => {
    const a = scripted([jsonResponse({ ok: 'a' })]);
    const b = scripted([jsonResponse({ ok: 'b' })]);
    const response = await fallback([to(a), to(b)])(scripted([]))(post());
    expect(servedBy(response)).toBe('config.targets[0]');
    expect(b.calls).toBe(0);
  });

  it('with onStatusCodes, moves on only for those statuses', async () => {
    const a = scripted([openaiErrorResponse(400), openaiErrorResponse(429)]);
    const b = scripted([jsonResponse({ ok: 'b' })]);
    const router = fallback([to(a), to(b)], { onStatusCodes: [429] })(scripted([]));
    expect((await router(post())).status).toBe(400);
    expect(b.calls).toBe(0);
    expect((await router(post())).status).toBe(200);
  });

  it('moves on after a thrown error', async () => {
    const a = scripted([new TransportError(url, new Error('ECONNREFUSED'))]);
    const b = scripted([jsonResponse({})]);
    const response = await fallback([to(a), to(b)])(scripted([]))(post());
    expect(servedBy(response)).toBe('config.targets[1]');
  });

  it('when every branch fails, answers with the last branch outcome', async () => {
    const a = scripted([openaiErrorResponse(500)]);
    const b = scripted([openaiErrorResponse(429)]);
    const response = await fallback([to(a), to(b)])(scripted([]))(post());
    expect(response.status).toBe(429);
    expect(servedBy(response)).toBe('config.targets[1]');

    const c = scripted([openaiErrorResponse(503)]);
    const d = scripted([new TransportError(url, new Error('reset'))]);
    // A later branch's error is not hidden behind an earlier branch's failed response.
    const mixed = await fallback([to(c), to(d)])(scripted([]))(post()).catch((e: unknown) => e);
    expect(mixed).toBeInstanceOf(AllBranchesFailedError);
    expect(String(mixed)).toMatch(/reset/);

    const e = scripted([new TransportError(url, new Error('refused'))]);
    const f = scripted([openaiErrorResponse(503)]);
    const last = await fallback([to(e), to(f)])(scripted([]))(post());
    expect(last.status).toBe(503);
    expect(servedBy(last)).toBe('config.targets[1]');
  });

  it('rejects with AllBranchesFailedError when no branch produced a response', async () => {
    const a = scripted([new TransportError(url, new Error('refused'))]);
    const b = scripted([new TransportError(url, new Error('reset'))]);
    const error = await fallback([to(a), to(b)])(scripted([]))(post()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AllBranchesFailedError);
    expect((error as AllBranchesFailedError).errors).toHaveLength(2);
    expect((error as Error).message).toContain('reset');
  });

  it('cancels the bodies of the responses it discards', async () => {
    const first = tracked(500);
    const second = tracked(502);
    const router = fallback([
      to(scripted([first.response])),
      to(scripted([second.response])),
      to(scripted([jsonResponse({})])),
    ]);
    await router(scripted([]))(post());
    expect(first.cancelled()).toBe(true);
    expect(second.cancelled()).toBe(true);
  });

  it('hands every branch a request of its own, its body unread, also when it was given as a stream', async () => {
    // Each branch reads its request to the end, as a user's handler or `fetch(request)` does.
    const read: unknown[] = [];
    const consume = (answer: Response) => async (request: Request) => {
      read.push(await request.json());
      return answer;
    };
    const shared = scripted([consume(openaiErrorResponse(500)), consume(jsonResponse({}))]);
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"model":"streamed"}'));
        controller.close();
      },
    });
    const response = await fallback([(next) => next, (next) => next])(shared)(
      post({ body, duplex: 'half' } as RequestInit),
    );
    expect(response.status).toBe(200);
    expect(shared.requests.map((r) => r.body)).toEqual(['{"model":"streamed"}', '{"model":"streamed"}']);
    expect(read).toEqual([{ model: 'streamed' }, { model: 'streamed' }]);
  });

  it('gives each branch its own middlewares ending at the shared next', async () => {
    const shared = scripted([openaiErrorResponse(500), jsonResponse({})]);
    const router = fallback([
      overrideParams({ model: 'gpt-4o' }),
      overrideParams({ model: 'claude-3-5-sonnet' }),
    ]);
    await router(shared)(post());
    expect(shared.requests.map((r) => JSON.parse(r.body).model)).toEqual(['gpt-4o', 'claude-3-5-sonnet']);
  });

  it('composes the served path through nested routers', async () => {
    const failing = (status: number) => to(scripted([], { otherwise: () => openaiErrorResponse(status) }));
    const good = to(scripted([], { otherwise: () => jsonResponse({}) }));
    const outer = fallback([failing(500), fallback([failing(503), good])]);
    const response = await outer(scripted([]))(post());
    expect(servedBy(response)).toBe('config.targets[1].targets[1]');
    const deeper = fallback([failing(502), fallback([compose(outer)])]);
    expect(servedBy(await deeper(scripted([]))(post()))).toBe(
      'config.targets[1].targets[0].targets[1].targets[1]',
    );
  });

  it('stops at once when the caller aborts, without trying further branches', async () => {
    const a = scripted([scripted.hang()]);
    const b = scripted([jsonResponse({})]);
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    const pending = fallback([to(a), to(b)])(scripted([]))(post({ signal: controller.signal }));
    await vi.waitFor(() => expect(a.calls).toBe(1));
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(b.calls).toBe(0);
  });

  it('falls back when a stream fails before its first byte, not after', async () => {
    const early = fallback([to(scripted([sse([], true)])), to(scripted([sse(['data: b\n\n'], false)]))]);
    const response = await early(scripted([]))(post());
    expect(await response.text()).toBe('data: b\n\n');
    expect(servedBy(response)).toBe('config.targets[1]');

    const b = scripted([sse(['data: b\n\n'], false)]);
    const late = fallback([to(scripted([sse(['data: a\n\n'], true)])), to(b)]);
    const cut = await late(scripted([]))(post());
    await expect(cut.text()).rejects.toThrow('connection reset');
    expect(b.calls).toBe(0);
  });

  it('reports its circuit open when every branch reports open', () => {
    const probe = Symbol.for('switchyard.circuit-open');
    const open = [false, false];
    const guarded =
      (index: number): Middleware =>
      () =>
        Object.assign(scripted([]), { [probe]: () => open[index]! });
    const router = fallback([guarded(0), guarded(1)])(scripted([])) as unknown as Record<
      symbol,
      () => boolean
    >;
    open[0] = true;
    expect(router[probe]!()).toBe(false);
    open[1] = true;
    expect(router[probe]!()).toBe(true);
    expect(probe in fallback([guarded(0), (next) => next])(scripted([]))).toBe(false);
  });

  it('rejects invalid branches and options with a precise TypeError', () => {
    expect(() => fallback([])).toThrow('fallback: branches must be a non-empty array of middlewares');
    expect(() => fallback([(next) => next, {} as Middleware])).toThrow(
      'fallback: branches[1] must be a middleware function; got object',
    );
    expect(() => fallback([(next) => next], { onStatusCodes: [1000] })).toThrow(
      'fallback: onStatusCodes[0] must be an HTTP status code; got 1000',
    );
  });
});
