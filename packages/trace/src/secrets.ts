const sensitiveHeader = /auth|key|token|secret|signature|cookie|credential|password/i;
/** Shapes of keys that must not appear even when they were not in this request's headers. */
const keyShapes = [
  /\b(?:sk|pk|rk|sess)-[A-Za-z0-9_-]{8,}/g,
  /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi,
  /\bAIza[A-Za-z0-9_-]{20,}/g,
];

/** The values of `headers` that may be credentials, longest first (and their `Bearer` tokens). */
export function secretsOf(headers: Headers): string[] {
  const found: string[] = [];
  for (const [name, value] of headers) {
    if (!sensitiveHeader.test(name) || value.length < 4) continue;
    found.push(value);
    const space = value.indexOf(' ');
    if (space !== -1 && value.length - space > 4) found.push(value.slice(space + 1));
  }
  return found.sort((a, b) => b.length - a.length);
}

/** `text` with every known secret and every key-shaped token replaced by `[redacted]`. */
export function scrub(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join('[redacted]');
  for (const shape of keyShapes) result = result.replace(shape, '[redacted]');
  return result;
}

/** A deep copy of `value` whose strings went through `scrub`. */
export function scrubDeep(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return scrub(value, secrets);
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, secrets));
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = scrubDeep(item, secrets);
    return copy;
  }
  return value;
}
