import { RequestTranslationError } from '@switchyard/core';
import { describe, expect, it } from 'vitest';
import { responsesRoute } from './responses-route.js';
import { toChatRequest } from './to-chat-request.js';

const tool = (name: string) => ({ type: 'function' as const, name, parameters: { type: 'object' } });

function refusal(run: () => unknown): { param: string; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RequestTranslationError);
    return { param: (error as RequestTranslationError).param, message: (error as Error).message };
  }
  throw new Error('expected a RequestTranslationError');
}

describe('toChatRequest', () => {
  it('joins calls to the assistant turn before them, skips reasoning, keeps files', () => {
    const chat = toChatRequest(
      {
        model: 'm',
        input: [
          { type: 'reasoning', id: 'rs_1', summary: [] },
          {
            role: 'user',
            content: [
              { type: 'input_file', file_data: 'data:application/pdf;base64,AAAA', filename: 'a.pdf' },
            ],
          },
          { type: 'function_call', call_id: 'c1', name: 'f', arguments: '{}' },
          { type: 'function_call', call_id: 'c2', name: 'g', arguments: '{"x":1}' },
          { type: 'function_call_output', call_id: 'c1', output: 'one' },
          { type: 'function_call_output', call_id: 'c2', output: 'two' },
        ],
      },
      [{ role: 'user', content: 'earlier' }],
    );
    expect(chat.messages).toEqual([
      { role: 'user', content: 'earlier' },
      {
        role: 'user',
        content: [
          { type: 'file', file: { file_data: 'data:application/pdf;base64,AAAA', filename: 'a.pdf' } },
        ],
      },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } },
          { id: 'c2', type: 'function', function: { name: 'g', arguments: '{"x":1}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'c1', content: 'one' },
      { role: 'tool', tool_call_id: 'c2', content: 'two' },
    ]);
  });

  it('turns allowed_tools into the mode with only the allowed tools', () => {
    const chat = toChatRequest(
      {
        model: 'm',
        input: 'Hi',
        tools: [tool('a'), tool('b'), tool('c')],
        tool_choice: { type: 'allowed_tools', mode: 'required', tools: [{ type: 'function', name: 'b' }] },
      },
      [],
    );
    expect(chat.tool_choice).toBe('required');
    expect(chat.tools?.map((entry) => entry.function.name)).toEqual(['b']);
  });

  it('names what it refuses', () => {
    expect(
      refusal(() => toChatRequest({ model: 'm', input: 'Hi', metadata: { n: 1 as never } }, [])),
    ).toEqual({
      param: 'metadata.n',
      message: 'must be a string',
    });
    expect(refusal(() => toChatRequest({ model: 'm', input: 'Hi', max_output_tokens: 0 }, [])).param).toBe(
      'max_output_tokens',
    );
    expect(
      refusal(() => toChatRequest({ model: 'm', input: 'Hi', temperature: 'hot' as never }, [])).param,
    ).toBe('temperature');
    expect(
      refusal(() => toChatRequest({ model: 'm', input: [{ role: 'tool' as never, content: 'x' }] }, []))
        .param,
    ).toBe('input[0].role');
    expect(
      refusal(() =>
        toChatRequest(
          { model: 'm', input: [{ role: 'system', content: [{ type: 'input_image', image_url: 'x' }] }] },
          [],
        ),
      ).param,
    ).toBe('input[0].content[0].type');
    expect(
      refusal(() =>
        toChatRequest({ model: 'm', input: 'Hi', tool_choice: { type: 'web_search' } as never }, []),
      ).param,
    ).toBe('tool_choice');
    expect(refusal(() => toChatRequest({ model: 'm', input: 'Hi', conversation: 'conv_1' }, [])).param).toBe(
      'conversation',
    );
  });
});

describe('responsesRoute', () => {
  it('recognises create, retrieve and delete under any prefix, and nothing else', () => {
    expect(responsesRoute('POST', 'https://x/v1/responses')).toEqual({ kind: 'create' });
    expect(responsesRoute('POST', '/openai/v1/responses/')).toEqual({ kind: 'create' });
    expect(responsesRoute('GET', 'https://x/v1/responses/resp_1?include=x')).toEqual({
      kind: 'retrieve',
      id: 'resp_1',
    });
    expect(responsesRoute('DELETE', new URL('https://x/v1/responses/resp_%31'))).toEqual({
      kind: 'delete',
      id: 'resp_1',
    });
    for (const [method, url] of [
      ['GET', '/v1/responses'],
      ['POST', '/v1/responses/resp_1/cancel'],
      ['GET', '/v1/responses/resp_1/input_items'],
      ['POST', '/v1/responses/input_tokens'],
      ['POST', '/v1/chat/completions'],
      ['GET', '/v1/responses/%E0'],
    ] as const) {
      expect(responsesRoute(method, url), `${method} ${url}`).toBeUndefined();
    }
  });
});
