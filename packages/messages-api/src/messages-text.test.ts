import { describe, expect, it } from 'vitest';
import { messageEvents } from './chat-stream-to-messages.js';
import { lastUserText, messageFromEvents, messageText, messageUsage, systemText } from './messages-text.js';
import type { MessagesMessage } from './messages-types.js';

const answer: MessagesMessage = {
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  model: 'm',
  content: [
    { type: 'text', text: 'Checking ' },
    { type: 'tool_use', id: 't1', name: 'f', input: { a: 1 } },
    { type: 'text', text: 'now.' },
  ],
  stop_reason: 'tool_use',
  stop_sequence: null,
  usage: { input_tokens: 10, output_tokens: 7, cache_read_input_tokens: 90, cache_creation_input_tokens: 5 },
};

describe('Messages readers', () => {
  it('finds the last user text, skipping tool-result-only turns', () => {
    const body = {
      system: [
        { type: 'text', text: 'Be kind.' },
        { type: 'text', text: 'Be brief.' },
      ],
      messages: [
        { role: 'user', content: 'first' },
        { role: 'assistant', content: 'ok' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'second' },
            { type: 'image', source: {} },
            { type: 'text', text: 'part' },
          ],
        },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't', name: 'f', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't', content: 'result' }] },
      ],
    };
    expect(lastUserText(body)).toBe('second\npart');
    expect(systemText(body)).toBe('Be kind.\nBe brief.');
    expect(lastUserText({ messages: 'nope' })).toBeUndefined();
    expect(lastUserText(null)).toBeUndefined();
    expect(systemText({})).toBe('');
  });

  it('reads the text and token counts of an answer', () => {
    expect(messageText(answer)).toBe('Checking now.');
    expect(messageUsage(answer)).toEqual({
      inputTokens: 105,
      outputTokens: 7,
      cachedInputTokens: 90,
      cacheCreationInputTokens: 5,
    });
    expect(messageText({ content: 'x' })).toBe('x');
    expect(messageUsage({})).toBeUndefined();
  });

  it('rebuilds the message an event stream describes', () => {
    expect(messageFromEvents(messageEvents(answer))).toEqual(answer);
    expect(messageFromEvents([{ type: 'message_stop' }])).toBeUndefined();
  });
});
