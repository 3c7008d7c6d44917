import { context, trace as otelTrace, SpanKind } from '@opentelemetry/api';
import type { Middleware } from '@switchyard/core';
import { activeTraces, parentSpanHeader } from './active-traces.js';
import { requestAttributes } from './genai-spans.js';
import { newSpanId } from './ids.js';
import { observeCall } from './observe-call.js';
import { readRequestFacts } from './request-facts.js';
import { tracerName, withHeaders } from './trace.js';
import type { TraceAttemptSummary } from './trace-record.js';

/**
 * Records each upstream attempt as a child of the request traced by an outer `trace()`: one
 * `kind: 'attempt'` record and one child span per call that passes through it. Place it next to the
 * provider inside retry and fallback branches, e.g.
 * `fallback([compose(retry(), traceAttempt(), openai()), compose(traceAttempt(), anthropic())])`.
 * It finds its parent through the `x-switchyard-parent-span` request header that `trace()` sets, so it
 * survives every derived request; without an outer `trace()` it passes requests through untouched.
 */
export function traceAttempt(): Middleware {
  const tracer = otelTrace.getTracer(tracerName);
  return (next) =>
    async function traceAttempt(request) {
      const parentSpanId = request.headers.get(parentSpanHeader);
      const active = parentSpanId === null ? undefined : activeTraces.get(parentSpanId);
      if (!active) return next(request);
      const parentContext = otelTrace.setSpan(context.active(), active.span);
      const span = tracer.startSpan('switchyard attempt', { kind: SpanKind.CLIENT }, parentContext);
      const spanId = span.isRecording() ? span.spanContext().spanId : newSpanId();
      const facts = await readRequestFacts(request);
      if (span.isRecording()) span.setAttributes(requestAttributes(facts, active.traceId, active.metadata));
      const outgoing = active.settings.propagateTraceparent
        ? withHeaders(request, { traceparent: `00-${active.w3cTraceId}-${spanId}-01` })
        : request;
      const summary: TraceAttemptSummary = { spanId };
      active.attempts.push(summary);
      return observeCall(next, outgoing, {
        kind: 'attempt',
        traceId: active.traceId,
        spanId,
        parentSpanId: active.spanId,
        span,
        facts,
        metadata: active.metadata,
        tenant: active.tenant,
        secrets: active.secrets,
        settings: active.settings,
        stripUsageChunk: false,
        onFinish(record) {
          if (record.provider !== undefined) summary.provider = record.provider;
          if (record.status !== undefined) summary.status = record.status;
          if (record.errorCode !== undefined) summary.errorCode = record.errorCode;
        },
      });
    };
}
