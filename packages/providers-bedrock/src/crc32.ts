import { crc32 } from 'node:zlib';

// CRC-32, the zlib polynomial, slice-by-8: eight 256-entry tables, table t for a byte t places
// back, so one step folds two little-endian words into the CRC with eight lookups (a last word
// with the first four tables). Slice-by-16 is faster alone but slower in the translation, where
// its 16 KiB of tables compete with the stream's bytes for the cache.
/** The eight tables, one after another. */
export const crcTables = new Int32Array(256 * 8);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  crcTables[n] = c;
}
for (let n = 0; n < 256; n++) {
  for (let t = 1; t < 8; t++) {
    const previous = crcTables[(t - 1) * 256 + n]!;
    crcTables[t * 256 + n] = (previous >>> 8) ^ crcTables[previous & 0xff]!;
  }
}
/**
 * From this many bytes Node's native `zlib.crc32` is faster; below it, its fixed cost per call
 * (argument checks, a view to pass, the native boundary) outweighs the bytes. Measured crossover on
 * Node 20: about 500 bytes; Bedrock's text-delta frames are 150 to 300.
 */
const nativeCrcFrom = 512;

/**
 * The CRC-32 of `view`'s bytes `[start, end)`, as `zlib.crc32` computes it but as a signed 32-bit
 * integer (`>>> 0` gives zlib's value), going on from `crc` (the CRC of the bytes before, either
 * form, default none). Signed, because V8 keeps it a small integer then: an unsigned CRC above
 * 2^31 is a heap number, one allocation per call, about 20 bytes for every Bedrock frame.
 */
export function crc32Of(view: DataView, start: number, end: number, crc = 0): number {
  if (end - start >= nativeCrcFrom) {
    return crc32(new DataView(view.buffer, view.byteOffset + start, end - start), crc >>> 0) | 0;
  }
  const tables = crcTables;
  let state = ~crc;
  let i = start;
  for (; i + 8 <= end; i += 8) {
    const a = state ^ view.getInt32(i, true);
    const b = view.getInt32(i + 4, true);
    state =
      tables[1792 + (a & 0xff)]! ^
      tables[1536 + ((a >>> 8) & 0xff)]! ^
      tables[1280 + ((a >>> 16) & 0xff)]! ^
      tables[1024 + (a >>> 24)]! ^
      tables[768 + (b & 0xff)]! ^
      tables[512 + ((b >>> 8) & 0xff)]! ^
      tables[256 + ((b >>> 16) & 0xff)]! ^
      tables[b >>> 24]!;
  }
  if (i + 4 <= end) {
    const a = state ^ view.getInt32(i, true);
    state =
      tables[768 + (a & 0xff)]! ^
      tables[512 + ((a >>> 8) & 0xff)]! ^
      tables[256 + ((a >>> 16) & 0xff)]! ^
      tables[a >>> 24]!;
    i += 4;
  }
  for (; i < end; i++) state = tables[(state ^ view.getUint8(i)) & 0xff]! ^ (state >>> 8);
  return ~state;
}
