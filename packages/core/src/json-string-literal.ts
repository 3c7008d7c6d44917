/**
 * Where the JSON string literal starting at `bytes[start]` (its opening quote) ends: the index one
 * past its closing quote, or `-1` when `bytes[start, limit)` does not begin with a valid literal
 * (raw control characters, bad escapes, no closing quote). Bytes >= 0x80 are taken as UTF-8 text.
 * Lets a stream translator copy a string from upstream JSON into its output byte for byte, with
 * no decoding, parsing, serialising or encoding, once the grammar is checked.
 */
export function jsonStringLiteralEnd(bytes: Uint8Array, start: number, limit: number): number {
  if (start >= limit || bytes[start] !== 34) return -1;
  let i = start + 1;
  while (i < limit) {
    const byte = bytes[i]!;
    if (plain[byte] === 1) {
      i++;
      continue;
    }
    if (byte === 34) return i + 1;
    if (byte < 32) return -1;
    if (i + 1 >= limit) return -1;
    const escaped = bytes[i + 1]!;
    if (escaped === 117) {
      if (i + 6 > limit) return -1;
      for (let hex = 2; hex < 6; hex++) if (!isHexDigit(bytes[i + hex]!)) return -1;
      i += 6;
    } else if (isSimpleEscape(escaped)) i += 2;
    else return -1;
  }
  return -1;
}

/** 1 for the bytes that stand for themselves inside a literal: not `"`, `\\` or a control character. */
const plain = Uint8Array.from({ length: 256 }, (_, byte) =>
  byte >= 32 && byte !== 34 && byte !== 92 ? 1 : 0,
);

function isHexDigit(byte: number): boolean {
  return (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 70) || (byte >= 97 && byte <= 102);
}

/** After a backslash: `"`, `\`, `/`, `b`, `f`, `n`, `r`, `t`. */
function isSimpleEscape(byte: number): boolean {
  return (
    byte === 34 ||
    byte === 92 ||
    byte === 47 ||
    byte === 98 ||
    byte === 102 ||
    byte === 110 ||
    byte === 114 ||
    byte === 116
  );
}
