import { EventStreamCodec } from '@smithy/core/event-streams';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import { describe, expect, it } from 'vitest';
import { FrameChecksums } from './frame-checksums.js';

const codec = new EventStreamCodec(toUtf8, fromUtf8);

/** Messages with payloads of `sizes` bytes, so every length modulo 8 and both small and large ones occur. */
function messages(sizes: number[]): Uint8Array[] {
  return sizes.map((size, i) =>
    codec.encode({
      headers: { ':event-type': { type: 'string', value: `e${i}` } },
      body: fromUtf8('x'.repeat(size)),
    }),
  );
}

const checksums = FrameChecksums.shared()!;

describe('FrameChecksums', () => {
  it('runs here (Node has WebAssembly unless started with --jitless)', () => {
    expect(checksums).toBeInstanceOf(FrameChecksums);
  });

  it('checks a run of whole messages of every length to its end, from any message on', () => {
    const frames = messages([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 100, 255, 1000, 4096, 70_000]);
    const bytes = Buffer.concat(frames);
    expect(checksums.checkedEnd(bytes, 0)).toBe(bytes.length);
    let start = 0;
    for (const frame of frames) {
      expect(checksums.checkedEnd(bytes, start)).toBe(bytes.length);
      start += frame.length;
    }
    // A read bigger than the memory so far grows it.
    const big = Buffer.concat(messages([300_000, 5]));
    expect(checksums.checkedEnd(big, 0)).toBe(big.length);
  });

  it('stops before the message holding any single-bit corruption, wherever it is', () => {
    const frames = messages([3, 20, 9]);
    const bytes = Buffer.concat(frames);
    const secondStart = frames[0]!.length;
    const thirdStart = secondStart + frames[1]!.length;
    for (let at = secondStart; at < thirdStart; at++) {
      for (const bit of [0x01, 0x80]) {
        const corrupted = Uint8Array.from(bytes);
        corrupted[at] = corrupted[at]! ^ bit;
        const end = checksums.checkedEnd(corrupted, 0);
        // A corrupted length prefix may also make the message look cut off or too short.
        expect(end, `byte ${at}, bit ${bit}`).toBe(secondStart);
      }
    }
  });

  it('stops before a message that is cut off or declares fewer than 16 bytes', () => {
    const frames = messages([5, 5]);
    const bytes = Buffer.concat(frames);
    expect(checksums.checkedEnd(bytes.subarray(0, bytes.length - 1), 0)).toBe(frames[0]!.length);
    expect(checksums.checkedEnd(bytes.subarray(0, frames[0]!.length + 15), 0)).toBe(frames[0]!.length);
    const tooShort = Buffer.concat([frames[0]!, Uint8Array.of(0, 0, 0, 15), new Uint8Array(20)]);
    expect(checksums.checkedEnd(tooShort, 0)).toBe(frames[0]!.length);
    expect(checksums.checkedEnd(new Uint8Array(0), 0)).toBe(0);
  });
});
