import { compose, fetchTransport, toFetch } from '@switchyard/core';
import { fallback } from '@switchyard/fallback';
import { openai } from '@switchyard/providers-openai';
import { retry } from '@switchyard/retry';
import { fault, type MockProvider, startMockProvider } from '@switchyard/testing';
import { callbackSink, type TraceRecord, trace, traceAttempt } from '@switchyard/trace';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

// Keys of this run: none may appear in any record.
const primaryKey = 'sk-primary-e2e-4f1c9a0b7d2e';
const backupKey = 'sk-backup-e2e-9e8d7c6b5a4f';
const callerKey = 'caller-key-e2e-0a1b2c3d4e5f';

let primary: MockProvider;
let backup: MockProvider;
const records: TraceRecord[] = [];
let client: OpenAI;

beforeAll(async () => {
  // The primary always fails with 503, so every call is retried once and then falls back.
  primary = await startMockProvider({
    faults: () => fault.status(503, { message: `overloaded (key ${primaryKey})` }),
  });
  backup = await startMockProvider({ reply: 'Hello from the backup provider' });
  const pipeline = compose(
    trace({ sink: callbackSink((record) => void records.push(record)), metadata: { environment: 'e2e' } }),
    fallback([
      compose(
        retry({ attempts: 1, backoff: { initialDelayMs: 1, maxDelayMs: 1 } }),
        traceAttempt(),
        openai({ apiKey: primaryKey, baseURL: primary.baseURL }),
      ),
      compose(traceAttempt(), openai({ apiKey: backupKey, baseURL: backup.baseURL, name: 'openai-backup' })),
    ]),
  )(fetchTransport());
  client = new OpenAI({
    apiKey: callerKey,
    baseURL: 'http://switchyard.invalid/v1',
    fetch: toFetch(pipeline),
    maxRetries: 0,
  });
});

afterAll(async () => {
  await Promise.all([primary.close(), backup.close()]);
});

beforeEach(() => {
  records.length = 0;
});

describe('trace end to end: openai SDK → trace → fallback(retry, …) → openai provider → HTTP', () => {
  it('answers the trace id and records the request with its attempts, metadata and usage', async () => {
    const { data, response } = await client.chat.completions
      .create(
        { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi there' }] },
        {
          headers: {
            'x-switchyard-trace-id': 'e2e-trace-1',
            'x-switchyard-metadata': JSON.stringify({ user_id: 'u-42' }),
          },
        },
      )
      .withResponse();
    expect(data.choices[0]?.message.content).toBe('Hello from the backup provider');
    expect(response.headers.get('x-switchyard-trace-id')).toBe('e2e-trace-1');
    const request = records.find((record) => record.kind === 'request');
    const attempts = records.filter((record) => record.kind === 'attempt');
    expect(attempts.map((attempt) => [attempt.provider, attempt.status])).toEqual([
      ['openai', 503],
      ['openai', 503],
      ['openai-backup', 200],
    ]);
    expect(
      attempts.every(
        (attempt) => attempt.parentSpanId === request?.spanId && attempt.traceId === 'e2e-trace-1',
      ),
    ).toBe(true);
    expect(request).toMatchObject({
      traceId: 'e2e-trace-1',
      status: 200,
      provider: 'openai-backup',
      modelRequested: 'gpt-4o-mini',
      metadata: { environment: 'e2e', user_id: 'u-42' },
      lastUsedOptionIndex: 'config.targets[1]',
      usage: { inputTokens: data.usage?.prompt_tokens, outputTokens: data.usage?.completion_tokens },
      outcome: 'completed',
    });
    expect(request?.fallbackPath?.map((step) => step.status)).toEqual([503, 503, 200]);
  });

  it('gives a stream caller exactly the chunks it asked for, and records usage at the end', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Stream please' }],
      stream: true,
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.some((chunk) => chunk.usage)).toBe(false);
    expect(chunks.every((chunk) => chunk.choices.length > 0)).toBe(true);
    // The provider was asked for usage on the caller's behalf.
    expect(backup.requests.at(-1)?.body).toMatchObject({ stream_options: { include_usage: true } });
    const request = records.find((record) => record.kind === 'request');
    expect(request).toMatchObject({ stream: true, outcome: 'completed', provider: 'openai-backup' });
    expect(request?.usage?.outputTokens).toBeGreaterThan(0);
    expect(request?.timeToFirstTokenMs).toBeTypeOf('number');
  });

  it('keeps the usage chunk for a caller that asked for it', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Usage please' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    const usage = chunks.find((chunk) => chunk.usage)?.usage;
    expect(usage?.completion_tokens).toBeGreaterThan(0);
    expect(records.find((record) => record.kind === 'request')?.usage?.outputTokens).toBe(
      usage?.completion_tokens,
    );
  });

  it('records a stream the caller abandons as cancelled', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'one two three four five six seven eight' }],
      stream: true,
    });
    for await (const _chunk of stream) break;
    await expect.poll(() => records.find((record) => record.kind === 'request')?.outcome).toBe('cancelled');
  });

  it('never puts a key of the run in any record', async () => {
    await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hi' }],
    });
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
    });
    for await (const _chunk of stream) {
      // drain
    }
    const text = JSON.stringify(records);
    expect(records.length).toBeGreaterThanOrEqual(8);
    for (const key of [primaryKey, backupKey, callerKey]) expect(text).not.toContain(key);
    // The primary's error message echoed its key: the record kept the message, without the key.
    expect(records.find((record) => record.status === 503)?.errorMessage).toContain('[redacted]');
  });
});
