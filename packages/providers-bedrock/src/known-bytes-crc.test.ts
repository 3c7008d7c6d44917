import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { viewOf } from './event-stream.js';
import { KnownBytesCrc } from './known-bytes-crc.js';

describe('KnownBytesCrc', () => {
  it('goes on from any CRC over the known bytes exactly as zlib.crc32 does', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 7919 + (i >> 3)) & 0xff);
    for (const [start, end] of [
      [0, 0],
      [3, 4],
      [10, 97],
      [0, 300],
    ] as const) {
      const known = new KnownBytesCrc(viewOf(bytes), start, end);
      for (const before of [new Uint8Array(0), bytes.subarray(0, 1), bytes.subarray(100, 227)]) {
        const expected = crc32(Buffer.concat([before, bytes.subarray(start, end)]));
        expect(
          known.continueFrom(crc32(before)) >>> 0,
          `[${start}, ${end}) after ${before.length} bytes`,
        ).toBe(expected);
      }
    }
  });

  it('tells different bytes apart: a step prepared for one run does not fit another', () => {
    const a = new TextEncoder().encode(':event-type contentBlockDelta');
    const b = new TextEncoder().encode(':event-type contentBlockStart');
    const before = crc32(new TextEncoder().encode('prelude'));
    expect(new KnownBytesCrc(viewOf(a), 0, a.length).continueFrom(before)).not.toBe(
      new KnownBytesCrc(viewOf(b), 0, b.length).continueFrom(before),
    );
  });
});
