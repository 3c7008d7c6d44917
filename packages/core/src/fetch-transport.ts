import { markDetachSafe } from './detached-request.js';
import { TransportError } from './errors/transport-error.js';
import type { Handler } from './handler.js';
import { parseBaseURL, rebaseURL } from './rebase-url.js';
import { sendableBody } from './request-body.js';
import { stripOptionHeaders } from './strip-option-headers.js';
import { transportSignal } from './transport-signal.js';

/** Options of `fetchTransport`. */
export interface FetchTransportOptions {
  /** The `fetch` to call. Default: `globalThis.fetch`, looked up at call time. */
  fetch?: typeof fetch;
  /** Sends every request to this origin (and path prefix) instead of the request's own. Default: none. */
  baseURL?: string | URL;
}

/**
 * The portable transport: sends each request with `fetch` (Node, Deno, Bun, Workers, browsers).
 * Strips `x-switchyard-*` headers; a network failure rejects with `TransportError`, an abort with
 * the signal's reason. In Node, `undiciTransport()` from `@switchyard/transport-undici` is cheaper.
 */
export function fetchTransport(options: FetchTransportOptions = {}): Handler {
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new TypeError('fetchTransport: options.fetch must be a function');
  }
  const baseURL = options.baseURL === undefined ? undefined : parseBaseURL('fetchTransport', options.baseURL);
  const injected = options.fetch;
  // It reads bodies and signals through the request record: detached requests are safe with it.
  return markDetachSafe(async function fetchTransport(request: Request): Promise<Response> {
    const url = baseURL ? rebaseURL(request.url, baseURL) : request.url;
    const signal = transportSignal(request);
    const init = {
      method: request.method,
      headers: stripOptionHeaders(request.headers),
      body: sendableBody(request),
      signal,
      redirect: request.redirect,
      duplex: 'half',
    } as RequestInit;
    try {
      return await (injected ?? fetch)(url, init);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new TransportError(withoutQuery(url), error);
    }
  });
}

function withoutQuery(url: string): string {
  const index = url.indexOf('?');
  return index === -1 ? url : url.slice(0, index);
}
