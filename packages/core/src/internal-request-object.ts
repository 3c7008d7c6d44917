import { emptyRequestRecord, type RequestRecord } from './request-record.js';

/** The methods the Fetch standard upper-cases (`patch` stays as given, as `new Request()` keeps it). */
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const methodToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

const bodyReadError = () =>
  new TypeError(
    'This request was made by Switchyard for Switchyard parts only; read its body through @switchyard/core ' +
      '(readJsonBody, readBodyText, sendableBody), not through the Request itself',
  );

/**
 * The object behind `internalRequest`: a `Request` to every Switchyard part (`Request.prototype` is
 * its prototype, so `instanceof Request` holds) that holds only what those parts read: URL, method
 * and headers. On Node 20 the `Request` constructor also makes an `AbortController`, a URL record and
 * webidl conversions, about 5 µs a call, for a signal and a body an internal request keeps in core's
 * records instead. Reading the body through the Fetch API throws, naming what to use.
 */
class InternalRequest {
  readonly #record: RequestRecord = emptyRequestRecord();
  readonly #url: string;
  readonly #method: string;
  readonly #headers: Headers;
  #signal: AbortSignal | undefined;

  constructor(url: string, method: string, headers: Headers) {
    this.#url = url;
    this.#method = method;
    this.#headers = headers;
  }

  get url(): string {
    return this.#url;
  }

  get method(): string {
    return this.#method;
  }

  get headers(): Headers {
    return this.#headers;
  }

  get redirect(): Request['redirect'] {
    return 'follow';
  }

  /** Always `null`: the body is in core's records. */
  get body(): null {
    return null;
  }

  get bodyUsed(): boolean {
    return false;
  }

  /** A signal that never aborts, made on first use: the caller's own is in core's records (`requestSignal`). */
  get signal(): AbortSignal {
    this.#signal ??= new AbortController().signal;
    return this.#signal;
  }

  get cache(): Request['cache'] {
    return 'default';
  }

  get credentials(): Request['credentials'] {
    return 'same-origin';
  }

  get destination(): Request['destination'] {
    return '';
  }

  get integrity(): string {
    return '';
  }

  get keepalive(): boolean {
    return false;
  }

  get mode(): Request['mode'] {
    return 'cors';
  }

  get referrer(): string {
    return 'about:client';
  }

  get referrerPolicy(): Request['referrerPolicy'] {
    return '';
  }

  get duplex(): 'half' {
    return 'half';
  }

  clone(): never {
    throw bodyReadError();
  }

  /** The record of `request` when it is an internal request object, else `undefined`. */
  static recordOf(request: object): RequestRecord | undefined {
    return #record in request ? (request as InternalRequest).#record : undefined;
  }

  /** What `console.log` and `util.inspect` show: never the headers, which carry credentials. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `InternalRequest { method: ${this.#method}, url: ${new URL(this.#url).pathname} }`;
  }
}
Object.setPrototypeOf(InternalRequest.prototype, Request.prototype);
// Every way of reading the body through the Fetch API refuses, naming what to use instead.
for (const reader of ['arrayBuffer', 'blob', 'bytes', 'formData', 'json', 'text']) {
  Object.defineProperty(InternalRequest.prototype, reader, {
    value: () => Promise.reject(bodyReadError()),
    writable: true,
    configurable: true,
  });
}

/** The record an internal request object carries (core's knowledge of it); `undefined` for others. */
export function ownRecordOf(request: Request): RequestRecord | undefined {
  return InternalRequest.recordOf(request);
}

/**
 * A request object for `url`, `method` and `headers` (taken as they are, not copied), checked and
 * normalized as `new Request()` does: a parsed URL without credentials, a valid method token, the
 * standard methods upper-cased.
 *
 * @throws TypeError naming an invalid URL or method, as `new Request()` would.
 */
export function newInternalRequestObject(url: string | URL, method: string, headers: Headers): Request {
  return new InternalRequest(checkedHref(url), normalizeMethod(method), headers) as unknown as Request;
}

/** `url` parsed and serialized, as `new Request()` keeps it; refused when it carries credentials. */
function checkedHref(url: string | URL): string {
  const given = typeof url === 'string' ? url : undefined;
  const known = given === undefined ? undefined : checkedHrefs.get(given);
  if (known !== undefined) return known;
  const parsed = new URL(url);
  if (parsed.username !== '' || parsed.password !== '') {
    throw new TypeError(
      `Request cannot be constructed from a URL that includes credentials: ${parsed.origin}`,
    );
  }
  // A client calls a few endpoints over and over; a flood of one-off URLs only empties the memo. A
  // query may carry a key (Gemini's `?key=`): such URLs are not kept beyond their request.
  if (given !== undefined && given.length <= maxRememberedUrlLength && !given.includes('?')) {
    if (checkedHrefs.size >= maxRememberedUrls) checkedHrefs.clear();
    checkedHrefs.set(given, parsed.href);
  }
  return parsed.href;
}

/** URLs without a query already parsed, as given, to their serialization: parsing costs about 1 µs. */
const checkedHrefs = new Map<string, string>();
const maxRememberedUrls = 256;
const maxRememberedUrlLength = 512;

function normalizeMethod(method: string): string {
  if (!methodToken.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  const upper = method.toUpperCase();
  if (forbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
  return normalizedMethods.has(upper) ? upper : method;
}
