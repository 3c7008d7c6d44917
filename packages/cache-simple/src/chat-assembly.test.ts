import type { ChatCompletionChunk } from '@switchyard/core';
import { chatCompletion, chatCompletionChunks } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { chunksFromCompletion, completionFromChunks } from './chat-assembly.js';

const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk' as const, created: 1, model: 'gpt-4o' };

describe('completionFromChunks', () => {
  it('joins content per choice and keeps finish reason, usage and fingerprint', () => {
    const completion = completionFromChunks(
      chatCompletionChunks({ content: 'The capital of France is Paris.', model: 'gpt-4o' }),
    );
    expect(completion).toEqual({
      ...chatCompletion({ content: 'The capital of France is Paris.', model: 'gpt-4o' }),
    });
  });

  it('assembles several choices, tool-call fragments and logprobs by index', () => {
    const chunks: ChatCompletionChunk[] = [
      {
        ...base,
        system_fingerprint: 'fp_1',
        choices: [{ index: 1, delta: { role: 'assistant', content: 'B' }, finish_reason: null }],
      },
      {
        ...base,
        choices: [
          {
            index: 0,
            delta: {
              role: 'assistant',
              tool_calls: [
                {
                  index: 0,
                  id: 'call_a',
                  type: 'function',
                  function: { name: 'get_weather', arguments: '{"ci' },
                },
              ],
            },
            logprobs: { content: [{ token: 'x', logprob: -0.1 }] },
            finish_reason: null,
          },
        ],
      },
      {
        ...base,
        choices: [
          {
            index: 0,
            delta: { tool_calls: [{ index: 0, function: { arguments: 'ty":"Paris"}' } }] },
            logprobs: { content: [{ token: 'y', logprob: -0.2 }] },
            finish_reason: null,
          },
        ],
      },
      {
        ...base,
        choices: [
          {
            index: 0,
            delta: {
              tool_calls: [
                { index: 1, id: 'call_b', type: 'function', function: { name: 'get_time', arguments: '{}' } },
              ],
            },
            finish_reason: 'tool_calls',
          },
        ],
      },
      { ...base, choices: [{ index: 1, delta: { content: 'onjour' }, finish_reason: 'stop' }] },
    ];
    const completion = completionFromChunks(chunks);
    expect(completion.system_fingerprint).toBe('fp_1');
    expect(completion.choices.map((choice) => choice.index)).toEqual([0, 1]);
    expect(completion.choices[0]).toEqual({
      index: 0,
      message: {
        role: 'assistant',
        content: null,
        refusal: null,
        tool_calls: [
          {
            id: 'call_a',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
          },
          { id: 'call_b', type: 'function', function: { name: 'get_time', arguments: '{}' } },
        ],
      },
      logprobs: {
        content: [
          { token: 'x', logprob: -0.1 },
          { token: 'y', logprob: -0.2 },
        ],
        refusal: null,
      },
      finish_reason: 'tool_calls',
    });
    expect(completion.choices[1]?.message.content).toBe('Bonjour');
    expect(completion.choices[1]?.finish_reason).toBe('stop');
  });
});

describe('chunksFromCompletion', () => {
  it('round-trips through completionFromChunks, tool calls included', () => {
    const completion = chatCompletion({ content: 'Paris.' });
    completion.choices.push({
      index: 1,
      message: {
        role: 'assistant',
        content: null,
        refusal: null,
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"France"}' } },
        ],
      },
      logprobs: null,
      finish_reason: 'tool_calls',
    });
    const chunks = chunksFromCompletion(completion, true);
    expect(chunks.every((chunk) => chunk.object === 'chat.completion.chunk')).toBe(true);
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: completion.usage });
    expect(completionFromChunks(chunks)).toEqual(completion);
  });

  it('adds a usage chunk only when asked', () => {
    const chunks = chunksFromCompletion(chatCompletion(), false);
    expect(chunks.some((chunk) => chunk.usage !== undefined)).toBe(false);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
  });
});
