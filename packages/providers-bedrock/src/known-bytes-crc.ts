import { crc32Of, crcTables } from './crc32.js';

/**
 * The CRC-32 step over one fixed run of bytes, taken in four table lookups instead of a pass over
 * the bytes. Every frame of a Bedrock stream repeats the same 80-odd header bytes, which are about
 * 40% of what each frame's message CRC covers.
 *
 * It works because CRC-32 is affine over GF(2): going through fixed bytes `B` from a register `s`
 * gives `L(s) ^ R`. `R` is what `B` does to an empty register. `L` is what `B.length` zero bytes do
 * to `s`. `L` is linear, so it is the XOR of what it does to each byte of `s`: four tables of 256.
 */
export class KnownBytesCrc {
  /** `L` on byte `k` of the register (`k` = 0 is the low byte), at `k * 256 + value`. */
  private readonly linear = new Int32Array(4 * 256);
  /** `R`: the register after `B` when it was zero before. */
  private readonly constant: number;

  /** Prepares the step over `view`'s bytes `[start, end)` (copied into the tables; not kept). */
  constructor(view: DataView, start: number, end: number) {
    // crc32Of inverts the register before and after: going on from 0xffffffff starts from zero.
    this.constant = ~crc32Of(view, start, end, 0xffffffff);
    const zeros = end - start;
    const bitImages = new Int32Array(32);
    for (let bit = 0; bit < 32; bit++) {
      let register = 1 << bit;
      for (let i = 0; i < zeros; i++) register = crcTables[register & 0xff]! ^ (register >>> 8);
      bitImages[bit] = register;
    }
    for (let k = 0; k < 4; k++) {
      const table = k * 256;
      for (let value = 1; value < 256; value++) {
        const lowest = 31 - Math.clz32(value & -value);
        this.linear[table + value] = this.linear[table + (value & (value - 1))]! ^ bitImages[k * 8 + lowest]!;
      }
    }
  }

  /**
   * The CRC-32 of some bytes followed by the known ones, given `crc`, the CRC of the bytes before
   * (either form); signed, as `crc32Of` gives it.
   */
  continueFrom(crc: number): number {
    const register = ~crc;
    const linear = this.linear;
    return ~(
      linear[register & 0xff]! ^
      linear[256 + ((register >>> 8) & 0xff)]! ^
      linear[512 + ((register >>> 16) & 0xff)]! ^
      linear[768 + (register >>> 24)]! ^
      this.constant
    );
  }
}
