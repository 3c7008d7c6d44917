const encoder = new TextEncoder();
/** Slabs start small (most streams are short) and double up to `maxSlab` as a stream goes on. */
const firstSlab = 2 * 1024;
const maxSlab = 64 * 1024;

/**
 * A byte buffer that output is written into: fixed parts as pre-encoded bytes, variable parts
 * encoded in place, several times cheaper than concatenating strings and encoding the result.
 * `take()` hands out views of a larger slab rather than fresh copies; a full slab is left to the
 * views that still point into it and writing continues in a new one.
 */
export class ByteWriter {
  private slab = new Uint8Array(firstSlab);
  /** Start of the bytes written since the last `take()`. */
  private start = 0;
  /** End of the bytes written. */
  private length = 0;

  /** Appends bytes. */
  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.slab.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Appends `source[start, end)`. */
  range(source: Uint8Array, start: number, end: number): void {
    const size = end - start;
    this.reserve(size);
    if (size < 64) {
      // Short copies: a loop beats creating a subarray view.
      for (let i = 0; i < size; i++) this.slab[this.length + i] = source[start + i]!;
    } else this.slab.set(source.subarray(start, end), this.length);
    this.length += size;
  }

  /** Appends `text` encoded as UTF-8. */
  text(text: string): void {
    this.reserve(text.length * 3);
    this.length += encoder.encodeInto(text, this.slab.subarray(this.length)).written;
  }

  /** Everything written since the last call, or `undefined` when nothing was. */
  take(): Uint8Array | undefined {
    if (this.length === this.start) return undefined;
    const out = this.slab.subarray(this.start, this.length);
    this.start = this.length;
    return out;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.slab.length) return;
    const pending = this.length - this.start;
    const next = new Uint8Array(Math.max(Math.min(this.slab.length * 2, maxSlab), (pending + extra) * 2));
    next.set(this.slab.subarray(this.start, this.length));
    this.slab = next;
    this.start = 0;
    this.length = pending;
  }
}

/** `text` as UTF-8 bytes. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}
