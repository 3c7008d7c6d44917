import type { Span } from '@opentelemetry/api';
import { type Handler, SwitchyardError } from '@switchyard/core';
import {
  knownResponseBytes,
  rememberResponseBytes,
  responseHeaders,
  tapResponse,
} from '@switchyard/core/internal';
import { isCacheHitStatus } from './cache-hit.js';
import { finishSpan } from './genai-spans.js';
import { costOfUsage } from './prices.js';
import type { RequestFacts } from './request-facts.js';
import { observeJsonBody, type ResponseObservation } from './response-observation.js';
import { scrub, scrubDeep } from './secrets.js';
import { sseObservationTap } from './sse-observation-tap.js';
import { emitRecord, type TraceSettings } from './trace-options.js';
import type { TraceAttemptSummary, TraceRecord } from './trace-record.js';
import { utf8Text } from './utf8-text.js';

/** Everything one observed call (a request or an attempt) needs. */
export interface ObservedCall {
  kind: 'request' | 'attempt';
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  span: Span;
  facts: RequestFacts;
  metadata: Record<string, string>;
  /** The request's tenant (`requestOptions(request).tenant`), when it has one. */
  tenant: string | undefined;
  /** The credentials of the request, looked up only when something is about to be recorded as text. */
  secrets(): readonly string[];
  settings: TraceSettings;
  stripUsageChunk: boolean;
  /** Attempts recorded under this call so far (request calls only). */
  attempts?: TraceAttemptSummary[];
  /** Called with the finished record, after the span ended and before the sinks see it. */
  onFinish?(record: TraceRecord): void;
}

/**
 * Sends `request` to `next` and records the call. A JSON answer is read here at once (its facts are
 * in the whole body, and retry and fallback often drop error answers unread) and recorded when it
 * has arrived: from the bytes the transport already holds, handing on the same `Response`, else read
 * from its body, handing on a new `Response` with the same status, headers and bytes. A stream is
 * observed while the caller reads it, and recorded when it ends or is cancelled (an unread stream is
 * never recorded). A thrown error is recorded and rethrown unchanged.
 */
export async function observeCall(next: Handler, request: Request, call: ObservedCall): Promise<Response> {
  const startTime = Date.now();
  const startedAt = performance.now();
  let response: Response;
  try {
    response = await next(request);
  } catch (error) {
    const record = baseRecord(call, startTime, startedAt, undefined);
    record.outcome = 'error';
    record.errorCode = errorCodeOf(error);
    const message = error instanceof Error ? error.message : String(error);
    record.errorMessage = scrub(message, call.secrets()).slice(0, 500);
    if (call.span.isRecording() && error instanceof Error) {
      call.span.recordException(scrubbedError(error, call));
    }
    finish(call, record);
    throw error;
  }
  const type = response.headers.get('content-type') ?? '';
  const sse = type.includes('text/event-stream');
  if (!sse && type.includes('json') && response.body !== null) {
    const known = knownResponseBytes(response);
    if (known === undefined) return observeJsonAnswer(response, call, startTime, startedAt);
    // The transport read it whole already: observing it costs no read and no copy.
    recordJsonAnswer(response, known, call, startTime, startedAt);
    return response;
  }
  if (sse && response.body !== null) {
    const tap = sseObservationTap({
      stripUsageChunk: call.stripUsageChunk,
      startedAt,
      collectText: call.settings.recordContent,
      onEnd: (observation, outcome, error) => {
        const record = baseRecord(call, startTime, startedAt, response);
        record.stream = true;
        record.outcome = outcome;
        applyObservation(record, observation, call);
        if (outcome === 'error' && record.errorCode === undefined) {
          record.errorCode = errorCodeOf(error);
        }
        finish(call, record);
      },
    });
    return tapResponse(response, tap);
  }
  const record = baseRecord(call, startTime, startedAt, response);
  applyObservation(record, {}, call);
  finish(call, record);
  return response;
}

/**
 * Reads a JSON answer at once and records it: every fact is in the whole body, which the caller
 * reads whole too. The caller gets a new `Response` with the same status, headers and bytes, which
 * are remembered beside it, so an outer `trace()` or the gateway's writer need not read them again.
 * A body that fails mid-way is recorded as an error, and the caller meets the same failure reading
 * the body.
 */
async function observeJsonAnswer(
  response: Response,
  call: ObservedCall,
  startTime: number,
  startedAt: number,
): Promise<Response> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    const record = baseRecord(call, startTime, startedAt, response);
    applyObservation(record, {}, call);
    record.outcome = 'error';
    record.errorCode = errorCodeOf(error);
    finish(call, record);
    return failedBodyResponse(response, error);
  }
  recordJsonAnswer(response, bytes, call, startTime, startedAt);
  const copy = new Response(bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  return rememberResponseBytes(copy, bytes);
}

/** Records the JSON answer `response`, whose whole body is `bytes`. */
function recordJsonAnswer(
  response: Response,
  bytes: Uint8Array,
  call: ObservedCall,
  startTime: number,
  startedAt: number,
): void {
  const observation: ResponseObservation = {};
  try {
    observeJsonBody(JSON.parse(utf8Text(bytes)), observation);
  } catch {
    // Not JSON after all: the caller gets the bytes as they came, and its json() rejects as before.
  }
  const record = baseRecord(call, startTime, startedAt, response);
  applyObservation(record, observation, call);
  finish(call, record);
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

function baseRecord(
  call: ObservedCall,
  startTime: number,
  startedAt: number,
  response: Response | undefined,
): TraceRecord {
  const record: TraceRecord = {
    kind: call.kind,
    traceId: call.traceId,
    spanId: call.spanId,
    startTime,
    latencyMs: performance.now() - startedAt,
    method: call.facts.method,
    path: call.facts.path,
    operation: call.facts.operation,
    stream: false,
    metadata: call.metadata,
    outcome: 'completed',
  };
  if (call.parentSpanId !== undefined) record.parentSpanId = call.parentSpanId;
  if (call.tenant !== undefined) record.tenant = call.tenant;
  if (call.facts.model !== undefined) record.modelRequested = call.facts.model;
  if (call.settings.recordContent && call.facts.body) {
    const body = call.facts.body;
    const input = body.messages ?? body.input ?? body.prompt;
    if (input !== undefined) record.input = scrubDeep(input, call.secrets());
  }
  if (response) {
    record.status = response.status;
    const headers = response.headers;
    const provider = headers.get(responseHeaders.provider);
    if (provider !== null) record.provider = provider;
    const cacheStatus = headers.get(responseHeaders.cacheStatus);
    if (cacheStatus !== null) record.cacheStatus = cacheStatus;
    const retries = integerHeader(headers, responseHeaders.retryAttemptCount);
    if (retries !== undefined) record.retryCount = retries;
    const branch = headers.get(responseHeaders.lastUsedOptionIndex);
    if (branch !== null) record.lastUsedOptionIndex = branch;
  }
  return record;
}

function applyObservation(record: TraceRecord, observation: ResponseObservation, call: ObservedCall): void {
  record.latencyMs = Math.max(record.latencyMs, 0);
  if (observation.modelServed !== undefined) record.modelServed = observation.modelServed;
  if (observation.responseId !== undefined) record.responseId = observation.responseId;
  if (observation.finishReasons) record.finishReasons = [...observation.finishReasons];
  if (observation.timeToFirstTokenMs !== undefined)
    record.timeToFirstTokenMs = observation.timeToFirstTokenMs;
  if (observation.usage) {
    record.usage = observation.usage;
    const cost = costOfUsage(
      observation.usage,
      { served: record.modelServed, requested: record.modelRequested, provider: record.provider },
      call.settings.prices,
      call.settings.catalogPrices,
    );
    // A cache hit called no provider: it cost nothing, and saved what the stored answer cost.
    if (isCacheHitStatus(record.cacheStatus)) {
      record.costUsd = 0;
      if (cost !== undefined) record.savedUsd = cost;
    } else if (cost !== undefined) record.costUsd = cost;
  }
  if (call.settings.recordContent && observation.output !== undefined) {
    record.output = scrub(observation.output, call.secrets());
  }
  if (record.status !== undefined && record.status >= 400) {
    record.outcome = 'error';
    record.errorCode = observation.errorCode ?? `http_${record.status}`;
    if (observation.errorMessage !== undefined)
      record.errorMessage = scrub(observation.errorMessage, call.secrets());
  } else if (observation.errorCode !== undefined) {
    record.outcome = 'error';
    record.errorCode = observation.errorCode;
    if (observation.errorMessage !== undefined)
      record.errorMessage = scrub(observation.errorMessage, call.secrets());
  }
}

function finish(call: ObservedCall, record: TraceRecord): void {
  if (call.attempts && call.attempts.length > 0) record.fallbackPath = [...call.attempts];
  record.latencyMs = Math.max(record.latencyMs, 0);
  finishSpan(call.span, record);
  call.onFinish?.(record);
  emitRecord(call.settings, record);
}

function integerHeader(headers: Headers, name: string): number | undefined {
  const value = headers.get(name);
  if (value === null) return undefined;
  const number = Number(value);
  return Number.isInteger(number) ? number : undefined;
}

/** A record's `errorCode` for a thrown `error`: a Switchyard error's code, else the error's name. */
function errorCodeOf(error: unknown): string {
  if (error instanceof SwitchyardError) return error.code;
  if (error instanceof Error) return error.name === 'Error' ? 'ERR_UNKNOWN' : error.name;
  return 'ERR_UNKNOWN';
}

function scrubbedError(error: Error, call: ObservedCall): Error {
  const copy = new Error(scrub(error.message, call.secrets()));
  copy.name = error.name;
  return copy;
}
