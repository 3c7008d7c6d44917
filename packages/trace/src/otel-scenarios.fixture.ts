/**
 * Runs trace() under the real OpenTelemetry SDK and prints what it exported, as JSON on stdout.
 * `otel.test.ts` runs this in a plain Node process: vitest starts its workers with
 * `--conditions module`, under which Node picks @opentelemetry/api's extensionless ESM build and
 * cannot load the SDK.
 */
import { trace as otelTrace, SpanKind } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { compose, type Middleware, withRequestOptions } from '@switchyard/core';
import { deriveRequest, responseHeaders } from '@switchyard/core/internal';
import {
  chatCompletion,
  chatCompletionChunks,
  jsonResponse,
  openaiErrorResponse,
  scripted,
  sseStreamResponse,
} from '@switchyard/testing';
import { trace } from './trace.js';
import { traceAttempt } from './trace-attempt.js';
import type { TraceRecord } from './trace-record.js';

const exporter = new InMemorySpanExporter();
otelTrace.setGlobalTracerProvider(
  new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
);

function chatRequest(body: Record<string, unknown> = {}): Request {
  return new Request('https://api.example.test/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-otel-secret-000111222' },
    body: JSON.stringify({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hi' }],
      temperature: 0.2,
      ...body,
    }),
  });
}

const withProvider =
  (name: string): Middleware =>
  (next) =>
  async (request) => {
    const response = await next(request);
    const headers = new Headers(response.headers);
    headers.set(responseHeaders.provider, name);
    return new Response(response.body, { status: response.status, headers });
  };

function exported() {
  const spans = exporter.getFinishedSpans().map((span) => ({
    name: span.name,
    client: span.kind === SpanKind.CLIENT,
    traceId: span.spanContext().traceId,
    spanId: span.spanContext().spanId,
    parentSpanId: span.parentSpanContext?.spanId,
    status: span.status,
    attributes: span.attributes,
  }));
  exporter.reset();
  return spans;
}

async function retriedWithAttempts() {
  const records: TraceRecord[] = [];
  const twice: Middleware = (next) => async (request) => {
    const first = await next(deriveRequest(request, {}));
    await first.body?.cancel();
    return next(deriveRequest(request, {}));
  };
  const pipeline = compose(
    trace({ sink: (record) => void records.push(record) }),
    twice,
    traceAttempt(),
    withProvider('openai'),
  )(scripted([openaiErrorResponse(500), jsonResponse(chatCompletion({ model: 'gpt-4o-mini-2024-07-18' }))]));
  const response = await pipeline(
    withRequestOptions(chatRequest(), { traceId: 'portkey-style-id', metadata: { user_id: 'u7' } }),
  );
  await response.text();
  return { status: response.status, records, spans: exported() };
}

async function streamWithContent() {
  const upstream = scripted([sseStreamResponse(chatCompletionChunks({ content: 'Hi you' }))]);
  const response = await trace({ recordContent: true })(upstream)(chatRequest({ stream: true }));
  const spansBeforeEnd = exported().length;
  await response.text();
  return { traceIdHeader: response.headers.get('x-switchyard-trace-id'), spansBeforeEnd, spans: exported() };
}

async function traceparent() {
  const upstream = scripted([jsonResponse(chatCompletion())]);
  await (await trace({ propagateTraceparent: true })(upstream)(chatRequest())).text();
  return { traceparent: upstream.requests[0]?.headers.get('traceparent'), spans: exported() };
}

const result = {
  retriedWithAttempts: await retriedWithAttempts(),
  streamWithContent: await streamWithContent(),
  traceparent: await traceparent(),
};
process.stdout.write(JSON.stringify(result));
