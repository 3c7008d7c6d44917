/**
 * Runs trace() on Messages and Responses API calls under the real OpenTelemetry SDK and prints
 * the attributes of the spans it exported, as JSON on stdout. `api-spans.test.ts` runs this in a
 * plain Node process, for the reason `otel-scenarios.fixture.ts` gives.
 */
import { trace as otelTrace } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { compose, type Handler, type Middleware } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { jsonResponse, scripted } from '@switchyard/testing';
import {
  messagesAnswer,
  messagesRequest,
  messagesStream,
  responsesAnswer,
  responsesRequest,
  responsesStream,
} from './test-support/api-answers.js';
import { trace } from './trace.js';

const exporter = new InMemorySpanExporter();
otelTrace.setGlobalTracerProvider(
  new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
);

const provider =
  (name: string): Middleware =>
  (next) =>
  async (request) => {
    const response = await next(request);
    const headers = new Headers(response.headers);
    headers.set(responseHeaders.provider, name);
    return new Response(response.body, { status: response.status, headers });
  };

async function spanOf(upstream: Handler, name: string, request: Request) {
  const pipeline = compose(trace(), provider(name))(upstream);
  await (await pipeline(request)).text();
  const [span] = exporter.getFinishedSpans();
  exporter.reset();
  return { name: span?.name, attributes: span?.attributes };
}

const result = {
  messagesJson: await spanOf(scripted([jsonResponse(messagesAnswer())]), 'anthropic', messagesRequest()),
  messagesStream: await spanOf(scripted([messagesStream()]), 'anthropic', messagesRequest({ stream: true })),
  responsesJson: await spanOf(scripted([jsonResponse(responsesAnswer())]), 'openai', responsesRequest()),
  responsesStream: await spanOf(scripted([responsesStream()]), 'openai', responsesRequest({ stream: true })),
};
process.stdout.write(JSON.stringify(result));
