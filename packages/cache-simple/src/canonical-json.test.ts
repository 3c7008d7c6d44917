import { describe, expect, it } from 'vitest';
import { canonicalRequest } from './cache-key.js';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}',
    );
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });
});

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
});
