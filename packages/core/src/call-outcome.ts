import { concatBytes } from './concat-bytes.js';
import { type ErrorCode, errorCodeForStatus, isErrorCode } from './error-codes.js';
import { knownResponseBytes, rememberResponseBytes } from './response-bytes.js';

/**
 * What one call came to, as `fallback` and `retry` judge it in their `when` predicate: an answer
 * (`response`, its `status`, and for an error answer its `code` and `message`), or a thrown `error`
 * (with the `code` it means, when it means one).
 */
export type CallOutcome =
  | {
      /** The answer. Its body is unread; `when` must not read it. */
      response: Response;
      /** The answer's HTTP status. */
      status: number;
      /**
       * For an error answer: its `error.code` when that is one of `errorCodes`, else what its status
       * means (`errorCodeForStatus`). `undefined` for a 2xx answer.
       */
      code: ErrorCode | undefined;
      /** For an error answer: its `error.message`, when it has one. */
      message: string | undefined;
      error?: undefined;
    }
  | {
      /** What the call threw (a transport failure, a timeout, ...). */
      error: unknown;
      /** `timeout` for a timeout, `server_error` for a transport or protocol failure, else `undefined`. */
      code: ErrorCode | undefined;
      response?: undefined;
      status?: undefined;
      message?: undefined;
    };

/** Error bodies are small; a larger one is not read whole only to learn its code. */
const errorBodyLimitBytes = 64 * 1024;

/**
 * The outcome of an answer, and the answer to hand on: `response` itself when it is a 2xx answer or
 * its bytes were known, else the same answer rebuilt around the bytes read to learn its code.
 */
export async function responseOutcome(
  response: Response,
): Promise<{ outcome: CallOutcome; response: Response }> {
  const { status } = response;
  if (response.ok) return { outcome: { response, status, code: undefined, message: undefined }, response };
  let answer = response;
  let bytes = knownResponseBytes(response);
  if (bytes === undefined && response.body !== null && !response.bodyUsed) {
    const read = await readSome(response.body.getReader());
    answer = new Response(read.rest, {
      status,
      statusText: response.statusText,
      headers: response.headers,
    });
    if (read.whole) rememberResponseBytes(answer, read.bytes);
    bytes = read.whole ? read.bytes : undefined;
  }
  const error = bytes === undefined ? undefined : errorOfBody(bytes);
  const code = isErrorCode(error?.code) ? error.code : errorCodeForStatus(status);
  const message = typeof error?.message === 'string' ? error.message : undefined;
  return { outcome: { response: answer, status, code, message }, response: answer };
}

/** The outcome of a thrown `error`. */
export function errorOutcome(error: unknown): CallOutcome {
  const switchyardCode = (error as { code?: unknown } | null)?.code;
  let code: ErrorCode | undefined;
  if (switchyardCode === 'ERR_TIMEOUT') code = 'timeout';
  else if (switchyardCode === 'ERR_TRANSPORT' || switchyardCode === 'ERR_UPSTREAM_PROTOCOL') {
    code = 'server_error';
  }
  return { error, code };
}

/**
 * Reads up to `errorBodyLimitBytes` of a body. `rest` streams every byte of the body, those read
 * included; `whole` says whether `bytes` is all of it.
 */
async function readSome(
  reader: ReadableStreamDefaultReader<Uint8Array>,
): Promise<{ bytes: Uint8Array; whole: boolean; rest: ReadableStream<Uint8Array> }> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let whole = false;
  try {
    while (length <= errorBodyLimitBytes) {
      const next = await reader.read();
      if (next.done) {
        whole = true;
        break;
      }
      chunks.push(next.value);
      length += next.value.byteLength;
    }
  } catch (error) {
    // The body failed: hand on what came, then the same failure.
    return { bytes: new Uint8Array(0), whole: false, rest: replay(chunks, undefined, error) };
  }
  const bytes = concatBytes(chunks);
  return { bytes, whole, rest: whole ? replay([bytes]) : replay([bytes], reader) };
}

/** A stream of `chunks`, then the rest of `reader` (or the `failure`). */
function replay(
  chunks: Uint8Array[],
  reader?: ReadableStreamDefaultReader<Uint8Array>,
  failure?: unknown,
): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (index < chunks.length) {
        controller.enqueue(chunks[index++]!);
        return;
      }
      if (failure !== undefined) return controller.error(failure);
      if (reader === undefined) return controller.close();
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel(reason) {
      return reader?.cancel(reason);
    },
  });
}

/** `error` of an OpenAI-shaped error body, when the bytes are one. */
function errorOfBody(bytes: Uint8Array): { code?: unknown; message?: unknown } | undefined {
  try {
    const body = JSON.parse(new TextDecoder().decode(bytes)) as { error?: unknown };
    return typeof body?.error === 'object' && body.error !== null ? body.error : undefined;
  } catch {
    return undefined;
  }
}
