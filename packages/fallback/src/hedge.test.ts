import { AllBranchesFailedError, type Handler, type Middleware, TransportError } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { jsonResponse, openaiErrorResponse, scripted } from '@switchyard/testing';
import { describe, expect, it, vi } from 'vitest';
import { hedge } from './hedge.js';

const url = 'http://upstream.test/v1/chat/completions';
const post = (init: RequestInit = {}) => new Request(url, { method: 'POST', body: '{"model":"m"}', ...init });
const to =
  (upstream: Handler): Middleware =>
  () =>
    upstream;
const servedBy = (response: Response) => response.headers.get(responseHeaders.lastUsedOptionIndex);
const forever = 600_000;

describe('hedge', () => {
  it('starts the next branch when the current one is slow; the first good answer wins', async () => {
    const slow = scripted([scripted.hang()]);
    const fast = scripted([jsonResponse({ from: 'b' })]);
    const response = await hedge([to(slow), to(fast)], { afterMs: 1 })(scripted([]))(post());
    expect(await response.json()).toEqual({ from: 'b' });
    expect(servedBy(response)).toBe('config.targets[1]');
    expect(slow.requests[0]!.signal.aborted).toBe(true);
  });

  it('does not start another branch when the first answers in time', async () => {
    const a = scripted([jsonResponse({ from: 'a' })]);
    const b = scripted([jsonResponse({ from: 'b' })]);
    const response = await hedge([to(a), to(b)], { afterMs: forever })(scripted([]))(post());
    expect(servedBy(response)).toBe('config.targets[0]');
    expect(b.calls).toBe(0);
  });

  it('starts the next branch at once when one fails', async () => {
    const a = scripted([openaiErrorResponse(500)]);
    const b = scripted([jsonResponse({ from: 'b' })]);
    const response = await hedge([to(a), to(b)], { afterMs: forever })(scripted([]))(post());
    expect(servedBy(response)).toBe('config.targets[1]');
  });

  it('cancels the body of an answer that arrives after the winner', async () => {
    let cancelled = false;
    let answerLate: () => void = () => {};
    const late: Handler = () =>
      new Promise((resolve) => {
        answerLate = () =>
          resolve(
            new Response(
              new ReadableStream({
                cancel() {
                  cancelled = true;
                },
              }),
            ),
          );
      });
    const response = await hedge([to(late), to(scripted([jsonResponse({})]))], { afterMs: 1 })(scripted([]))(
      post(),
    );
    expect(servedBy(response)).toBe('config.targets[1]');
    answerLate();
    await vi.waitFor(() => expect(cancelled).toBe(true));
  });

  it('returns the last failed response, or AllBranchesFailedError when none answered', async () => {
    const failing = hedge(
      [to(scripted([openaiErrorResponse(500)])), to(scripted([openaiErrorResponse(429)]))],
      {
        afterMs: forever,
      },
    );
    const response = await failing(scripted([]))(post());
    expect(response.status).toBe(429);

    const throwing = hedge(
      [
        to(scripted([new TransportError(url, new Error('refused'))])),
        to(scripted([new TransportError(url, new Error('reset'))])),
      ],
      { afterMs: 1 },
    );
    await expect(throwing(scripted([]))(post())).rejects.toBeInstanceOf(AllBranchesFailedError);
  });

  it('rejects at once with the reason when the caller aborts, aborting every branch it started', async () => {
    vi.useFakeTimers();
    try {
      const a = scripted([scripted.hang()]);
      const b = scripted([scripted.hang()]);
      const controller = new AbortController();
      const reason = new Error('caller gave up');
      const pending = hedge([to(a), to(b)], { afterMs: 1 })(scripted([]))(
        post({ signal: controller.signal }),
      );
      await vi.advanceTimersByTimeAsync(1);
      expect([a.calls, b.calls]).toEqual([1, 1]);
      controller.abort(reason);
      await expect(pending).rejects.toBe(reason);
      expect([...a.requests, ...b.requests].map((r) => r.signal.aborted)).toEqual([true, true]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects an invalid afterMs with a precise TypeError', () => {
    expect(() => hedge([(next) => next], { afterMs: -5 })).toThrow(
      'hedge: afterMs must be a finite number of milliseconds >= 0; got -5',
    );
  });
});
