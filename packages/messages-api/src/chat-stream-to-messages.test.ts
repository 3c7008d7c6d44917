import { readSseEvents } from '@switchyard/core';
import { describe, expect, it } from 'vitest';
import { chatStreamToMessages } from './chat-stream-to-messages.js';

const context = { model: 'asked-model', stopSequences: ['STOP'] };
const encoder = new TextEncoder();
const base = { id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'm' };

function chunk(delta: unknown, finish: string | null = null, extra: Record<string, unknown> = {}): string {
  return `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish, ...extra }] })}\n\n`;
}

function body(pieces: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull(controller) {
      const next = pieces.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(encoder.encode(next));
    },
  });
}

async function events(pieces: string[]): Promise<Array<Record<string, unknown>>> {
  const out = [];
  for await (const event of readSseEvents(chatStreamToMessages(body(pieces), context))) {
    const data = JSON.parse(event.data);
    expect(event.event).toBe(data.type);
    out.push(data);
  }
  return out;
}

describe('chatStreamToMessages', () => {
  it('ends with an error event when the upstream sends an error mid-stream', async () => {
    const out = await events([
      chunk({ content: 'Hi' }),
      `data: ${JSON.stringify({ error: { message: 'Overloaded', type: 'overloaded_error' } })}\n\n`,
      chunk({ content: 'never sent' }),
    ]);
    expect(out.map((event) => event.type)).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'error',
    ]);
    expect(out.at(-1)).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
  });

  it('ends with an error event when the body ends before the answer finished', async () => {
    const out = await events([chunk({ content: 'Hal' })]);
    expect(out.at(-1)).toEqual({
      type: 'error',
      error: { type: 'api_error', message: 'the upstream stream ended before the answer finished' },
    });
  });

  it('ends with an error event when an event is not JSON', async () => {
    const out = await events(['data: {oops\n\n']);
    expect(out).toEqual([
      {
        type: 'error',
        error: { type: 'api_error', message: 'the upstream sent a stream event that is not JSON: {oops' },
      },
    ]);
  });

  it('fails when two tool calls interleave, which Anthropic blocks cannot express', async () => {
    const call = (index: number, fields: Record<string, unknown>) =>
      chunk({ tool_calls: [{ index, ...fields }] });
    const out = await events([
      call(0, { id: 'a', function: { name: 'f', arguments: '{' } }),
      call(1, { id: 'b', function: { name: 'g', arguments: '{' } }),
      call(0, { function: { arguments: '}' } }),
    ]);
    expect(out.at(-1)).toMatchObject({
      type: 'error',
      error: { message: expect.stringContaining('interleaved') },
    });
  });

  it('reports a stop sequence the upstream names, and finishes on [DONE] alone', async () => {
    const stopped = await events([
      chunk({ content: 'a' }, 'stop', { stop_reason: 'STOP' }),
      'data: [DONE]\n\n',
    ]);
    expect(stopped.at(-2)).toMatchObject({ delta: { stop_reason: 'stop_sequence', stop_sequence: 'STOP' } });
    const done = await events([chunk({ content: 'a' }), 'data: [DONE]\n\n']);
    expect(done.at(-2)).toMatchObject({ delta: { stop_reason: 'end_turn', stop_sequence: null } });
    const empty = await events(['data: [DONE]\n\n']);
    expect(empty.map((event) => event.type)).toEqual(['message_start', 'message_delta', 'message_stop']);
    expect(empty[0]).toMatchObject({ message: { model: 'asked-model', id: expect.stringMatching(/^msg_/) } });
  });

  it('turns a refusal into text with stop_reason refusal', async () => {
    const out = await events([
      chunk({ refusal: 'I cannot help with that.' }),
      chunk({}, 'stop'),
      'data: [DONE]\n\n',
    ]);
    expect(out[2]).toMatchObject({ delta: { type: 'text_delta', text: 'I cannot help with that.' } });
    expect(out.at(-2)).toMatchObject({ delta: { stop_reason: 'refusal' } });
  });

  it('cancels the upstream body when the caller cancels', async () => {
    let cancelled: unknown;
    const upstream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(chunk({ content: 'Hi' })));
      },
      cancel(reason) {
        cancelled = reason;
      },
    });
    const reader = chatStreamToMessages(upstream, context).getReader();
    await reader.read();
    await reader.cancel('caller left');
    expect(cancelled).toBe('caller left');
  });
});
