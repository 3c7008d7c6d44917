import { describe, expect, it } from 'vitest';
import { canonicalRequest, hashCacheKey } from './cache-key.js';

describe('canonicalRequest', () => {
  it('includes path and query and leaves out only delivery fields', () => {
    const request = new Request('https://api.example/v1/chat/completions?api-version=2024', {
      method: 'POST',
    });
    const text = canonicalRequest(request, {
      model: 'm',
      stream: true,
      stream_options: { include_usage: true },
      seed: 1,
    });
    expect(text).toBe('POST /v1/chat/completions?api-version=2024\n{"model":"m","seed":1}');
  });

  it('sorts keys at every depth and skips undefined fields, as canonicalJson does', () => {
    const request = new Request('https://api.example/v1/chat/completions', { method: 'POST' });
    const text = canonicalRequest(request, {
      temperature: undefined,
      messages: [{ role: 'user', content: 'hi' }],
      model: 'm',
    });
    expect(text).toBe('POST /v1/chat/completions\n{"messages":[{"content":"hi","role":"user"}],"model":"m"}');
    expect(canonicalRequest(request, { stream: true })).toBe('POST /v1/chat/completions\n{}');
  });
});

describe('hashCacheKey', () => {
  const parts = {
    tenant: undefined,
    namespace: undefined,
    partition: undefined,
    requestNamespace: undefined,
    request: 'r',
  };

  it('gives the same key for the same parts, and a different one when any part differs', () => {
    const keys = [
      hashCacheKey(parts),
      hashCacheKey({ ...parts, namespace: '' }),
      hashCacheKey({ ...parts, partition: '' }),
      hashCacheKey({ ...parts, requestNamespace: '' }),
      hashCacheKey({ ...parts, namespace: 'a', partition: 'b' }),
      hashCacheKey({ ...parts, namespace: 'a\n1:b' }),
      hashCacheKey({ ...parts, partition: 'a', requestNamespace: 'b' }),
      hashCacheKey({ ...parts, request: 'r2' }),
      hashCacheKey({ ...parts, tenant: '' }),
      hashCacheKey({ ...parts, tenant: 'a', partition: 'b' }),
      hashCacheKey({ ...parts, tenant: 'b', partition: 'a' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(hashCacheKey({ ...parts })).toBe(keys[0]);
    expect(keys[0]).toMatch(/^[\w-]{43}$/);
  });
});
