import { describe, expect, it } from 'vitest';
import { upstreamHeaders } from './upstream-headers.js';

describe('upstreamHeaders', () => {
  it('keeps request ids, retry-after and rate limits, drops body headers, adds the provider', () => {
    const response = new Response('{}', {
      headers: {
        'content-type': 'application/json',
        'content-length': '2',
        'content-encoding': 'gzip',
        'transfer-encoding': 'chunked',
        connection: 'keep-alive',
        'keep-alive': 'timeout=5',
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
