import { describe, expect, it } from 'vitest';
import { withOptionHeaders } from './with-option-headers.js';

describe('withOptionHeaders', () => {
  it('copies only x-switchyard-* headers from the request onto the native headers', () => {
    const request = new Request('http://switchyard.local/v1/chat/completions', {
      headers: { authorization: 'Bearer caller', 'x-switchyard-timeout': '500', 'x-other': '1' },
    });
    const headers = new Headers({ 'x-api-key': 'k' });
    expect(withOptionHeaders(headers, request)).toBe(headers);
    expect(Object.fromEntries(headers)).toEqual({ 'x-api-key': 'k', 'x-switchyard-timeout': '500' });
  });
});
