import {
  knownResponseBytes,
  rememberResponseBytes,
  responseHeaders,
  tapResponse,
} from '@switchyard/core/internal';
import {
  asksForUsage,
  isCacheHitStatus,
  observeJsonBody,
  type RequestFacts,
  type ResponseObservation,
  readRequestFacts,
  sseObservationTap,
  withIncludeUsage,
} from '@switchyard/trace/internal';

/** A request made ready for usage to be learnt from its answer. */
export interface UsageRequest {
  /** What to send on: the request itself, or a copy asking for stream usage. */
  request: Request;
  facts: RequestFacts;
  /** True when the usage chunk was asked for here, so it must be removed before the caller sees it. */
  stripUsageChunk: boolean;
}

/**
 * Reads `request`'s facts (its JSON body is parsed once, through core's memo) and, for a chat
 * stream whose caller did not ask for usage, asks the provider for it
 * (`stream_options.include_usage`), as `trace` does: a limiter outside or inside `trace` then asks
 * once and the caller still sees no usage chunk it did not ask for. The last request's answer is
 * remembered, so a second limiter handed the same request does not read it again.
 */
export const askForUsage = lastOne(prepareForUsage);

async function prepareForUsage(request: Request): Promise<UsageRequest> {
  const facts = await readRequestFacts(request);
  // Chat completions only: the Messages and Responses APIs always stream their usage.
  const stripUsageChunk =
    facts.stream &&
    facts.path.endsWith('/chat/completions') &&
    facts.body !== undefined &&
    !asksForUsage(facts.body);
  return {
    request: stripUsageChunk ? await withIncludeUsage(request, facts.body!) : request,
    facts,
    stripUsageChunk,
  };
}

/** True when the answer came from a cache in the pipeline: no provider was called, no tokens spent. */
export function isCacheHit(response: Response): boolean {
  return isCacheHitStatus(response.headers.get(responseHeaders.cacheStatus));
}

const decoder = new TextDecoder();

/**
 * `response` watched for its usage. A stream is watched as the caller reads it, through trace's SSE
 * tap (which also drops the usage chunk when `stripUsageChunk`); `onEnd` gets what was learnt once
 * it has ended (read to its end, failed or cancelled; a stream never read is never settled). A JSON
 * answer is read at once, as trace reads it (its usage is in the whole body, and its tokens are spent
 * whether or not the caller reads it): from the bytes the transport already holds when it holds them
 * (the answer is then passed on untouched), else from its body, the caller getting a new `Response`
 * with the same status, headers and bytes. `onEnd` gets `undefined` at once for an answer that can
 * carry no usage, or whose body failed (the caller then meets the same failure).
 */
export function watchUsage(
  response: Response,
  stripUsageChunk: boolean,
  onEnd: (observation: ResponseObservation | undefined) => void,
): Response | Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  if (response.body === null) {
    onEnd(undefined);
    return response;
  }
  if (type.includes('text/event-stream')) {
    return tapResponse(
      response,
      sseObservationTap({
        stripUsageChunk,
        startedAt: performance.now(),
        collectText: false,
        onEnd: (observation) => onEnd(observation),
      }),
    );
  }
  if (!type.includes('json')) {
    onEnd(undefined);
    return response;
  }
  const known = knownResponseBytes(response);
  if (known === undefined) return readJsonAnswer(response, onEnd);
  onEnd(observeJson(known));
  return response;
}

/** Reads a JSON answer whose bytes nobody holds yet; the caller gets a copy holding them. */
async function readJsonAnswer(
  response: Response,
  onEnd: (observation: ResponseObservation | undefined) => void,
): Promise<Response> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    onEnd(undefined);
    return failedBodyResponse(response, error);
  }
  onEnd(observeJson(bytes));
  const copy = new Response(bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  return rememberResponseBytes(copy, bytes);
}

/**
 * What a JSON answer's bytes say (usage, the model that answered); nothing when it is not JSON. The
 * last answer's is remembered, so that a second limiter in the pipeline does not parse it again.
 */
const observeJson = lastOne(function observeJson(bytes: Uint8Array): ResponseObservation {
  const observation: ResponseObservation = {};
  try {
    observeJsonBody(JSON.parse(decoder.decode(bytes)), observation);
  } catch {
    // Not JSON after all: nothing to learn; the caller's own json() fails as it would have.
  }
  return observation;
});

/**
 * `compute` remembering its last result: asked again for the same object (by identity), it answers
 * the same without computing. One entry, held strongly until the next object: unlike a `WeakMap` of
 * every object seen, it costs the garbage collector nothing.
 */
function lastOne<Key extends object, Value>(compute: (key: Key) => Value): (key: Key) => Value {
  let lastKey: Key | undefined;
  let lastValue!: Value;
  return (key) => {
    if (key !== lastKey) {
      lastValue = compute(key);
      lastKey = key;
    }
    return lastValue;
  };
}

/** `response` with a body that fails with `error` when read, as the body it came with did. */
function failedBodyResponse(response: Response, error: unknown): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.error(error);
    },
  });
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
