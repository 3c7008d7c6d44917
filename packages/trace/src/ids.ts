const pool = Buffer.allocUnsafe(4096);
let offset = pool.length;

/**
 * Random lowercase hex of `bytes` bytes from the platform's CSPRNG. Bytes are drawn 4 KiB at a time:
 * one `getRandomValues` call per ~170 requests instead of two per request; the hex is one native
 * string, not one piece per byte.
 */
export function randomHex(bytes: number): string {
  if (offset + bytes > pool.length) {
    crypto.getRandomValues(pool);
    offset = 0;
  }
  const hex = pool.toString('hex', offset, offset + bytes);
  offset += bytes;
  return hex;
}

/** A W3C trace id: 32 lowercase hex digits. */
export function newTraceId(): string {
  return randomHex(16);
}

/** A W3C span id: 16 lowercase hex digits. */
export function newSpanId(): string {
  return randomHex(8);
}

const w3cTraceId = /^[0-9a-f]{32}$/;

/** True when `value` can be the trace id of a W3C `traceparent` (and not the all-zero invalid id). */
export function isW3cTraceId(value: string): boolean {
  return w3cTraceId.test(value) && value !== '00000000000000000000000000000000';
}
