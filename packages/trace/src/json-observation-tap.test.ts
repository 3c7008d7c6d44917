import type { BodyOutcome } from '@switchyard/core';
import { compose } from '@switchyard/core';
import { chatCompletion, jsonResponse } from '@switchyard/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeJsonResponse } from './json-observation-tap.js';
import type { ResponseObservation } from './response-observation.js';
import { trace } from './trace.js';
import { traceAttempt } from './trace-attempt.js';
import type { TraceRecord } from './trace-record.js';

const usage = { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 };
const answer = chatCompletion({ model: 'gpt-4o-mini-2024-07-18', content: 'Hello!', usage });
const answerText = JSON.stringify(answer);

function observed(response: Response) {
  const ends: { observation: ResponseObservation; outcome: BodyOutcome }[] = [];
  const tapped = observeJsonResponse(response, (observation, outcome) => {
    ends.push({ observation: { ...observation }, outcome });
  });
  return { tapped, ends };
}

/** How many times `JSON.parse` was given the answer's text. */
function answerParses(parse: { mock: { calls: unknown[][] } }): number {
  return parse.mock.calls.filter((args) => args[0] === answerText).length;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('observeJsonResponse', () => {
  it("takes the facts from the caller's own json() parse: the answer is parsed once", async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const { tapped, ends } = observed(jsonResponse(answer));
    expect(await tapped.json()).toEqual(answer);
    expect(answerParses(parse)).toBe(1);
    expect(ends).toEqual([
      {
        outcome: 'completed',
        observation: expect.objectContaining({ modelServed: 'gpt-4o-mini-2024-07-18', output: 'Hello!' }),
      },
    ]);
    expect(ends[0]!.observation.usage?.inputTokens).toBe(usage.prompt_tokens);
    expect(Object.keys(tapped)).not.toContain('json');
  });

  it('parses the bytes itself when the caller reads another way', async () => {
    const { tapped, ends } = observed(jsonResponse(answer));
    expect(await tapped.text()).toBe(answerText);
    expect(ends).toHaveLength(1);
    expect(ends[0]!.observation.modelServed).toBe('gpt-4o-mini-2024-07-18');
  });

  it('parses a body that came in several chunks, a character split between them', async () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify(chatCompletion({ model: 'gpt-4o-mini', content: 'héllo' })),
    );
    const split = bytes.indexOf(0xc3) + 1;
    const pieces = [bytes.subarray(0, split), bytes.subarray(split)];
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const piece = pieces.shift();
        if (piece) controller.enqueue(piece);
        else controller.close();
      },
    });
    const { tapped, ends } = observed(
      new Response(body, { headers: { 'content-type': 'application/json' } }),
    );
    await tapped.text();
    expect(ends[0]!.observation.output).toBe('héllo');
  });

  it('still records a body that is not JSON once, and json() rejects as before', async () => {
    const { tapped, ends } = observed(
      new Response('not json', { headers: { 'content-type': 'application/json' } }),
    );
    await expect(tapped.json()).rejects.toThrow(SyntaxError);
    expect(ends).toEqual([{ outcome: 'completed', observation: {} }]);
  });

  it('records a body that fails mid-way once, as an error', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"id":'));
        controller.error(new Error('connection reset'));
      },
    });
    const { tapped, ends } = observed(
      new Response(body, { headers: { 'content-type': 'application/json' } }),
    );
    await expect(tapped.json()).rejects.toThrow('connection reset');
    expect(ends.map((end) => end.outcome)).toEqual(['error']);
  });

  it('records a body the caller cancelled once, and json() after it rejects as before', async () => {
    const { tapped, ends } = observed(jsonResponse(answer));
    await tapped.body!.cancel();
    await expect(tapped.json()).rejects.toThrow(TypeError);
    expect(ends.map((end) => end.outcome)).toEqual(['cancelled']);
  });

  it('still parses the bytes itself when a json() call is refused because the stream is being read', async () => {
    const { tapped, ends } = observed(jsonResponse(answer));
    const reader = tapped.body!.getReader();
    await expect(tapped.json()).rejects.toThrow(TypeError);
    while (!(await reader.read()).done);
    expect(ends).toHaveLength(1);
    expect(ends[0]!.observation.modelServed).toBe('gpt-4o-mini-2024-07-18');
  });

  it('lets nested observers (trace and traceAttempt) share one parse, each with its record', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const records: TraceRecord[] = [];
    const handler = compose(
      trace({ sink: (record) => void records.push(record) }),
      traceAttempt(),
    )(async () => jsonResponse(answer));
    const response = await handler(
      new Request('https://api.example.test/v1/chat/completions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }),
      }),
    );
    expect(await response.json()).toEqual(answer);
    expect(answerParses(parse)).toBe(1);
    expect(records.map((record) => [record.kind, record.modelServed, record.usage?.outputTokens])).toEqual([
      ['attempt', 'gpt-4o-mini-2024-07-18', usage.completion_tokens],
      ['request', 'gpt-4o-mini-2024-07-18', usage.completion_tokens],
    ]);
  });
});
