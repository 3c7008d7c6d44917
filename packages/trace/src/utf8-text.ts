import { Buffer } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';

// Node's StringDecoder and Buffer decode UTF-8 several times faster than TextDecoder on Node 20
// (a 3 KB stream chunk: ~0.6 µs against ~5 µs), and the tap decodes every traced stream.

/** A streaming UTF-8 decoder that, as `TextDecoder` does, drops a byte-order mark at the start. */
export class Utf8Stream {
  private readonly decoder = new StringDecoder('utf8');
  private started = false;

  /** The text of `bytes`, keeping a character split across reads for the next one. */
  write(bytes: Uint8Array): string {
    const text = this.decoder.write(bytes);
    if (this.started || text === '') return text;
    this.started = true;
    return withoutBom(text);
  }

  /** What is left at the end (a split character becomes U+FFFD). */
  end(): string {
    const text = this.decoder.end();
    return this.started ? text : withoutBom(text);
  }
}

/** The text of a whole UTF-8 body, without a byte-order mark at its start, as `Response.text()` reads it. */
export function utf8Text(bytes: Uint8Array): string {
  return withoutBom(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
