import type { ChatCompletionChunk } from '@switchyard/core';
import { describe, expect, it } from 'vitest';
import { assembleChatStream } from './assemble-chat-stream.js';
import { chatCompletionChunks, sseStreamResponse } from './builders.js';
import { collectSse } from './collect-sse.js';

const base = { id: 'c1', object: 'chat.completion.chunk' as const, created: 1, model: 'm' };
const chunk = (
  delta: ChatCompletionChunk['choices'][number]['delta'],
  finish: 'tool_calls' | null = null,
) => ({
  ...base,
  choices: [{ index: 0, delta, finish_reason: finish }],
});

describe('assembleChatStream', () => {
  it('joins text, finish reason and usage', () => {
    const assembled = assembleChatStream(chatCompletionChunks({ content: 'Hello big world', model: 'x' }));
    expect(assembled).toEqual({
      id: 'chatcmpl-test',
      model: 'x',
      content: 'Hello big world',
      refusal: null,
      toolCalls: [],
      finishReason: 'stop',
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
      chunkCount: 6,
    });
  });

  it('rebuilds interleaved tool call fragments by index, and refusals', () => {
    const assembled = assembleChatStream([
      chunk({ role: 'assistant', refusal: 'I ' }),
      chunk({ refusal: 'cannot' }),
      chunk({
        tool_calls: [{ index: 1, id: 'b', type: 'function', function: { name: 'second', arguments: '' } }],
      }),
      chunk({
        tool_calls: [{ index: 0, id: 'a', type: 'function', function: { name: 'first', arguments: '{"x"' } }],
      }),
      chunk({ tool_calls: [{ index: 1, function: { arguments: '{}' } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: ':1}' } }] }),
      chunk({}, 'tool_calls'),
    ]);
    expect(assembled.refusal).toBe('I cannot');
    expect(assembled.toolCalls).toEqual([
      { id: 'a', type: 'function', function: { name: 'first', arguments: '{"x":1}' } },
      { id: 'b', type: 'function', function: { name: 'second', arguments: '{}' } },
    ]);
    expect(assembled.finishReason).toBe('tool_calls');
    expect(assembled.usage).toBeNull();
  });

  it('reports an empty stream as empty', () => {
    expect(assembleChatStream([])).toMatchObject({ id: '', content: '', finishReason: null, chunkCount: 0 });
  });
});

describe('collectSse', () => {
  it('reads every JSON event up to [DONE]', async () => {
    const chunks = chatCompletionChunks({ content: 'a b' });
    expect(await collectSse(sseStreamResponse(chunks))).toEqual(chunks);
  });
});
