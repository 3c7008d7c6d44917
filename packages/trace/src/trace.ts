import { context, trace as otelTrace, type Span, SpanKind } from '@opentelemetry/api';
import { type Middleware, requestOptions } from '@switchyard/core';
import { deriveRequest, responseHeaders, withResponseHeaders } from '@switchyard/core/internal';
import { type ActiveTrace, activeTraces, parentSpanHeader } from './active-traces.js';
import { requestAttributes } from './genai-spans.js';
import { isW3cTraceId, newSpanId, newTraceId } from './ids.js';
import { asksForUsage, withIncludeUsage } from './include-usage.js';
import { observeCall } from './observe-call.js';
import { readRequestFacts } from './request-facts.js';
import { secretsOf } from './secrets.js';
import { resolveTraceOptions, type TraceOptions } from './trace-options.js';

/** The OpenTelemetry instrumentation scope of Switchyard's spans. */
export const tracerName = '@switchyard/trace';

/**
 * Traces each request: a trace id (the request's `traceId` option, else a new one) returned as
 * `x-switchyard-trace-id`; one record per request to the sinks; an OpenTelemetry span with GenAI
 * attributes whenever the application registered a tracer provider (no option needed: without one the
 * API is a no-op). Put `traceAttempt()` next to the provider inside retry/fallback branches for one
 * record and child span per upstream attempt.
 *
 * A JSON answer is read at once and recorded when it has arrived; the caller gets it as a new
 * `Response` with the same status, headers and text. A stream's record is finished when it has been read or cancelled, with usage from the final
 * chunk; when the caller did not ask for stream usage, trace asks for it
 * (`stream_options.include_usage`) and removes that extra chunk again.
 *
 * @throws TypeError at factory time naming an invalid option.
 */
export function trace(options: TraceOptions = {}): Middleware {
  const settings = resolveTraceOptions(options);
  const tracer = otelTrace.getTracer(tracerName);
  const hasSinks = settings.sinks.length > 0;
  return (next) =>
    async function trace(request) {
      const requestOpts = requestOptions(request);
      const span = tracer.startSpan('switchyard', { kind: SpanKind.CLIENT }, context.active());
      const recording = span.isRecording();
      if (!recording && !hasSinks && !settings.propagateTraceparent) {
        // Nothing observes this request: only the trace id is due, so stay out of the body's way.
        const traceId = requestOpts.traceId ?? newTraceId();
        return withResponseHeaders(await next(request), { [responseHeaders.traceId]: traceId });
      }
      const spanId = recording ? span.spanContext().spanId : newSpanId();
      const traceId = requestOpts.traceId ?? (recording ? span.spanContext().traceId : newTraceId());
      const facts = await readRequestFacts(request);
      const metadata = { ...settings.metadata, ...requestOpts.metadata };
      if (recording) span.setAttributes(requestAttributes(facts, traceId, metadata));
      const active: ActiveTrace = {
        traceId,
        spanId,
        span,
        settings,
        metadata,
        tenant: requestOpts.tenant,
        secrets: lazySecrets(request.headers),
        attempts: [],
        w3cTraceId: settings.propagateTraceparent ? w3cTraceIdOf(span, traceId) : '',
      };
      // Only chat completions stream usage on request; Messages and Responses streams always carry it.
      const stripUsageChunk = facts.stream && facts.api === 'chat_completions' && !asksForUsage(facts.body);
      const asking = stripUsageChunk && facts.body ? await withIncludeUsage(request, facts.body) : request;
      const spanHeaders: Record<string, string> = { [parentSpanHeader]: spanId };
      if (settings.propagateTraceparent) spanHeaders.traceparent = `00-${active.w3cTraceId}-${spanId}-01`;
      const outgoing = withHeaders(request, spanHeaders, asking);
      // Attempts look their request up only while it is being answered; they keep `active` after.
      activeTraces.set(spanId, active);
      let response: Response;
      try {
        response = await observeCall(next, outgoing, {
          kind: 'request',
          traceId,
          spanId,
          span,
          facts,
          metadata,
          tenant: requestOpts.tenant,
          secrets: active.secrets,
          settings,
          stripUsageChunk,
          attempts: active.attempts,
        });
      } finally {
        activeTraces.delete(spanId);
      }
      return withResponseHeaders(response, { [responseHeaders.traceId]: traceId });
    };
}

/**
 * A request like `request` carrying `added` headers, so each call makes one new `Request` at most:
 * `derived` with them set in place when trace derived it from `request` already (to ask for stream
 * usage), else a new request made once for all of them. The caller's own `Request` is never changed:
 * it may be the caller's to reuse.
 *
 * @param derived a request derived from `request` that no one else has seen yet. Default: `request`.
 */
export function withHeaders(
  request: Request,
  added: Readonly<Record<string, string>>,
  derived: Request = request,
): Request {
  if (derived !== request) {
    for (const name in added) derived.headers.set(name, added[name]!);
    return derived;
  }
  const headers = new Headers(request.headers);
  for (const name in added) headers.set(name, added[name]!);
  return deriveRequest(request, { headers });
}

/** The request's credentials, found only the first time a record needs them. */
export function lazySecrets(headers: Headers): () => readonly string[] {
  let found: readonly string[] | undefined;
  return () => {
    found ??= secretsOf(headers);
    return found;
  };
}

/** The W3C trace id for `traceparent`: OpenTelemetry's when recording, else the trace id when it fits. */
function w3cTraceIdOf(span: Span, traceId: string): string {
  if (span.isRecording()) return span.spanContext().traceId;
  return isW3cTraceId(traceId) ? traceId : newTraceId();
}
