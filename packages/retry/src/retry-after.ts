/**
 * How long the response asks the client to wait before trying again, in milliseconds, from
 * `retry-after-ms` (OpenAI and Azure send it, fractional milliseconds) or `Retry-After` (delta
 * seconds or an HTTP date, RFC 9110 §10.2.3). `undefined` when neither is present or parseable.
 */
export function retryAfterMs(headers: Headers, now: () => number): number | undefined {
  const milliseconds = headers.get('retry-after-ms');
  if (milliseconds !== null) {
    const value = Number(milliseconds);
    if (milliseconds.trim() !== '' && Number.isFinite(value) && value >= 0) return Math.ceil(value);
  }
  const retryAfter = headers.get('retry-after');
  if (retryAfter === null) return undefined;
  const trimmed = retryAfter.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now());
}
