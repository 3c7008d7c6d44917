import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}',
    );
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });

  it('refuses a value nested deeper than 128 levels instead of overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 20_000; level++) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow(
      new RangeError('canonicalJson: value nests deeper than 128 levels'),
    );
  });
});
