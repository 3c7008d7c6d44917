import { describe, expect, it } from 'vitest';
import { splitRequestURL } from './request-url.js';

describe('splitRequestURL', () => {
  it('gives what URL gives for origin, pathname and search, fragment dropped', () => {
    for (const input of [
      'http://127.0.0.1:8080/v1/chat/completions',
      'https://api.example.test/v1/models?limit=2&after=a%20b',
      'https://api.example.test/v1/chat/completions#fragment',
      'https://api.example.test/v1/a?x=1#fragment?not-a-query',
      'https://api.example.test/v1/a?#fragment',
      'https://api.example.test/',
      'https://api.example.test/?',
    ]) {
      const url = new URL(new Request(input).url);
      expect(splitRequestURL(new Request(input).url), input).toEqual({
        origin: url.origin,
        pathname: url.pathname,
        search: url.search,
      });
    }
  });
});
