import { RequestTranslationError } from '@switchyard/core';
import { describe, expect, it } from 'vitest';
import { toChatRequest } from './to-chat-request.js';

const base = { model: 'gpt-4o', max_tokens: 256 };

function translated(body: Record<string, unknown>) {
  return toChatRequest({ ...base, ...body }, 'max_tokens');
}

function failure(body: unknown): { param: string; message: string } {
  try {
    toChatRequest(body, 'max_tokens');
  } catch (error) {
    if (error instanceof RequestTranslationError) return { param: error.param, message: error.message };
    throw error;
  }
  throw new Error('expected a RequestTranslationError');
}

describe('toChatRequest', () => {
  it('joins system text blocks and keeps system messages in place', () => {
    const { body } = translated({
      system: [
        { type: 'text', text: 'You are terse.', cache_control: { type: 'ephemeral' } },
        { type: 'text', text: 'Answer in French.' },
      ],
      messages: [
        { role: 'system', content: 'Mid-conversation rule.' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Bonjour' },
            { type: 'text', text: 'ça va ?' },
          ],
        },
      ],
    });
    expect(body.messages).toEqual([
      { role: 'system', content: 'You are terse.\nAnswer in French.' },
      { role: 'system', content: 'Mid-conversation rule.' },
      { role: 'user', content: 'Bonjour\nça va ?' },
    ]);
  });

  it('translates sampling parameters and drops the ones chat has no form for', () => {
    const { body, stream, stopSequences } = translated({
      messages: [{ role: 'user', content: 'x' }],
      temperature: 0.2,
      top_p: 0.9,
      top_k: 40,
      stop_sequences: ['END'],
      metadata: { user_id: 'u-1' },
      thinking: { type: 'enabled', budget_tokens: 1024 },
      stream: true,
    });
    expect(body).toEqual({
      model: 'gpt-4o',
      max_tokens: 256,
      messages: [{ role: 'user', content: 'x' }],
      temperature: 0.2,
      top_p: 0.9,
      stop: ['END'],
      user: 'u-1',
      stream: true,
      stream_options: { include_usage: true },
    });
    expect([stream, stopSequences]).toEqual([true, ['END']]);
  });

  it('puts tool results right after the assistant turn, their images in the user message after', () => {
    const { body } = translated({
      messages: [
        {
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: 'hmm', signature: 'sig' },
            { type: 'text', text: 'Taking a screenshot.' },
            { type: 'tool_use', id: 'toolu_1', name: 'screenshot', input: {} },
            { type: 'tool_use', id: 'toolu_2', name: 'clock', input: { tz: 'UTC' } },
          ],
        },
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'toolu_1',
              content: [
                { type: 'text', text: 'Here it is' },
                { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AAAA' } },
              ],
            },
            { type: 'tool_result', tool_use_id: 'toolu_2', content: '12:00', is_error: false },
            { type: 'text', text: 'What do you see?' },
          ],
        },
      ],
    });
    expect(body.messages).toEqual([
      {
        role: 'assistant',
        content: 'Taking a screenshot.',
        tool_calls: [
          { id: 'toolu_1', type: 'function', function: { name: 'screenshot', arguments: '{}' } },
          { id: 'toolu_2', type: 'function', function: { name: 'clock', arguments: '{"tz":"UTC"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'toolu_1', content: 'Here it is' },
      { role: 'tool', tool_call_id: 'toolu_2', content: '12:00' },
      {
        role: 'user',
        content: [
          { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
          { type: 'text', text: 'What do you see?' },
        ],
      },
    ]);
  });

  it('translates documents: base64 PDFs as file parts, plain text as text', () => {
    const { body } = translated({
      messages: [
        {
          role: 'user',
          content: [
            {
              type: 'document',
              title: 'report.pdf',
              source: { type: 'base64', media_type: 'application/pdf', data: 'JVBE' },
            },
            { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'Plain notes' } },
          ],
        },
      ],
    });
    expect(body.messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'file', file: { filename: 'report.pdf', file_data: 'data:application/pdf;base64,JVBE' } },
          { type: 'text', text: 'Plain notes' },
        ],
      },
    ]);
  });

  it('translates every tool_choice, and sends it only with tools', () => {
    const tools = [{ name: 'f', input_schema: { type: 'object' } }];
    const choice = (tool_choice: unknown) => translated({ messages: [], tools, tool_choice }).body;
    expect(choice({ type: 'auto' })).toMatchObject({ tool_choice: 'auto' });
    expect(choice({ type: 'auto', disable_parallel_tool_use: true })).toMatchObject({
      tool_choice: 'auto',
      parallel_tool_calls: false,
    });
    expect(choice({ type: 'any' })).toMatchObject({ tool_choice: 'required' });
    expect(choice({ type: 'tool', name: 'f' })).toMatchObject({
      tool_choice: { type: 'function', function: { name: 'f' } },
    });
    expect(choice({ type: 'none' })).toMatchObject({ tool_choice: 'none' });
    expect(translated({ messages: [], tool_choice: { type: 'none' } }).body.tool_choice).toBeUndefined();
  });

  it('names the field of every malformed or untranslatable part', () => {
    expect(failure('text')).toEqual({ param: 'body', message: 'must be an object' });
    expect(failure({ max_tokens: 1, messages: [] })).toEqual({
      param: 'model',
      message: 'must be a non-empty string',
    });
    expect(failure({ ...base, max_tokens: 0, messages: [] })).toMatchObject({ param: 'max_tokens' });
    expect(failure({ ...base, messages: {} })).toEqual({ param: 'messages', message: 'must be an array' });
    expect(failure({ ...base, messages: [{ role: 'tool', content: 'x' }] })).toMatchObject({
      param: 'messages[0].role',
    });
    expect(
      failure({
        ...base,
        messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'file', file_id: 'f' } }] }],
      }),
    ).toMatchObject({ param: 'messages[0].content[0].source.type' });
    expect(
      failure({
        ...base,
        messages: [{ role: 'user', content: [{ type: 'tool_use', id: 'a', name: 'b', input: {} }] }],
      }),
    ).toMatchObject({ param: 'messages[0].content[0].type' });
    expect(
      failure({
        ...base,
        messages: [{ role: 'assistant', content: [{ type: 'server_tool_use', id: 'a' }] }],
      }),
    ).toMatchObject({ param: 'messages[0].content[0].type' });
    expect(
      failure({ ...base, messages: [{ role: 'user', content: [{ type: 'tool_result', content: 'x' }] }] }),
    ).toEqual({ param: 'messages[0].content[0].tool_use_id', message: 'must be a string' });
    expect(failure({ ...base, messages: [], tools: [{ name: 'f' }] })).toEqual({
      param: 'tools[0].input_schema',
      message: 'must be an object',
    });
    expect(
      failure({
        ...base,
        messages: [],
        tools: [{ name: 'f', input_schema: {} }],
        tool_choice: { type: 'all' },
      }),
    ).toMatchObject({ param: 'tool_choice.type' });
    expect(failure({ ...base, messages: [], temperature: '0.5' })).toEqual({
      param: 'temperature',
      message: 'must be a number',
    });
    expect(failure({ ...base, messages: [], system: [{ type: 'image' }] })).toMatchObject({
      param: 'system[0].type',
    });
  });
});
