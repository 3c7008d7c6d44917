const encoder = new TextEncoder();

/**
 * A growable byte buffer that output is written into: fixed parts as pre-encoded bytes, variable
 * parts encoded in place. Several times cheaper than concatenating strings and encoding the result.
 */
export class ByteWriter {
  private buffer = new Uint8Array(16 * 1024);
  private length = 0;

  /** Appends bytes. */
  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Appends `source[start, end)`. */
  range(source: Uint8Array, start: number, end: number): void {
    const size = end - start;
    this.reserve(size);
    if (size < 64) {
      // Short copies: a loop beats creating a subarray view.
      for (let i = 0; i < size; i++) this.buffer[this.length + i] = source[start + i]!;
    } else this.buffer.set(source.subarray(start, end), this.length);
    this.length += size;
  }

  /** Appends `text` encoded as UTF-8. */
  text(text: string): void {
    this.reserve(text.length * 3);
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** Everything written since the last call, or `undefined` when nothing was. */
  take(): Uint8Array | undefined {
    if (this.length === 0) return undefined;
    const out = this.buffer.slice(0, this.length);
    this.length = 0;
    return out;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

/** `text` as UTF-8 bytes. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}
