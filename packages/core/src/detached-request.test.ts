import { afterEach, describe, expect, it } from 'vitest';
import { deriveRequest, replayRequest } from './derive-request.js';
import { isDetached, isDetachSafe, markDetachSafe, setFastPath } from './detached-request.js';
import type { Handler } from './handler.js';
import { bufferBody, rememberBody, sendableBody } from './request-body.js';
import { requestSignal, transportSignal } from './transport-signal.js';

/** A new handler each time: a mark is per function. */
const answer = (): Handler => async () => new Response('ok');

function postWithBytes(signal?: AbortSignal): Request {
  const request = new Request('https://api.example.test/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"model":"m"}',
    ...(signal ? { signal } : {}),
  });
  rememberBody(request, '{"model":"m"}');
  return request;
}

afterEach(() => setFastPath(true));

describe('detached requests', () => {
  it('derives a detached request for a detach-safe handler: no body stream, the bytes and signal in its record', async () => {
    const caller = new AbortController();
    const original = postWithBytes(caller.signal);
    const derived = deriveRequest(original, { url: 'https://up.example.test/v1' }, markDetachSafe(answer()));
    expect(isDetached(derived)).toBe(true);
    expect(derived.body).toBeNull();
    expect(derived.url).toBe('https://up.example.test/v1');
    expect(derived.headers.get('content-type')).toBe('application/json');
    expect(sendableBody(derived)).toBe('{"model":"m"}');
    expect(await bufferBody(derived)).toBe('{"model":"m"}');
    expect(transportSignal(derived)).toBe(original.signal);
    expect(requestSignal(derived)).toBe(original.signal);
    caller.abort();
    expect(requestSignal(derived).aborted).toBe(true);
  });

  it('derives a standard request, its body readable, for a handler nobody marked', async () => {
    const derived = deriveRequest(postWithBytes(), {}, answer());
    expect(isDetached(derived)).toBe(false);
    expect(await derived.json()).toEqual({ model: 'm' });
  });

  it('keeps every request derived from a detached one detached (replays, new signals)', () => {
    const detached = deriveRequest(postWithBytes(), {}, markDetachSafe(answer()));
    const replay = replayRequest(detached);
    const bounded = deriveRequest(detached, { signal: AbortSignal.timeout(60_000) });
    expect([isDetached(replay), isDetached(bounded)]).toEqual([true, true]);
    expect(sendableBody(replay)).toBe('{"model":"m"}');
  });

  it('does not detach a request whose body is only in its stream', async () => {
    const streamed = new Request('https://api.example.test/v1/chat/completions', {
      method: 'POST',
      body: '{"model":"m"}',
    });
    const derived = deriveRequest(streamed, {}, markDetachSafe(answer()));
    expect(isDetached(derived)).toBe(false);
    expect(await derived.text()).toBe('{"model":"m"}');
  });

  it('detaches nothing with the fast path off', () => {
    const safe = markDetachSafe(answer());
    setFastPath(false);
    expect(isDetachSafe(safe)).toBe(false);
    expect(isDetached(deriveRequest(postWithBytes(), {}, safe))).toBe(false);
  });
});
