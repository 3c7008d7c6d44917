import { errorResponse, type Handler, type Middleware } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { chatCompletion, jsonResponse, scripted } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { fallback } from './fallback.js';
import { hedge } from './hedge.js';

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: Record<string, unknown> }).error;

const post = () =>
  new Request('http://upstream.test/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"model":"m","messages":[]}',
  });
const to =
  (upstream: Handler): Middleware =>
  () =>
    upstream;
const servedBy = (response: Response) => response.headers.get(responseHeaders.lastUsedOptionIndex);
const tooLong = () =>
  errorResponse(400, 'prompt is too long: 210000 tokens > 200000 maximum', {
    type: 'invalid_request_error',
    code: 'context_length_exceeded',
  });
const filtered = () =>
  errorResponse(
    400,
    'The response was filtered due to the prompt triggering the content management policy.',
    {
      code: 'content_filter',
    },
  );
const badParam = () =>
  errorResponse(400, 'temperature: must be at most 2', { code: 'invalid_request', param: 'temperature' });

describe('fallback on error codes', () => {
  const onErrorCodes = ['context_length_exceeded', 'content_filter'] as const;

  it('moves on when the answer has one of the codes, and hands on the served answer', async () => {
    const short = scripted([tooLong(), filtered()]);
    const long = scripted([
      jsonResponse(chatCompletion({ content: 'long' })),
      jsonResponse(chatCompletion()),
    ]);
    const router = fallback([to(short), to(long)], { onErrorCodes: [...onErrorCodes] })(scripted([]));
    const first = await router(post());
    expect([first.status, servedBy(first)]).toEqual([200, 'config.targets[1]']);
    expect(
      ((await first.json()) as { choices: [{ message: { content: string } }] }).choices[0].message.content,
    ).toBe('long');
    expect((await router(post())).status).toBe(200);
    expect(long.calls).toBe(2);
  });

  it('hands a 400 with any other code to the caller, its body whole', async () => {
    const first = scripted([badParam()]);
    const second = scripted([jsonResponse(chatCompletion())]);
    const response = await fallback([to(first), to(second)], { onErrorCodes: [...onErrorCodes] })(
      scripted([]),
    )(post());
    expect([response.status, servedBy(response), second.calls]).toEqual([400, 'config.targets[0]', 0]);
    expect(await errorOf(response)).toMatchObject({ code: 'invalid_request', param: 'temperature' });
  });

  it('moves on for a status in onStatusCodes as well, and reads no code then', async () => {
    const first = scripted([errorResponse(503, 'busy')]);
    const second = scripted([jsonResponse(chatCompletion())]);
    const response = await fallback([to(first), to(second)], {
      onStatusCodes: [503],
      onErrorCodes: ['content_filter'],
    })(scripted([]))(post());
    expect(servedBy(response)).toBe('config.targets[1]');
  });

  it('asks `when` with the outcome: status, code, message and the answer', async () => {
    const seen: unknown[] = [];
    const first = scripted([tooLong()]);
    const second = scripted([jsonResponse(chatCompletion())]);
    const response = await fallback([to(first), to(second)], {
      when: (outcome) => {
        seen.push({ status: outcome.status, code: outcome.code, message: outcome.message });
        return outcome.code === 'context_length_exceeded' && outcome.message?.includes('tokens') === true;
      },
    })(scripted([]))(post());
    expect(servedBy(response)).toBe('config.targets[1]');
    expect(seen).toEqual([
      {
        status: 400,
        code: 'context_length_exceeded',
        message: 'prompt is too long: 210000 tokens > 200000 maximum',
      },
      { status: 200, code: undefined, message: undefined },
    ]);
  });

  it('gives an error answer without a code of the list the code its status means', async () => {
    const first = scripted([errorResponse(429, 'quota', { code: 'insufficient_quota' })]);
    const second = scripted([jsonResponse(chatCompletion())]);
    const response = await fallback([to(first), to(second)], { onErrorCodes: ['rate_limit_exceeded'] })(
      scripted([]),
    )(post());
    expect(servedBy(response)).toBe('config.targets[1]');
  });

  it('hedges on error codes too', async () => {
    const first = scripted([filtered()]);
    const second = scripted([jsonResponse(chatCompletion())]);
    const response = await hedge([to(first), to(second)], {
      afterMs: 10_000,
      onErrorCodes: ['content_filter'],
    })(scripted([]))(post());
    expect(servedBy(response)).toBe('config.targets[1]');
  });

  it('rejects an unknown code or a `when` that is no function, naming it', () => {
    const branches = [to(scripted([]))];
    expect(() => fallback(branches, { onErrorCodes: ['prompt_too_long' as never] })).toThrow(
      /^fallback: onErrorCodes\[0\] must be one of context_length_exceeded, .*; got "prompt_too_long"$/,
    );
    expect(() => fallback(branches, { when: 'overloaded' as never })).toThrow(
      "fallback: when must be a function of the call's outcome; got string",
    );
  });
});
