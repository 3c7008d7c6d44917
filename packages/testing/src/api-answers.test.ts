import { readSseEvents } from '@switchyard/core';
import { describe, expect, it } from 'vitest';
import { eventStreamResponse } from './event-stream-response.js';
import { messagesAnswer } from './messages-answer.js';
import { responsesAnswer } from './responses-answer.js';

describe('responsesAnswer', () => {
  it('is a completed Response with one message, usage totalled', () => {
    const answer = responsesAnswer({
      text: ['Hello', ' there.'],
      usage: { input_tokens: 20, cached_tokens: 8 },
    });
    expect(answer).toMatchObject({
      id: 'resp_1',
      object: 'response',
      status: 'completed',
      model: 'gpt-4o-mini',
    });
    expect(answer.output).toEqual([
      {
        type: 'message',
        id: 'msg_1',
        role: 'assistant',
        status: 'completed',
        content: [
          { type: 'output_text', text: 'Hello', annotations: [] },
          { type: 'output_text', text: ' there.', annotations: [] },
        ],
      },
    ]);
    expect(answer.usage).toEqual({
      input_tokens: 20,
      input_tokens_details: { cached_tokens: 8, cache_write_tokens: 0 },
      output_tokens: 5,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: 25,
    });
  });
});

describe('messagesAnswer', () => {
  it('is an end_turn message of text blocks, cache counts null unless given', () => {
    expect(
      messagesAnswer({ text: 'Paris.', model: 'claude-haiku-4-5', usage: { output_tokens: 2 } }),
    ).toEqual({
      id: 'msg_1',
      type: 'message',
      role: 'assistant',
      model: 'claude-haiku-4-5',
      content: [{ type: 'text', text: 'Paris.' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: {
        input_tokens: 10,
        output_tokens: 2,
        cache_creation_input_tokens: null,
        cache_read_input_tokens: null,
      },
    });
  });
});

describe('eventStreamResponse', () => {
  it('names each event by its type, with no [DONE]', async () => {
    const events = [{ type: 'message_start' }, { type: 'message_stop', extra: 1 }];
    const response = eventStreamResponse(events);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const read: Array<{ event?: string; data: string }> = [];
    for await (const event of readSseEvents(response)) read.push(event);
    expect(read.map((event) => [event.event, JSON.parse(event.data)])).toEqual([
      ['message_start', events[0]],
      ['message_stop', events[1]],
    ]);
  });
});
