import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { type Handler, TransportError } from '@switchyard/core';
import {
  connectionHeaderNames,
  isHopByHopHeader,
  isNullBodyStatus,
  isPerHopRequestHeader,
  markDetachSafe,
  markFirstByteSettled,
  optionHeaderPrefix,
  parseBaseURL,
  rebaseURL,
  rememberResponseBytes,
  sendableBody,
  transportSignal,
} from '@switchyard/core/internal';
import type { Agent, Dispatcher } from 'undici';
import { type AddressPolicy, type AddressPolicyOptions, addressPolicy } from './address-policy.js';
import { closableAgent } from './closable-agent.js';
import { guardedConnector } from './guarded-connector.js';
import { firstBytesArrived, responseBody } from './response-body.js';

/** Options of `undiciTransport`. */
export interface UndiciTransportOptions {
  /**
   * Most connections kept per origin. Default: unlimited, as `fetch` (a long LLM stream holds a
   * connection for its whole length, so a low cap queues other requests behind streams).
   */
  connections?: number;
  /** How long an idle keep-alive connection stays open, in milliseconds. Default: 4000. */
  keepAliveTimeout?: number;
  /** HTTP/1.1 requests sent on one connection before the previous answered. Default: 1 (no pipelining). */
  pipelining?: number;
  /**
   * Longest wait for an answer's headers, in milliseconds; `0` waits for ever. Passing it rejects
   * with `TransportError`. Default: 300000, undici's (a non-streaming answer that takes longer, a long
   * completion from a slow model, needs more, or `0` and a `deadline()` around the pipeline).
   */
  headersTimeout?: number;
  /**
   * Longest wait between two chunks of an answer's body, in milliseconds; `0` waits for ever.
   * Passing it errors the body with `TransportError`. Default: 300000, undici's.
   */
  bodyTimeout?: number;
  /**
   * An undici dispatcher (`Agent`, `Pool`, `ProxyAgent`, a mock) to send with instead of the
   * transport's own `Agent`. It cannot be combined with the pool options above, and `close()`
   * leaves it open: whoever made it closes it. Default: a new `Agent` with the options above.
   */
  dispatcher?: Dispatcher;
  /** Sends every request to this origin (and path prefix) instead of the request's own. Default: none. */
  baseURL?: string | URL;
  /**
   * Checks every address before a connection is opened to it: each address a host name resolves
   * to (only allowed ones are used) and each IP literal, on every new connection, so redirects and
   * DNS rebinding are covered. A refused connection rejects with `TransportError` whose `cause` is
   * an `AddressNotAllowedError`. An `addressPolicy(...)` or its options. Cannot be combined with
   * `dispatcher`. Default: none (every address allowed).
   */
  addressPolicy?: AddressPolicy | AddressPolicyOptions;
  /**
   * Resolves host names for the transport's own pool, as `dns.lookup` does (tests inject one).
   * Cannot be combined with `dispatcher`. Default: `dns.lookup`.
   */
  lookup?: LookupFunction;
}

/** A `Handler` sending requests on undici's keep-alive pool, with `close()` to release the pool. */
export interface UndiciTransport extends Handler {
  /**
   * Closes the transport's own pool: no new requests, in-flight ones (streams included) may finish
   * for up to `deadlineMs`, then every connection still open is destroyed (their bodies error).
   * Always resolves by the deadline, even while a stalled stream nobody reads is open. Calling it
   * again returns the same promise. An injected dispatcher is left open.
   *
   * @param deadlineMs Default: 10000.
   * @throws TypeError when `deadlineMs` is not a number >= 0.
   */
  close(deadlineMs?: number): Promise<void>;
}

/** Default of `close(deadlineMs)`: as long as `serve`'s own close waits for open requests. */
const defaultCloseDeadlineMs = 10_000;

/**
 * A Node transport on undici's `request()` with a keep-alive pool: the same contract as core's
 * `fetchTransport` (strips `x-switchyard-*` headers, asks for uncompressed answers, streams request and response bodies without
 * buffering, honours the request's signal, a network failure rejects with `TransportError`, an
 * abort with the signal's reason), at a fraction of `fetch`'s cost per request. A successful event
 * stream is answered once its first bytes have arrived (as retry, fallback and timeout need anyway). Node only: use
 * `fetchTransport` on Workers, Deno, Bun and in browsers. Redirects are returned, not followed.
 *
 * @throws TypeError when an option is invalid.
 */
export function undiciTransport(options: UndiciTransportOptions = {}): UndiciTransport {
  if (options.dispatcher !== undefined) checkDispatcher(options);
  const own = options.dispatcher === undefined ? closableAgent(resolvePoolOptions(options)) : undefined;
  const dispatcher = options.dispatcher ?? own!.agent;
  const baseURL =
    options.baseURL === undefined ? undefined : parseBaseURL('undiciTransport', options.baseURL);
  let closing: Promise<void> | undefined;

  async function undiciTransport(request: Request): Promise<Response> {
    const url = baseURL ? rebaseURL(request.url, baseURL) : request.url;
    const signal = transportSignal(request);
    if (signal?.aborted) throw signal.reason;
    const { origin, path } = splitURL(url);
    const method = request.method;
    const body = method === 'GET' || method === 'HEAD' ? null : sendableBody(request);
    let answer: Dispatcher.ResponseData;
    try {
      answer = await dispatcher.request({
        origin,
        path,
        method: method as Dispatcher.HttpMethod,
        headers: headerList(request.headers),
        body:
          body instanceof ReadableStream
            ? Readable.fromWeb(body as import('node:stream/web').ReadableStream)
            : body,
        signal: signal ?? null,
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new TransportError(withoutQuery(url), error);
    }
    const { statusCode, statusText, headers } = answer;
    const hasBody = method !== 'HEAD' && !isNullBodyStatus(statusCode);
    if (!hasBody) answer.body.dump().catch(() => undefined);
    if (hasBody && isSmallJson(statusCode, headers)) {
      // Read whole here, on the Node stream: a JSON answer is only useful whole, and its bytes,
      // remembered, spare the provider's check and the gateway's writer a read back out of the stream.
      const bytes = await wholeBody(answer.body, signal, withoutQuery(url));
      const whole = new Response(bytes, { status: statusCode, statusText, headers: headerPairs(headers) });
      return markFirstByteSettled(rememberResponseBytes(whole, bytes));
    }
    const stream = hasBody ? responseBody(answer.body, signal, withoutQuery(url)) : null;
    // Retry, fallback and timeout wait for a successful event stream's first bytes; waiting here,
    // on the Node stream, spares them wrapping the body in a stream of their own to peek at it.
    // Any other answer is marked settled too, so they need not read its content type again.
    const settled =
      stream !== null && isEventStream(statusCode, headers) ? await firstBytesArrived(answer.body) : true;
    const response = new Response(stream, { status: statusCode, statusText, headers: headerPairs(headers) });
    return settled ? markFirstByteSettled(response) : response;
  }

  // It reads bodies and signals through the request record: detached requests are safe with it.
  return Object.assign(markDetachSafe(undiciTransport), {
    close(deadlineMs: number = defaultCloseDeadlineMs) {
      if (typeof deadlineMs !== 'number' || !(deadlineMs >= 0)) {
        throw new TypeError(
          `undiciTransport: close(deadlineMs) needs a number >= 0; got ${String(deadlineMs)}`,
        );
      }
      if (own === undefined) return Promise.resolve();
      closing ??= own.close(deadlineMs);
      return closing;
    },
  });
}

function resolvePoolOptions(options: UndiciTransportOptions): Agent.Options {
  const pool: Agent.Options = { pipelining: 1, keepAliveTimeout: 4000, ...resolveConnect(options) };
  if (options.connections !== undefined) {
    pool.connections = checkInteger('connections', options.connections, 1);
  }
  if (options.keepAliveTimeout !== undefined) {
    pool.keepAliveTimeout = checkInteger('keepAliveTimeout', options.keepAliveTimeout, 1);
  }
  if (options.pipelining !== undefined) {
    pool.pipelining = checkInteger('pipelining', options.pipelining, 0);
  }
  if (options.headersTimeout !== undefined) {
    pool.headersTimeout = checkInteger('headersTimeout', options.headersTimeout, 0);
  }
  if (options.bodyTimeout !== undefined) {
    pool.bodyTimeout = checkInteger('bodyTimeout', options.bodyTimeout, 0);
  }
  return pool;
}

function resolveConnect(options: UndiciTransportOptions): Pick<Agent.Options, 'connect'> {
  const { lookup } = options;
  if (lookup !== undefined && typeof lookup !== 'function') {
    throw new TypeError('undiciTransport: lookup must be a function like dns.lookup');
  }
  const given = options.addressPolicy;
  if (given === undefined) return lookup === undefined ? {} : { connect: { lookup } };
  const policy = isAddressPolicy(given) ? given : addressPolicy(given);
  return { connect: guardedConnector(policy, lookup) };
}

function isAddressPolicy(value: AddressPolicy | AddressPolicyOptions): value is AddressPolicy {
  return typeof (value as Partial<AddressPolicy>).check === 'function';
}

function checkDispatcher(options: UndiciTransportOptions): void {
  const dispatcher = options.dispatcher as { request?: unknown } | null;
  if (typeof dispatcher !== 'object' || dispatcher === null || typeof dispatcher.request !== 'function') {
    throw new TypeError('undiciTransport: dispatcher must be an undici Dispatcher (Agent, Pool, ...)');
  }
  const poolOptions = [
    'connections',
    'keepAliveTimeout',
    'pipelining',
    'headersTimeout',
    'bodyTimeout',
    'addressPolicy',
    'lookup',
  ] as const;
  for (const name of poolOptions) {
    if (options[name] !== undefined) {
      throw new TypeError(
        `undiciTransport: ${name} cannot be combined with dispatcher; configure the dispatcher`,
      );
    }
  }
}

function checkInteger(name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new TypeError(`undiciTransport: ${name} must be an integer >= ${min}; got ${String(value)}`);
  }
  return value;
}

/** Origin and path of a URL already normalised by `Request` (no credentials; the fragment dropped). */
function splitURL(url: string): { origin: string; path: string } {
  const pathStart = url.indexOf('/', url.indexOf('//') + 2);
  const hash = url.indexOf('#');
  const end = hash === -1 ? url.length : hash;
  if (pathStart === -1 || pathStart > end) return { origin: url.slice(0, end), path: '/' };
  return { origin: url.slice(0, pathStart), path: url.slice(pathStart, end) };
}

/**
 * Request headers as undici's flat `[name, value, ...]` list, without `x-switchyard-*` option
 * headers (left out here rather than copied out beforehand) and without what describes the hop to
 * the previous sender: hop-by-hop headers, those the `Connection` header names, `host`,
 * `content-length` and `expect` (undici sets its own framing, and refuses `expect` outright). The
 * caller's `accept-encoding` is dropped too: `request()` hands bodies on as they arrive, without
 * decompressing as `fetch` does, so a compressed answer would reach providers' parsers (and
 * callers, once `content-encoding` is dropped from a translated answer) as unreadable bytes.
 */
function headerList(headers: Headers): string[] {
  const named = connectionHeaderNames(headers.get('connection'));
  const list: string[] = [];
  for (const [name, value] of headers) {
    if (isPerHopRequestHeader(name) || name === 'accept-encoding' || name.startsWith(optionHeaderPrefix))
      continue;
    if (named?.has(name) !== true) list.push(name, value);
  }
  return list;
}

/**
 * Response headers as pairs, one per value, so repeated headers (`set-cookie`) stay separate;
 * hop-by-hop headers (and those the upstream's `Connection` header names) describe the upstream
 * connection and are left out.
 */
function headerPairs(headers: Record<string, string | string[] | undefined>): [string, string][] {
  const connection = headers.connection;
  const named = connectionHeaderNames(typeof connection === 'string' ? connection : connection?.join(','));
  const pairs: [string, string][] = [];
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined || isHopByHopHeader(name) || named?.has(name) === true) continue;
    if (typeof value === 'string') pairs.push([name, value]);
    else for (const item of value) pairs.push([name, item]);
  }
  return pairs;
}

/** Largest JSON answer read whole by the transport: far above any completion, below a big embeddings batch. */
const wholeJsonLimitBytes = 1024 * 1024;

/** A successful JSON answer of a declared length up to `wholeJsonLimitBytes`. */
function isSmallJson(status: number, headers: Record<string, string | string[] | undefined>): boolean {
  const type = headers['content-type'];
  const length = headers['content-length'];
  return (
    status >= 200 &&
    status < 300 &&
    typeof type === 'string' &&
    type.includes('json') &&
    typeof length === 'string' &&
    Number(length) <= wholeJsonLimitBytes
  );
}

/** The whole of `body`; a failure rejects with the signal's reason after an abort, else a `TransportError`. */
async function wholeBody(
  body: Dispatcher.ResponseData['body'],
  signal: AbortSignal | undefined,
  url: string,
) {
  try {
    return await body.bytes();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new TransportError(url, error);
  }
}

function isEventStream(status: number, headers: Record<string, string | string[] | undefined>): boolean {
  const type = headers['content-type'];
  return status >= 200 && status < 300 && typeof type === 'string' && type.startsWith('text/event-stream');
}

function withoutQuery(url: string): string {
  const index = url.search(/[?#]/);
  return index === -1 ? url : url.slice(0, index);
}
