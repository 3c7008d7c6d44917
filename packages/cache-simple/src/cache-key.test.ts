import { describe, expect, it } from 'vitest';
import { canonicalRequest } from './cache-key.js';

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
