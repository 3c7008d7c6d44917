import { describe, expect, it } from 'vitest';
import { BytePattern } from './byte-pattern.js';

const encoder = new TextEncoder();
const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

describe('BytePattern', () => {
  it('finds the pattern at a position, for lengths that are and are not a multiple of four', () => {
    for (const text of [
      'abcd',
      'abcde',
      ',"delta":{"text":',
      'data: {"type":"content_block_delta","index":',
    ]) {
      const pattern = new BytePattern(text);
      const bytes = encoder.encode(`xy${text}z`);
      expect(pattern.length).toBe(encoder.encode(text).length);
      expect(pattern.isAt(viewOf(bytes), 2, bytes.length), text).toBe(true);
      expect(pattern.isAt(viewOf(bytes), 1, bytes.length), text).toBe(false);
      expect(pattern.isAt(viewOf(bytes), 3, bytes.length), text).toBe(false);
    }
  });

  it('tells apart text that differs in any one byte, and never reads past the end it is given', () => {
    const text = ',"delta":{"toolUse":{"input":';
    const pattern = new BytePattern(text);
    const bytes = encoder.encode(text);
    for (let at = 0; at < bytes.length; at++) {
      const changed = Uint8Array.from(bytes);
      changed[at] = changed[at]! ^ 1;
      expect(pattern.isAt(viewOf(changed), 0, changed.length), `byte ${at}`).toBe(false);
    }
    expect(pattern.isAt(viewOf(bytes), 0, bytes.length)).toBe(true);
    expect(pattern.isAt(viewOf(bytes), 0, bytes.length - 1)).toBe(false);
  });

  it('refuses a pattern shorter than four bytes', () => {
    expect(() => new BytePattern('abc')).toThrow(RangeError);
  });
});
