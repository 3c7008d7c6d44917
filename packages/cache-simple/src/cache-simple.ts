import { type Middleware, readJsonBody, requestOptions } from '@switchyard/core';
import {
  isNullBodyStatus,
  requestSignal,
  responseHeaders,
  withResponseHeaders,
} from '@switchyard/core/internal';
import { answerApiOf } from './answer-api.js';
import { canonicalRequest, hashCacheKey } from './cache-key.js';
import { cacheStatus } from './cache-status.js';
import type { CacheEntry, CacheStore } from './cache-store.js';
import { jsonEntry, sseEntry } from './entry-from-response.js';
import { type Delivery, entryHeaders, replayHeaders, responseFromEntry } from './entry-response.js';
import { type CacheLogger, guardedStore } from './guarded-store.js';
import { memoryStore, utf8Length } from './memory-store.js';
import { recordingStream } from './recording-stream.js';
import { credentialPartition } from './tenant-partition.js';

/** Options of `cacheSimple`. */
export interface CacheSimpleOptions {
  /** Where entries live. Default: a `memoryStore()` (64 MiB) owned by this middleware. */
  store?: CacheStore;
  /** Seconds an entry is served after it was stored (Portkey's `max_age`). Default: 604800 (7 days). */
  maxAge?: number;
  /**
   * The request part of the key. Default: method, path and query, and the JSON body with sorted keys
   * minus `stream`/`stream_options`. The partition and namespaces are always added to what it returns.
   */
  key?: (request: Request, body: Record<string, unknown>) => string | Promise<string>;
  /**
   * The tenant a request belongs to; entries are never shared across partitions. Default: a hash
   * of the credential headers (`authorization`, `x-api-key`, `api-key`, `x-goog-api-key`,
   * `x-portkey-api-key`, `x-portkey-virtual-key`), or none when the request carries no credential.
   */
  partition?: (request: Request) => string | undefined;
  /** Separates this cache's entries from other caches sharing the store. Default: none. */
  namespace?: string;
  /** Largest response body stored, in bytes; bigger ones are passed through. Default: 4 MiB. */
  maxEntryBytes?: number;
  /**
   * How long a request waits for an identical one in flight (whose stream its caller may read
   * slowly, or never) before calling upstream itself, in milliseconds. Default: 60000.
   */
  coalesceWaitMs?: number;
  /** Receives a warning when the store fails (and when it recovers). Default: `console`. */
  logger?: CacheLogger;
}

type FlightOutcome =
  | { kind: 'entry'; entry: CacheEntry }
  | {
      kind: 'response';
      status: number;
      statusText: string;
      headers: Array<[string, string]>;
      body: Uint8Array;
    }
  | { kind: 'error'; error: unknown }
  | { kind: 'abandoned' };

interface Flight {
  readonly outcome: Promise<FlightOutcome>;
  settle(outcome: FlightOutcome): void;
}

const abandoned: FlightOutcome = { kind: 'abandoned' };

/**
 * An exact-match response cache: a request answered before (same path, model, messages and every
 * other body parameter, same tenant and namespace) is answered from the store. Only complete 2xx
 * answers are stored; streams are passed through while recorded and stored when they end normally,
 * then replayed as SSE, or as one JSON completion to a non-streaming request (and the other way
 * round). Concurrent identical misses share one upstream call. Every response carries
 * `x-switchyard-cache-status`: `HIT`, `MISS`, `REFRESH` or `DISABLED`.
 */
export function cacheSimple(options: CacheSimpleOptions = {}): Middleware {
  const settings = resolveCacheSimpleOptions(options);
  const store = guardedStore(settings.store, settings.logger);
  return (next) => {
    const flights = new Map<string, Flight>();

    async function lead(request: Request, key: string, status: string): Promise<Response> {
      const api = answerApiOf(request.url);
      const flight = createFlight();
      const registered = !flights.has(key);
      if (registered) flights.set(key, flight);
      const unregister = () => {
        if (registered && flights.get(key) === flight) flights.delete(key);
      };
      const settle = (outcome: FlightOutcome) => {
        unregister();
        flight.settle(outcome);
      };
      // Waiters get the entry at once; the flight stays findable until the store has it, so a
      // request arriving meanwhile is answered from it instead of calling upstream again.
      const share = async (entry: CacheEntry) => {
        flight.settle({ kind: 'entry', entry });
        await store.set(key, entry, settings.maxAge);
        unregister();
      };
      const failure = (error: unknown): FlightOutcome =>
        // The caller gave up: that is not an answer to share, so waiters try again themselves.
        requestSignal(request).aborted ? abandoned : { kind: 'error', error };

      let response: Response;
      try {
        response = await next(request);
      } catch (error) {
        settle(failure(error));
        throw error;
      }
      // An inner cache (a semantic one, say) that answered keeps its word: the caller learns the
      // provider was not called.
      const inner = response.headers.get(responseHeaders.cacheStatus);
      const reported = inner === cacheStatus.hit || inner === 'SEMANTIC_HIT' ? inner : status;
      const init = {
        status: response.status,
        statusText: response.statusText,
        headers: replayHeaders(entryHeaders(response.headers), reported),
      };
      if (response.status < 200 || response.status > 299) {
        let body: Uint8Array;
        try {
          body = new Uint8Array(await response.arrayBuffer());
        } catch (error) {
          settle(failure(error));
          throw error;
        }
        settle({
          kind: 'response',
          status: response.status,
          statusText: response.statusText,
          headers: entryHeaders(response.headers),
          body,
        });
        return new Response(isNullBodyStatus(response.status) ? null : body, init);
      }
      const type = response.headers.get('content-type') ?? '';
      if (response.body && type.includes('text/event-stream')) {
        const body = recordingStream(response.body, settings.maxEntryBytes, async (end) => {
          if (end.kind === 'failed') return settle(failure(end.error));
          // A caller that stops reading at `[DONE]` has seen the whole answer; one that stops earlier has not.
          const cancelled = end.kind === 'cancelled';
          const entry =
            end.text === undefined ? undefined : await sseEntry(response, end.text, cancelled, api);
          if (!entry) return settle(abandoned);
          await share(entry);
        });
        return new Response(body, init);
      }
      if (response.body && type.includes('json')) {
        let text: string;
        try {
          text = await response.text();
        } catch (error) {
          settle(failure(error));
          throw error;
        }
        const entry = utf8Length(text) <= settings.maxEntryBytes ? jsonEntry(response, text) : undefined;
        if (entry) await share(entry);
        else settle(abandoned);
        return new Response(text, init);
      }
      settle(abandoned);
      return new Response(response.body, init);
    }

    return async function cacheSimple(request) {
      const body = await cacheableBody(request);
      if (body === undefined) {
        return withResponseHeaders(await next(request), {
          [responseHeaders.cacheStatus]: cacheStatus.disabled,
        });
      }
      const { cacheForceRefresh, cacheNamespace, tenant } = requestOptions(request);
      const key = hashCacheKey({
        // The request's tenant always separates entries, whatever `partition` says.
        tenant,
        namespace: settings.namespace,
        partition: settings.partition(request),
        requestNamespace: cacheNamespace,
        request: settings.key ? await settings.key(request, body) : canonicalRequest(request, body),
      });
      if (cacheForceRefresh) return lead(request, key, cacheStatus.refresh);
      const delivery = deliveryOf(request, body);
      let waited: Flight | undefined;
      for (;;) {
        const entry = await store.get(key);
        const hit = entry && responseFromEntry(entry, delivery, cacheStatus.hit);
        if (hit) return hit;
        const flight = flights.get(key);
        // A flight already waited for had nothing for this request (it may still be storing).
        if (!flight || flight === waited) return lead(request, key, cacheStatus.miss);
        waited = flight;
        const outcome = await waitForFlight(flight, requestSignal(request), settings.coalesceWaitMs);
        if (outcome === undefined) {
          // Its caller may never read the stream to its end: stop waiting for it and call upstream.
          if (flights.get(key) === flight) flights.delete(key);
          return lead(request, key, cacheStatus.miss);
        }
        const answer = answerFromOutcome(outcome, delivery);
        if (answer) return answer;
        // That call ended without an answer this request can use: look again.
      }
    };
  };
}

/** The answer a waiter gets from an identical call it waited for; `undefined` to look again. */
function answerFromOutcome(outcome: FlightOutcome, delivery: Delivery): Response | undefined {
  switch (outcome.kind) {
    case 'entry':
      return responseFromEntry(outcome.entry, delivery, cacheStatus.hit);
    case 'response':
      return new Response(isNullBodyStatus(outcome.status) ? null : outcome.body, {
        status: outcome.status,
        statusText: outcome.statusText,
        headers: replayHeaders(outcome.headers, cacheStatus.miss),
      });
    case 'error':
      throw outcome.error;
    default:
      return undefined;
  }
}

function createFlight(): Flight {
  let settle!: (outcome: FlightOutcome) => void;
  const outcome = new Promise<FlightOutcome>((resolve) => {
    settle = resolve;
  });
  return { outcome, settle };
}

/**
 * The outcome of `flight`, or `undefined` after `waitMs`. Rejects with the signal's reason when
 * this waiter's own request is aborted.
 */
function waitForFlight(
  flight: Flight,
  signal: AbortSignal,
  waitMs: number,
): Promise<FlightOutcome | undefined> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      done();
      resolve(undefined);
    }, waitMs);
    signal.addEventListener('abort', onAbort, { once: true });
    void flight.outcome.then((outcome) => {
      done();
      resolve(outcome);
    });
  });
}

/** The JSON object body of a cacheable request, or `undefined` when the cache does not apply. */
async function cacheableBody(request: Request): Promise<Record<string, unknown> | undefined> {
  if (request.method !== 'POST') return undefined;
  const type = request.headers.get('content-type');
  if (type !== null && !type.includes('json') && !type.startsWith('text/plain')) return undefined;
  let body: unknown;
  try {
    body = await readJsonBody(request);
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  return body as Record<string, unknown>;
}

function deliveryOf(request: Request, body: Record<string, unknown>): Delivery {
  const streamOptions = body['stream_options'] as { include_usage?: unknown } | null | undefined;
  return {
    stream: body['stream'] === true,
    includeUsage: streamOptions?.include_usage === true,
    api: answerApiOf(request.url),
  };
}

interface CacheSimpleSettings {
  store: CacheStore;
  maxAge: number;
  key: CacheSimpleOptions['key'];
  partition: (request: Request) => string | undefined;
  namespace: string | undefined;
  maxEntryBytes: number;
  coalesceWaitMs: number;
  logger: CacheLogger;
}

const defaultMaxAge = 7 * 24 * 60 * 60;
const defaultMaxEntryBytes = 4 * 1024 * 1024;

function resolveCacheSimpleOptions(options: CacheSimpleOptions): CacheSimpleSettings {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('cacheSimple: options must be an object');
  }
  const store = options.store ?? memoryStore();
  if (typeof store !== 'object' || typeof store.get !== 'function' || typeof store.set !== 'function') {
    throw new TypeError('cacheSimple: store must have get(key) and set(key, entry, ttlSeconds) methods');
  }
  const maxAge = options.maxAge ?? defaultMaxAge;
  if (typeof maxAge !== 'number' || !Number.isFinite(maxAge) || maxAge <= 0) {
    throw new TypeError(`cacheSimple: maxAge must be a number of seconds > 0; got ${String(options.maxAge)}`);
  }
  for (const name of ['key', 'partition'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      throw new TypeError(`cacheSimple: ${name} must be a function; got ${typeof options[name]}`);
    }
  }
  if (
    options.namespace !== undefined &&
    (typeof options.namespace !== 'string' || options.namespace === '')
  ) {
    throw new TypeError('cacheSimple: namespace must be a non-empty string');
  }
  const maxEntryBytes = options.maxEntryBytes ?? defaultMaxEntryBytes;
  if (!Number.isSafeInteger(maxEntryBytes) || maxEntryBytes < 1) {
    throw new TypeError(
      `cacheSimple: maxEntryBytes must be an integer >= 1; got ${String(options.maxEntryBytes)}`,
    );
  }
  const coalesceWaitMs = options.coalesceWaitMs ?? 60_000;
  if (!Number.isSafeInteger(coalesceWaitMs) || coalesceWaitMs < 0) {
    throw new TypeError(
      `cacheSimple: coalesceWaitMs must be an integer >= 0; got ${String(options.coalesceWaitMs)}`,
    );
  }
  const logger = options.logger ?? console;
  if (typeof logger !== 'object' || logger === null || typeof logger.warn !== 'function') {
    throw new TypeError('cacheSimple: logger must have a warn(message) method');
  }
  return {
    store,
    maxAge,
    key: options.key,
    partition: options.partition ?? credentialPartition,
    namespace: options.namespace,
    maxEntryBytes,
    coalesceWaitMs,
    logger,
  };
}
