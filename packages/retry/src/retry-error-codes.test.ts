import { errorResponse, TimeoutError } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { chatCompletion, jsonResponse, scripted } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { retry } from './retry.js';

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: Record<string, unknown> }).error;

const noWait = { random: () => 0 };
const post = () =>
  new Request('http://upstream.test/v1/chat/completions', { method: 'POST', body: '{"model":"m"}' });
const count = (response: Response) => response.headers.get(responseHeaders.retryAttemptCount);
const overloaded = () => errorResponse(529, 'Overloaded', { type: 'overloaded_error', code: 'overloaded' });

describe('retry on error codes', () => {
  it('retries an answer whose code is in onErrorCodes', async () => {
    const upstream = scripted([overloaded(), jsonResponse(chatCompletion())]);
    const response = await retry({ ...noWait, onErrorCodes: ['overloaded'] })(upstream)(post());
    expect([response.status, count(response), upstream.calls]).toEqual([200, '1', 2]);
  });

  it('with onErrorCodes alone, retries no status of the default list', async () => {
    const upstream = scripted([
      errorResponse(500, 'oops', { code: 'server_error' }),
      jsonResponse(chatCompletion()),
    ]);
    const response = await retry({ ...noWait, onErrorCodes: ['overloaded'] })(upstream)(post());
    expect([response.status, count(response), upstream.calls]).toEqual([500, '0', 1]);
    expect((await errorOf(response)).message).toBe('oops');
  });

  it('hands on the last retryable answer whole, with -1', async () => {
    const upstream = scripted([overloaded(), overloaded()]);
    const response = await retry({ ...noWait, attempts: 1, onErrorCodes: ['overloaded'] })(upstream)(post());
    expect([response.status, count(response)]).toEqual([529, '-1']);
    expect(await errorOf(response)).toMatchObject({ message: 'Overloaded', code: 'overloaded' });
  });

  it('asks `when` about answers and thrown errors', async () => {
    const upstream = scripted([
      errorResponse(400, 'try again', { code: 'invalid_request' }),
      new Error('socket closed by a proxy'),
      jsonResponse(chatCompletion()),
    ]);
    const seen: unknown[] = [];
    const response = await retry({
      ...noWait,
      retryOnError: () => false,
      when: (outcome) => {
        seen.push(
          outcome.error === undefined ? [outcome.status, outcome.code] : (outcome.error as Error).message,
        );
        return outcome.message === 'try again' || outcome.error !== undefined;
      },
    })(upstream)(post());
    expect([response.status, count(response)]).toEqual([200, '2']);
    expect(seen).toEqual([[400, 'invalid_request'], 'socket closed by a proxy', [200, undefined]]);
  });

  it('tells `when` the code of a timeout', async () => {
    const upstream = scripted([new TimeoutError(5), jsonResponse(chatCompletion())]);
    const codes: unknown[] = [];
    await retry({
      ...noWait,
      retryOnError: () => false,
      when: (outcome) => {
        codes.push(outcome.code);
        return outcome.code === 'timeout';
      },
    })(upstream)(post());
    expect(codes).toEqual(['timeout', undefined]);
  });

  it('rejects an unknown code, naming it', () => {
    expect(() => retry({ onErrorCodes: ['busy' as never] })).toThrow(
      /^retry: onErrorCodes\[0\] must be one of context_length_exceeded, .*; got "busy"$/,
    );
  });
});
