import { describe, expect, it } from 'vitest';
import { needsFirstByte } from './first-byte.js';
import { awaitFirstContent } from './first-content.js';

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: Record<string, unknown> }).error;

const encoder = new TextEncoder();

/** An event stream sending each event as its own chunk, then ending. */
const eventStream = (...events: string[]) => {
  const chunks = events.map((event) => encoder.encode(`data: ${event}\n\n`));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
  return new Response(body, {
    headers: { 'content-type': 'text/event-stream', 'x-switchyard-provider': 'anthropic' },
  });
};
const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
  JSON.stringify({ object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] });
const role = chunk({ role: 'assistant', content: '' });

describe('awaitFirstContent', () => {
  it('hands on a stream with content, every byte kept, marked settled', async () => {
    const answer = await awaitFirstContent(eventStream(role, chunk({ content: 'Hi' }), '[DONE]'), undefined);
    expect(answer.status).toBe(200);
    expect(needsFirstByte(answer)).toBe(false);
    expect(await answer.text()).toBe(
      `data: ${role}\n\ndata: ${chunk({ content: 'Hi' })}\n\ndata: [DONE]\n\n`,
    );
  });

  it('counts a tool call or a finish as content', async () => {
    const tool = chunk({ tool_calls: [{ index: 0, function: { name: 'f', arguments: '' } }] });
    expect((await awaitFirstContent(eventStream(role, tool), undefined)).status).toBe(200);
    const finish = chunk({}, 'stop');
    expect((await awaitFirstContent(eventStream(role, finish), undefined)).status).toBe(200);
  });

  it('answers a first error event as the error it is, with the status its code means', async () => {
    const error = JSON.stringify({
      error: { message: 'Overloaded', type: 'overloaded_error', code: 'overloaded' },
    });
    const answer = await awaitFirstContent(eventStream(role, error), undefined);
    expect(answer.status).toBe(503);
    expect(answer.headers.get('x-switchyard-provider')).toBe('anthropic');
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(await answer.json()).toEqual({
      error: { message: 'Overloaded', type: 'overloaded_error', code: 'overloaded', param: null },
    });
  });

  it('answers an error code outside the vocabulary, and a stream with no content, as server_error 502', async () => {
    const error = JSON.stringify({
      error: { message: 'ended early', type: 'api_error', code: 'stream_incomplete' },
    });
    const failed = await awaitFirstContent(eventStream(role, error), undefined);
    expect([failed.status, (await errorOf(failed)).code]).toEqual([502, 'server_error']);
    const empty = await awaitFirstContent(eventStream(role), undefined);
    expect(empty.status).toBe(502);
    expect((await errorOf(empty)).message).toBe('The event stream ended before its first content');
  });

  it('returns other responses as they are', async () => {
    const json = Response.json({ ok: true });
    expect(await awaitFirstContent(json, undefined)).toBe(json);
    const failed = new Response('busy', { status: 503, headers: { 'content-type': 'text/event-stream' } });
    expect(await awaitFirstContent(failed, undefined)).toBe(failed);
  });
});
