import { isNullBodyStatus } from './null-body-status.js';

const unusable = 'Body is unusable: Body has already been read';

type HeldMember =
  | 'headers'
  | 'body'
  | 'bodyUsed'
  | 'text'
  | 'json'
  | 'arrayBuffer'
  | 'blob'
  | 'formData'
  | 'clone';

// undici-types declares a response's headers and body members as properties, which a subclass may
// not override as accessors and methods; at run time they are accessors and methods on the prototype.
const ResponseWithoutBody = Response as unknown as new (
  body: null,
  init: ResponseInit,
) => Omit<Response, HeldMember>;

/**
 * A `Response` whose body is a string already in memory, such as a cache hit. It is a real
 * `Response` (`instanceof` holds; status and headers behave the same, a string body's default
 * `content-type` included), but `text()` and `json()` hand the string over without making a body
 * stream: on Node 20, `new Response(text)` and reading it back through its stream cost more than
 * the rest of an in-process answer (`arrayBuffer()` and `bytes()` encode the string). The stream is
 * made only when something asks for `body` (or reads the body as a blob or form data); from then on
 * every read goes through it, so `bodyUsed` and locking work as for any response.
 *
 * @throws TypeError when `init.status` is one that cannot have a body (204, 205, 304); RangeError,
 *   as for any `Response`, when it is outside 200–599.
 */
export class TextBodyResponse extends ResponseWithoutBody {
  /** The headers `replacing` hands to the constructor it calls next. */
  static #adopting: Headers | undefined;
  /** Headers taken over from a spent response (`replacing`); else the response's own. */
  readonly #headers: Headers;
  readonly #text: string;
  /** The text parsed by `peekJson()`, handed over by the first `json()`; `undefined` when not parsed. */
  #parsed: unknown;
  #used = false;
  #streamed: Response | undefined;

  constructor(text: string, init: ResponseInit = {}) {
    const adopted = TextBodyResponse.#adopting;
    TextBodyResponse.#adopting = undefined;
    super(null, adopted ? { status: init.status, statusText: init.statusText } : init);
    this.#headers = adopted ?? (Reflect.get(Response.prototype, 'headers', this) as Headers);
    if (isNullBodyStatus(this.status)) {
      throw new TypeError(`TextBodyResponse: a ${this.status} response cannot have a body`);
    }
    if (!this.headers.has('content-type')) this.headers.set('content-type', 'text/plain;charset=UTF-8');
    this.#text = text;
  }

  /**
   * `response`'s answer with `text`, the body read from it, held in memory: the same status, status
   * text and headers. A constructed response's `Headers` object itself is taken over, not copied
   * (about 1 µs saved per answer on Node 20): `response` is spent once its body was read, so nothing
   * else uses them. A fetched response's headers cannot change (its `type` is not `default`), so they
   * are copied, and the held answer's headers can change as any constructed response's.
   *
   * @throws TypeError, as the constructor, when `response.status` cannot have a body.
   */
  static replacing(response: Response, text: string): TextBodyResponse {
    const init: ResponseInit = { status: response.status, statusText: response.statusText };
    if (response.type !== 'default')
      return new TextBodyResponse(text, { ...init, headers: response.headers });
    TextBodyResponse.#adopting = response.headers;
    try {
      return new TextBodyResponse(text, init);
    } finally {
      TextBodyResponse.#adopting = undefined;
    }
  }

  get headers(): Headers {
    return this.#headers;
  }

  get body(): ReadableStream<Uint8Array> {
    return this.#stream().body!;
  }

  get bodyUsed(): boolean {
    return this.#used || this.#streamed?.bodyUsed === true;
  }

  text(): Promise<string> {
    return this.#read(readText, sameText);
  }

  json(): Promise<unknown> {
    return this.#read(readJson, (text) => {
      const parsed = this.#parsed ?? JSON.parse(text);
      this.#parsed = undefined;
      return parsed;
    });
  }

  /**
   * The body parsed as JSON, without reading it: for a middleware that needs facts from an answer
   * (usage, model) before passing it on. The text is parsed once; the first `json()` then hands that
   * same value over instead of parsing again, so an observer must not change it.
   *
   * @throws SyntaxError when the text is not JSON.
   */
  peekJson(): unknown {
    this.#parsed ??= JSON.parse(this.#text);
    return this.#parsed;
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return this.#read(readArrayBuffer, arrayBufferOf);
  }

  blob(): Promise<Blob> {
    return this.#readable().then((response) => response.blob());
  }

  formData(): Promise<FormData> {
    return this.#readable().then((response) => response.formData());
  }

  /** The body as bytes (`Response.bytes()` of newer runtimes, here on Node 20 too). */
  bytes(): Promise<Uint8Array> {
    return this.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }

  clone(): Response {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const init = { status: this.status, statusText: this.statusText, headers: this.headers };
    if (!this.#streamed) return new TextBodyResponse(this.#text, init);
    return new Response(this.#streamed.clone().body, init);
  }

  /**
   * The response holding the body stream, made on first need with this one's headers (a blob's type
   * and form data parsing follow `content-type`); read already: a locked, empty one.
   */
  #stream(): Response {
    if (!this.#streamed) {
      this.#streamed = new Response(this.#used ? '' : this.#text, { headers: this.headers });
      if (this.#used) this.#streamed.body!.getReader();
    }
    return this.#streamed;
  }

  /**
   * The body read once: through the stream when one was made (`streamed`), else from the text
   * (`direct`); a rejection when it was read already.
   */
  #read<T>(streamed: (response: Response) => Promise<T>, direct: (text: string) => T): Promise<T> {
    if (this.#streamed) return streamed(this.#streamed);
    if (this.#used) return Promise.reject(new TypeError(unusable));
    this.#used = true;
    try {
      return Promise.resolve(direct(this.#text));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** The response holding the body stream, or a rejection once the body was read without it. */
  #readable(): Promise<Response> {
    if (!this.#streamed && this.#used) return Promise.reject(new TypeError(unusable));
    return Promise.resolve(this.#stream());
  }
}

const encoder = new TextEncoder();
const readText = (response: Response) => response.text();
const sameText = (text: string) => text;
const readJson = (response: Response) => response.json();
const readArrayBuffer = (response: Response) => response.arrayBuffer();

/** `text` as UTF-8 in an `ArrayBuffer` of its own. */
function arrayBufferOf(text: string): ArrayBuffer {
  const bytes = encoder.encode(text);
  return bytes.byteLength === bytes.buffer.byteLength
    ? bytes.buffer
    : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}
