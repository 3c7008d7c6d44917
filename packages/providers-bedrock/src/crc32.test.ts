import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32Of } from './crc32.js';
import { viewOf } from './event-stream.js';

describe('crc32Of', () => {
  it('equals zlib.crc32 for every length up to 1 KiB, at any offset', () => {
    const bytes = Uint8Array.from({ length: 1100 }, (_, i) => (i * 7919 + (i >> 3)) & 0xff);
    for (let length = 0; length <= 1024; length++) {
      const start = length % 13;
      expect(crc32Of(viewOf(bytes), start, start + length) >>> 0, `length ${length}`).toBe(
        crc32(bytes.subarray(start, start + length)),
      );
      // Going on from the CRC of the bytes before, as zlib.crc32(data, value) does.
      expect(
        crc32Of(viewOf(bytes), start + 5, start + length, crc32(bytes.subarray(start, start + 5))) >>> 0,
      ).toBe(crc32(bytes.subarray(start, Math.max(start + 5, start + length))));
    }
  });
});
