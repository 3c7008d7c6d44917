import { describe, expect, it } from 'vitest';
import { errorOutcome, responseOutcome } from './call-outcome.js';
import { errorResponse } from './error-response.js';
import { TimeoutError } from './errors/timeout-error.js';
import { TransportError } from './errors/transport-error.js';

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: Record<string, unknown> }).error;

describe('responseOutcome', () => {
  it('reads the code and message of an error answer, and hands on an answer with the same bytes', async () => {
    const { outcome, response } = await responseOutcome(
      errorResponse(400, 'prompt is too long', { code: 'context_length_exceeded' }),
    );
    expect(outcome).toMatchObject({
      status: 400,
      code: 'context_length_exceeded',
      message: 'prompt is too long',
    });
    expect(outcome.response).toBe(response);
    expect((await errorOf(response)).code).toBe('context_length_exceeded');
  });

  it('gives the code of the status when the body names none of the list', async () => {
    const quota = errorResponse(429, 'You exceeded your current quota', { code: 'insufficient_quota' });
    expect((await responseOutcome(quota)).outcome.code).toBe('rate_limit_exceeded');
    const html = new Response('<html>Bad gateway</html>', { status: 502 });
    const { outcome, response } = await responseOutcome(html);
    expect([outcome.code, outcome.message]).toEqual(['server_error', undefined]);
    expect(await response.text()).toBe('<html>Bad gateway</html>');
  });

  it('hands on a large error body whole without reading it all', async () => {
    const big = 'x'.repeat(200 * 1024);
    const { outcome, response } = await responseOutcome(new Response(big, { status: 500 }));
    expect(outcome.code).toBe('server_error');
    expect(await response.text()).toBe(big);
  });

  it('leaves a 2xx answer unread, without a code', async () => {
    const ok = Response.json({ ok: true });
    const { outcome, response } = await responseOutcome(ok);
    expect([response, outcome.code, ok.bodyUsed]).toEqual([ok, undefined, false]);
  });
});

describe('errorOutcome', () => {
  it('names timeouts and transport failures', () => {
    expect(errorOutcome(new TimeoutError(10)).code).toBe('timeout');
    expect(errorOutcome(new TransportError('https://api.example.com/v1', new Error('refused'))).code).toBe(
      'server_error',
    );
    expect(errorOutcome(new Error('other')).code).toBeUndefined();
  });
});
