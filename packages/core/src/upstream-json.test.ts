import { describe, expect, it } from 'vitest';
import { UpstreamProtocolError } from './errors/upstream-protocol-error.js';
import { readUpstreamJson } from './upstream-json.js';

describe('readUpstreamJson', () => {
  it('parses a JSON answer', async () => {
    expect(await readUpstreamJson(new Response('{"a":[1]}'), 'bedrock')).toEqual({ a: [1] });
  });

  it('throws UpstreamProtocolError naming the provider, status and the start of the body', async () => {
    const error = await readUpstreamJson(
      new Response(`<html>${'x'.repeat(200)}`, { status: 200 }),
      'gemini',
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamProtocolError);
    expect((error as Error).message).toBe(
      `gemini: the 200 answer is not valid JSON: <html>${'x'.repeat(74)}`,
    );
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });
});
