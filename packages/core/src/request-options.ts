import { deriveRequest } from './derive-request.js';
import { InvalidRequestOptionsError } from './errors/invalid-request-options-error.js';
import { optionHeaderPrefix, requestOptionHeaders } from './header-names.js';
import { peekRecord, recordOf } from './record-of.js';

/** Options that travel with one request through the whole pipeline, as `x-switchyard-*` headers. */
export interface RequestOptions {
  /** Correlates every record of this request (Portkey's `trace_id`). Default: none (trace makes one). */
  traceId?: string;
  /** A flat map of strings attached to traces (Portkey's `metadata`). Default: none. */
  metadata?: Readonly<Record<string, string>>;
  /** A deadline for this request in milliseconds, overriding `timeout()`'s. Default: none. */
  timeoutMs?: number;
  /** Skip a cache read and store the fresh answer (Portkey's `cache_force_refresh`). Default: false. */
  cacheForceRefresh?: boolean;
  /** Separates cache entries of different users of one cache. Default: none. */
  cacheNamespace?: string;
  /**
   * Who the request is for (the gateway sets it from the caller's gateway key): caches never serve
   * one tenant's entry to another, and trace records carry it. Default: none (one tenant).
   */
  tenant?: string;
}

/**
 * Limits on `metadata`, chosen so the header stays well under common 8 KiB header limits.
 * `maxBytes` bounds the encoded `x-switchyard-metadata` header value (ASCII JSON, with non-ASCII
 * characters escaped as `\uXXXX`), so it holds whatever the keys and values contain.
 */
export const metadataLimits = {
  maxKeys: 64,
  maxKeyLength: 128,
  maxValueLength: 512,
  maxBytes: 4096,
} as const;

/**
 * The per-request options carried by `request`, parsed from its `x-switchyard-*` headers once
 * and memoized per `Request`.
 *
 * @throws InvalidRequestOptionsError naming the option that is malformed.
 */
export function requestOptions(request: Request): RequestOptions {
  const record = recordOf(request);
  record.options ??= parseOptionHeaders(request.headers);
  return record.options;
}

/**
 * A new request carrying `options` merged over the ones `request` already has. `undefined` fields
 * keep the existing value.
 *
 * @throws InvalidRequestOptionsError naming the option that is invalid.
 */
export function withRequestOptions(request: Request, options: RequestOptions): Request {
  const merged: RequestOptions = { ...requestOptions(request) };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  const validated = validateRequestOptions(merged);
  const headers = new Headers(request.headers);
  writeOptionHeaders(headers, validated);
  const next = deriveRequest(request, { headers });
  recordOf(next).options = validated;
  return next;
}

/** Copies parsed options from one request to another that carries the same headers. */
export function carryRequestOptions(from: Request, to: Request): void {
  const options = peekRecord(from)?.options;
  if (options !== undefined) recordOf(to).options = options;
}

/**
 * Checks options given in code, returning a normalised copy.
 *
 * @throws InvalidRequestOptionsError naming the option that is invalid.
 */
export function validateRequestOptions(options: RequestOptions): RequestOptions {
  const result: RequestOptions = {};
  if (options.traceId !== undefined) result.traceId = checkToken('traceId', options.traceId);
  if (options.metadata !== undefined) result.metadata = checkMetadata(options.metadata);
  if (options.timeoutMs !== undefined) result.timeoutMs = checkTimeout(options.timeoutMs);
  if (options.cacheForceRefresh !== undefined) {
    if (typeof options.cacheForceRefresh !== 'boolean') {
      throw new InvalidRequestOptionsError('cacheForceRefresh', 'must be a boolean');
    }
    result.cacheForceRefresh = options.cacheForceRefresh;
  }
  if (options.cacheNamespace !== undefined) {
    result.cacheNamespace = checkToken('cacheNamespace', options.cacheNamespace);
  }
  if (options.tenant !== undefined) result.tenant = checkToken('tenant', options.tenant);
  return result;
}

/**
 * The `x-switchyard-*` headers that carry `options`, for clients that set headers themselves (an
 * SDK's default headers, say) rather than building each `Request` with `withRequestOptions`.
 *
 * @throws InvalidRequestOptionsError naming the option that is invalid.
 */
export function optionHeaders(options: RequestOptions): Record<string, string> {
  const headers = new Headers();
  writeOptionHeaders(headers, validateRequestOptions(options));
  return Object.fromEntries(headers);
}

function writeOptionHeaders(headers: Headers, options: RequestOptions): void {
  const names = requestOptionHeaders;
  setOrDelete(headers, names.traceId, options.traceId);
  setOrDelete(headers, names.metadata, options.metadata && asciiJson(options.metadata));
  setOrDelete(headers, names.timeoutMs, options.timeoutMs?.toString());
  setOrDelete(headers, names.cacheForceRefresh, options.cacheForceRefresh?.toString());
  setOrDelete(headers, names.cacheNamespace, options.cacheNamespace);
  setOrDelete(headers, names.tenant, options.tenant);
}

/** JSON with every non-ASCII character escaped, since header values must be bytes. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function setOrDelete(headers: Headers, name: string, value: string | undefined): void {
  if (value === undefined) headers.delete(name);
  else headers.set(name, value);
}

function parseOptionHeaders(headers: Headers): RequestOptions {
  const names = requestOptionHeaders;
  const raw: RequestOptions = {};
  // One pass over the headers costs less than a lookup per option, and most requests carry none.
  headers.forEach((value, name) => {
    if (!name.startsWith(optionHeaderPrefix)) return;
    switch (name) {
      case names.traceId:
        raw.traceId = value;
        break;
      case names.metadata:
        raw.metadata = parseMetadataHeader(value);
        break;
      case names.timeoutMs:
        raw.timeoutMs = parseNumberHeader(names.timeoutMs, value);
        break;
      case names.cacheForceRefresh:
        raw.cacheForceRefresh = parseBooleanHeader(names.cacheForceRefresh, value);
        break;
      case names.cacheNamespace:
        raw.cacheNamespace = value;
        break;
      case names.tenant:
        raw.tenant = value;
        break;
    }
  });
  return validateRequestOptions(raw);
}

function parseMetadataHeader(value: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new InvalidRequestOptionsError(requestOptionHeaders.metadata, 'must be a JSON object of strings');
  }
  return parsed as Record<string, string>;
}

function parseNumberHeader(name: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) {
    throw new InvalidRequestOptionsError(name, `must be a number; got ${JSON.stringify(value.slice(0, 40))}`);
  }
  return number;
}

function parseBooleanHeader(name: string, value: string): boolean {
  const lower = value.trim().toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  throw new InvalidRequestOptionsError(
    name,
    `must be true or false; got ${JSON.stringify(value.slice(0, 40))}`,
  );
}

const tokenPattern = /^[\x21-\x7e]{1,128}$/;

function checkToken(name: string, value: unknown): string {
  if (typeof value !== 'string' || !tokenPattern.test(value)) {
    throw new InvalidRequestOptionsError(name, 'must be 1 to 128 printable ASCII characters without spaces');
  }
  return value;
}

function checkTimeout(value: unknown): number {
  // Node's timers hold at most 2^31 - 1 ms (about 24.8 days); a longer one would fire at once.
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > 2_147_483_647) {
    throw new InvalidRequestOptionsError(
      'timeoutMs',
      'must be a positive integer number of milliseconds, at most 2147483647',
    );
  }
  return value;
}

function checkMetadata(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidRequestOptionsError('metadata', 'must be an object of string values');
  }
  const entries = Object.entries(value);
  const limits = metadataLimits;
  if (entries.length > limits.maxKeys) {
    throw new InvalidRequestOptionsError(
      'metadata',
      `must have at most ${limits.maxKeys} keys; got ${entries.length}`,
    );
  }
  for (const [key, item] of entries) {
    if (key.length === 0 || key.length > limits.maxKeyLength) {
      throw new InvalidRequestOptionsError(
        `metadata key "${key.slice(0, 40)}"`,
        `must be 1 to ${limits.maxKeyLength} characters`,
      );
    }
    if (typeof item !== 'string') {
      throw new InvalidRequestOptionsError(
        `metadata.${key}`,
        `must be a string; got ${item === null ? 'null' : typeof item}`,
      );
    }
    if (item.length > limits.maxValueLength) {
      throw new InvalidRequestOptionsError(
        `metadata.${key}`,
        `must be at most ${limits.maxValueLength} characters`,
      );
    }
  }
  const copy = { ...(value as Record<string, string>) };
  const encoded = asciiJson(copy).length;
  if (encoded > limits.maxBytes) {
    throw new InvalidRequestOptionsError(
      'metadata',
      `must encode to at most ${limits.maxBytes} bytes as the ${requestOptionHeaders.metadata} header; got ${encoded}`,
    );
  }
  return copy;
}
