import type { TraceRecord } from '@switchyard/trace';
import { describe, expect, it } from 'vitest';
import { liveRowOf } from './live-row.js';

const record: TraceRecord = {
  kind: 'request',
  traceId: 'trace-1',
  spanId: '0123456789abcdef',
  startTime: 1_700_000_000_000,
  latencyMs: 420,
  timeToFirstTokenMs: 95,
  method: 'POST',
  path: '/v1/chat/completions',
  operation: 'chat',
  stream: true,
  provider: 'anthropic',
  modelRequested: 'claude-sonnet',
  modelServed: 'claude-sonnet-4-5',
  status: 200,
  usage: {
    inputTokens: 12,
    outputTokens: 30,
    cachedInputTokens: 0,
    cacheWriteInputTokens: 0,
    totalTokens: 42,
  },
  costUsd: 0.00123,
  cacheStatus: 'MISS',
  retryCount: 2,
  lastUsedOptionIndex: 'config.targets[1]',
  metadata: { _user: 'ada' },
  tenant: 'team-a',
  outcome: 'completed',
  errorMessage: 'upstream said [redacted]',
  input: [{ role: 'user', content: 'my secret plan' }],
  output: 'the answer',
};

describe('liveRowOf', () => {
  it('keeps the facts the live table shows', () => {
    expect(liveRowOf(record, { promptLogging: false })).toEqual({
      traceId: 'trace-1',
      time: 1_700_000_000_000,
      tenant: 'team-a',
      provider: 'anthropic',
      target: 'config.targets[1]',
      model: 'claude-sonnet-4-5',
      path: '/v1/chat/completions',
      status: 200,
      outcome: 'completed',
      stream: true,
      latencyMs: 420,
      timeToFirstTokenMs: 95,
      inputTokens: 12,
      outputTokens: 30,
      costUsd: 0.00123,
      cacheStatus: 'MISS',
      retries: 2,
    });
  });

  it('leaves out prompt and completion text, metadata and error messages unless prompt logging is on', () => {
    const row = liveRowOf(record, { promptLogging: false });
    expect(JSON.stringify(row)).not.toMatch(/secret plan|the answer|ada|redacted/);
    const logged = liveRowOf(record, { promptLogging: true });
    expect(logged.input).toEqual([{ role: 'user', content: 'my secret plan' }]);
    expect(logged.output).toBe('the answer');
  });

  it('names the requested model, no retries and the error code of a failed request', () => {
    const { status: _status, modelServed: _served, retryCount: _retries, usage: _usage, ...failed } = record;
    const row = liveRowOf({ ...failed, outcome: 'error', errorCode: 'timeout' }, { promptLogging: false });
    expect(row).toMatchObject({ model: 'claude-sonnet', retries: 0, outcome: 'error', errorCode: 'timeout' });
    expect(row.status).toBeUndefined();
    expect(row.inputTokens).toBeUndefined();
  });
});
