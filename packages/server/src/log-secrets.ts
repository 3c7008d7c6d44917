import { isConfigId } from '@switchyard/config';
import type { GatewayOptions } from './gateway-options.js';
import type { NodeHeaders } from './request-headers.js';

/** A request's headers as either front of the gateway holds them. */
export type AnyHeaders = Headers | NodeHeaders;

/** Header names and config keys whose values may be credentials. */
const sensitiveName = /auth|key|token|secret|password|credential|signature|cookie|service.account/i;
/** Shapes of keys that must not reach a log even when nobody told us they are keys. */
const keyShapes = [/\b(?:sk|pk|rk|sess)-[A-Za-z0-9_-]{8,}/g, /\bBearer\s+\S+/gi, /\bAIza[A-Za-z0-9_-]{20,}/g];
/** A URL's query and fragment: they may carry keys (`?key=...`), so logs keep the URL without them. */
const urlQuery = /(\bhttps?:\/\/[^\s?#"'<>]+)[?#][^\s"'<>]*/gi;
/** Shorter values are left alone: redacting `openai` everywhere would hide more than it protects. */
const minSecretLength = 8;
/** Bounds on walking a config: a log line is not worth a deep recursion. */
const maxWalkDepth = 16;

/**
 * Every value a log line about `headers`' request must not show, longest first: the request's
 * credential headers (and the bearer token in them), string values under credential-like keys in
 * its `x-portkey-config`, the gateway keys, the vault's resolved secrets and those of the default
 * config. Gathered only when a failure is logged.
 */
export function secretsFor(headers: AnyHeaders, options: GatewayOptions): string[] {
  const found = new Set<string>();
  const add = (value: string) => {
    for (const part of [value, ...value.split(/[\r\n]+/)]) {
      if (part.length >= minSecretLength) found.add(part);
    }
    const space = value.indexOf(' ');
    if (space !== -1) add(value.slice(space + 1).trim());
  };
  for (const [name, value] of headerEntries(headers)) {
    // `x-portkey-` itself says "key"; what follows it is what counts.
    const suffix = name.replace(/^x-(?:portkey|switchyard)-/, '');
    // A virtual key's name is no secret: it only points into the vault.
    if (sensitiveName.test(suffix) && suffix !== 'virtual-key') add(value);
    if (suffix === 'config' && !isConfigId(value)) walk(parsed(value), false, add, 0);
  }
  for (const key of options.apiKeys ?? []) add(key);
  for (const key of options.keys ?? []) if (key.key !== undefined) add(key.key);
  walk(options.config, false, add, 0);
  const vault = options.vault;
  if (vault !== undefined) {
    for (const name of vault.names()) {
      try {
        walk(vault.resolve(name), false, add, 0);
      } catch {
        // An entry that cannot resolve holds no secret this request could have used.
      }
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** `text` with every secret, key-shaped token and URL query removed. */
export function scrubForLog(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join('[redacted]');
  for (const shape of keyShapes) result = result.replace(shape, '[redacted]');
  return result.replace(urlQuery, '$1');
}

/** Each header as one name and value (repeats joined), from either form. */
export function* headerEntries(headers: AnyHeaders): Iterable<[string, string]> {
  if (headers instanceof Headers) {
    yield* headers;
    return;
  }
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) yield [name, Array.isArray(value) ? value.join(', ') : value];
  }
}

/** One header's value from either form; `undefined` when absent. */
export function headerValue(headers: AnyHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Calls `add` for every string under a credential-like key (`all`: every string) in `value`. */
function walk(value: unknown, all: boolean, add: (secret: string) => void, depth: number): void {
  if (typeof value === 'string') {
    if (all) add(value);
    return;
  }
  if (typeof value !== 'object' || value === null || depth >= maxWalkDepth) return;
  for (const [key, item] of Object.entries(value)) walk(item, all || sensitiveName.test(key), add, depth + 1);
}
