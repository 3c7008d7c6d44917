import { describe, expect, it } from 'vitest';
import { passThroughResponse, upstreamHeaders } from './upstream-headers.js';

describe('upstreamHeaders', () => {
  it('keeps request ids, retry-after and rate limits, drops body headers, adds the provider', () => {
    const response = new Response('{}', {
      headers: {
        'content-type': 'application/json',
        'content-length': '2',
        'content-encoding': 'gzip',
        'transfer-encoding': 'chunked',
        connection: 'keep-alive, x-hop',
        'keep-alive': 'timeout=5',
        'x-hop': 'for the upstream connection',
        'proxy-authenticate': 'Basic',
        'retry-after': '3',
        'request-id': 'req_1',
        'x-ratelimit-remaining-requests': '9',
        'x-switchyard-provider': 'spoofed',
      },
    });
    const headers = upstreamHeaders(response, 'anthropic');
    expect(Object.fromEntries(headers)).toEqual({
      'retry-after': '3',
      'request-id': 'req_1',
      'x-ratelimit-remaining-requests': '9',
      'x-switchyard-provider': 'anthropic',
    });
  });

  it('is only the provider header for a locally made answer', () => {
    expect(Object.fromEntries(upstreamHeaders(new Response(null), 'groq'))).toEqual({
      'x-switchyard-provider': 'groq',
    });
  });
});

describe('passThroughResponse', () => {
  const upstream = () =>
    new Response('{"ok":true}', {
      status: 201,
      statusText: 'Made',
      headers: {
        'content-type': 'application/json',
        'content-length': '11',
        'content-encoding': 'identity',
        connection: 'x-hop',
        'x-hop': 'for the upstream connection',
        'request-id': 'req_1',
        'x-switchyard-provider': 'spoofed',
      },
    });
  const expected = {
    'content-type': 'application/json',
    'request-id': 'req_1',
    'x-switchyard-provider': 'openai',
  };

  it('changes a mutable response in place: same object, same body', async () => {
    const response = upstream();
    const answer = passThroughResponse(response, 'openai');
    expect(answer).toBe(response);
    expect(Object.fromEntries(answer.headers)).toEqual(expected);
    expect(await answer.json()).toEqual({ ok: true });
  });

  it('re-wraps a response whose headers are immutable, keeping status and body', async () => {
    const original = upstream();
    Object.defineProperty(original, 'type', { value: 'basic' });
    const answer = passThroughResponse(original, 'openai');
    expect(answer).not.toBe(original);
    expect(answer.status).toBe(201);
    expect(answer.statusText).toBe('Made');
    expect(Object.fromEntries(answer.headers)).toEqual(expected);
    expect(await answer.json()).toEqual({ ok: true });
  });
});
