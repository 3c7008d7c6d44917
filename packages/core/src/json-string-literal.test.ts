import { describe, expect, it } from 'vitest';
import { jsonStringLiteralEnd } from './json-string-literal.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const end = (text: string, start = 0) => jsonStringLiteralEnd(bytes(text), start, bytes(text).length);

describe('jsonStringLiteralEnd', () => {
  it('finds the end of valid literals, escapes and UTF-8 included', () => {
    expect(end('"abc"}')).toBe(5);
    expect(end('x"a\\"b"', 1)).toBe(7);
    expect(end('"\\\\"')).toBe(4);
    const escapes = '"\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDC4B"';
    expect(end(`${escapes}rest`)).toBe(escapes.length);
    expect(end('"wörld 👋"')).toBe(bytes('"wörld 👋"').length);
    expect(end('""')).toBe(2);
  });

  it('agrees with JSON.parse on what is a literal', () => {
    const cases = ['"a', '"\\"', '"\\x"', '"\\u12G4"', '"\\u12"', '"a\nb"', '"\t"', 'abc', '"\\', ''];
    for (const text of cases) {
      expect(end(text), text).toBe(-1);
      expect(() => JSON.parse(text), text).toThrow();
    }
  });

  it('stops at the limit', () => {
    const data = bytes('"abc"');
    expect(jsonStringLiteralEnd(data, 0, 4)).toBe(-1);
    expect(jsonStringLiteralEnd(data, 0, 5)).toBe(5);
  });
});
