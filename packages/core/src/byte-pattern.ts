const encoder = new TextEncoder();

/**
 * Fixed text, encoded once, to look for at a position in bytes, compared four bytes at a time
 * through a `DataView`: for stream translators that recognise the fixed parts of an upstream's
 * events without decoding them.
 *
 * @throws RangeError at construction when the text is shorter than four bytes.
 */
export class BytePattern {
  /** The pattern's length in bytes. */
  readonly length: number;
  /** The big-endian words of the pattern's whole four-byte groups, then of its last four bytes. */
  private readonly words: Int32Array;

  constructor(text: string) {
    const bytes = encoder.encode(text);
    if (bytes.length < 4)
      throw new RangeError(`BytePattern needs at least four bytes, got ${JSON.stringify(text)}`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.length = bytes.length;
    const whole = bytes.length >> 2;
    this.words = new Int32Array(whole + 1);
    for (let i = 0; i < whole; i++) this.words[i] = view.getInt32(i * 4);
    this.words[whole] = view.getInt32(bytes.length - 4);
  }

  /** Whether `view`'s bytes from `at` (before `end`) are the pattern. */
  isAt(view: DataView, at: number, end: number): boolean {
    if (end < at + this.length) return false;
    const words = this.words;
    const whole = words.length - 1;
    for (let i = 0; i < whole; i++) if (view.getInt32(at + i * 4) !== words[i]) return false;
    return view.getInt32(at + this.length - 4) === words[whole];
  }
}
