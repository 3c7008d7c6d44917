import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TraceRecord } from './trace-record.js';

interface ExportedSpan {
  name: string;
  client: boolean;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  status: { code: number; message?: string };
  attributes: Record<string, unknown>;
}

interface Scenarios {
  retriedWithAttempts: { status: number; records: TraceRecord[]; spans: ExportedSpan[] };
  streamWithContent: { traceIdHeader: string; spansBeforeEnd: number; spans: ExportedSpan[] };
  traceparent: { traceparent: string; spans: ExportedSpan[] };
}

const spanStatusError = 2;
let scenarios: Scenarios;

// The real @opentelemetry/sdk-trace-base (2.x) with its InMemorySpanExporter, in a plain Node
// process (see otel-scenarios.fixture.ts for why not in the vitest worker).
beforeAll(async () => {
  const fixture = fileURLToPath(new URL('./otel-scenarios.fixture.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=@switchyard/source', '--import', 'tsx', fixture],
    {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      timeout: 30_000,
      env: { ...process.env, NODE_OPTIONS: '' },
    },
  );
  scenarios = JSON.parse(stdout) as Scenarios;
});

describe('trace with a registered OpenTelemetry tracer provider', () => {
  it('emits a GenAI span per request without any option, nesting one span per attempt', () => {
    const { status, records, spans } = scenarios.retriedWithAttempts;
    expect(status).toBe(200);
    expect(spans).toHaveLength(3);
    const parent = spans.find((span) => span.parentSpanId === undefined);
    const children = spans.filter((span) => span.parentSpanId === parent?.spanId);
    expect(parent?.name).toBe('chat gpt-4o-mini');
    expect(parent?.client).toBe(true);
    expect(parent?.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'openai',
      'gen_ai.request.model': 'gpt-4o-mini',
      'gen_ai.request.temperature': 0.2,
      'gen_ai.response.model': 'gpt-4o-mini-2024-07-18',
      'gen_ai.response.id': 'chatcmpl-test',
      'gen_ai.response.finish_reasons': ['stop'],
      'gen_ai.usage.input_tokens': 10,
      'gen_ai.usage.output_tokens': 5,
      'http.response.status_code': 200,
      'switchyard.trace_id': 'portkey-style-id',
      'switchyard.metadata.user_id': 'u7',
    });
    expect(children).toHaveLength(2);
    expect(children.map((span) => span.attributes['http.response.status_code'])).toEqual([500, 200]);
    expect(children[0]?.status.code).toBe(spanStatusError);
    expect(children[0]?.attributes['error.type']).toBe('api_error');
    // Records and spans share span ids, so a record can be found in the tracing backend.
    expect(records.find((record) => record.kind === 'request')?.spanId).toBe(parent?.spanId);
    expect(records.filter((record) => record.kind === 'attempt').map((record) => record.spanId)).toEqual(
      children.map((span) => span.spanId),
    );
    // No content and no credentials in spans unless content recording is on.
    const dump = JSON.stringify(spans);
    expect(dump).not.toContain('gen_ai.input.messages');
    expect(dump).not.toContain('sk-otel-secret');
  });

  it('uses the OpenTelemetry trace id when the request has none, and ends stream spans at the end', () => {
    const { traceIdHeader, spansBeforeEnd, spans } = scenarios.streamWithContent;
    expect(spansBeforeEnd).toBe(0);
    expect(spans).toHaveLength(1);
    const span = spans[0] as ExportedSpan;
    expect(traceIdHeader).toBe(span.traceId);
    expect(span.attributes).toMatchObject({
      'gen_ai.response.streaming': true,
      'gen_ai.usage.output_tokens': 5,
      'gen_ai.input.messages': JSON.stringify([{ role: 'user', content: 'Hi' }]),
      'gen_ai.output.messages': JSON.stringify([
        { role: 'assistant', parts: [{ type: 'text', content: 'Hi you' }] },
      ]),
    });
    expect(span.attributes['switchyard.time_to_first_token_ms']).toBeTypeOf('number');
  });

  it('sends the OpenTelemetry trace in traceparent when asked', () => {
    const { traceparent, spans } = scenarios.traceparent;
    expect(traceparent).toBe(`00-${spans[0]?.traceId}-${spans[0]?.spanId}-01`);
  });
});
