/** Random lowercase hex of `bytes` bytes, from the platform's CSPRNG. */
export function randomHex(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  let hex = '';
  for (const byte of buffer) hex += byte.toString(16).padStart(2, '0');
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
