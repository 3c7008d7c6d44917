/**
 * A duration as OpenAI writes it in `x-ratelimit-reset-*` (Go's `time.Duration` format) at
 * millisecond precision, rounded up: `'0s'`, `'20ms'`, `'1s'`, `'8.64s'`, `'6m0s'`, `'1h2m3.5s'`.
 */
export function formatResetDuration(ms: number): string {
  const total = Math.ceil(ms);
  if (!(total > 0)) return '0s';
  if (total < 1000) return `${total}ms`;
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const millis = total % 60_000;
  const fraction = millis % 1000;
  const seconds = `${Math.floor(millis / 1000)}${fraction === 0 ? '' : `.${String(fraction).padStart(3, '0').replace(/0+$/, '')}`}s`;
  if (hours > 0) return `${hours}h${minutes}m${seconds}`;
  if (minutes > 0) return `${minutes}m${seconds}`;
  return seconds;
}
