import { describe, expect, it } from 'vitest';
import { Utf8Stream } from './utf8-text.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('Utf8Stream', () => {
  it('decodes a text split at every byte as TextDecoder does, characters split across reads included', () => {
    const bytes = encode('\uFEFFdata: {"content":"über 😀 — ok"}\n\n');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const stream = new Utf8Stream();
      const text = stream.write(bytes.subarray(0, cut)) + stream.write(bytes.subarray(cut)) + stream.end();
      expect(text).toBe(new TextDecoder().decode(bytes));
    }
  });

  it('drops only a leading byte-order mark, and ends a cut character as U+FFFD', () => {
    const stream = new Utf8Stream();
    expect(stream.write(encode('\uFEFFa'))).toBe('a');
    expect(stream.write(encode('\uFEFFb'))).toBe('\uFEFFb');
    expect(stream.write(encode('😀').subarray(0, 2))).toBe('');
    expect(stream.end()).toBe('\uFFFD');
  });
});
