import type { Handler } from '@switchyard/core';
import { wrongShapeProblems } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { anthropic } from './anthropic.js';

// A client's body of the wrong shape anywhere is a 400 naming the field (the gateway's fuzz test
// found `tools: {}` answered with a 500): every field of a rich request is replaced in turn by a
// value of another shape.

const chat = {
  model: 'claude-3-5-sonnet-20241022',
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'developer', content: [{ type: 'text', text: 'Really.' }] },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'What is this?' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
        { type: 'file', file: { filename: 'a.pdf', file_data: 'data:application/pdf;base64,JVBERi0=' } },
      ],
    },
    {
      role: 'assistant',
      content: 'Let me look.',
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"x"}' } }],
    },
    { role: 'tool', tool_call_id: 'call_1', content: [{ type: 'text', text: 'found' }] },
    { role: 'user', content: 'Thanks.' },
  ],
  tools: [
    {
      type: 'function',
      function: { name: 'lookup', description: 'Looks up', parameters: { type: 'object' } },
    },
  ],
  tool_choice: { type: 'function', function: { name: 'lookup' } },
  response_format: {
    type: 'json_schema',
    json_schema: { name: 'answer', description: 'The answer', schema: { type: 'object' } },
  },
  stop: ['END'],
  max_tokens: 100,
  temperature: 0.5,
  top_p: 0.9,
  top_k: 5,
  stream: false,
  stream_options: { include_usage: true },
  n: 1,
  user: 'u-1',
  parallel_tool_calls: false,
};

/** Runs `body` through anthropic, with an upstream that refuses everything: what the client would get. */
async function send(path: string, body: unknown): Promise<{ status: number; text: string; sent: boolean }> {
  let sent = false;
  const upstream: Handler = async () => {
    sent = true;
    return new Response(
      JSON.stringify({
        type: 'error',
        error: { type: 'invalid_request_error', message: 'upstream refuses' },
      }),
      { status: 400, headers: { 'content-type': 'application/json' } },
    );
  };
  const provider = anthropic({ apiKey: 'sk-ant-test' });
  const response = await provider(upstream)(
    new Request(`http://switchyard.local${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, text: await response.text(), sent };
}

async function expectNoCrash(path: string, body: unknown): Promise<void> {
  expect(await wrongShapeProblems(body, (variant) => send(path, variant))).toEqual([]);
}

describe('anthropic and request bodies of the wrong shape', () => {
  it('answers a chat request with any field of the wrong shape with a 400 or sends it on, never a throw', async () => {
    await expectNoCrash('/v1/chat/completions', chat);
    await expectNoCrash('/v1/chat/completions', {
      ...chat,
      stream: true,
      response_format: { type: 'json_object' },
      tool_choice: 'required',
    });
  });

  it('names the field: tools that are not an array, an empty tool call', async () => {
    const tools = await send('/v1/chat/completions', {
      model: 'claude-3-5-sonnet-20241022',
      messages: [{ role: 'user', content: 'Hi' }],
      tools: {},
    });
    expect(tools.status).toBe(400);
    expect(JSON.parse(tools.text).error).toMatchObject({ type: 'invalid_request_error', param: 'tools' });
    const emptyCall = await send('/v1/chat/completions', {
      model: 'claude-3-5-sonnet-20241022',
      messages: [{ role: 'assistant', tool_calls: [{}] }],
    });
    expect(emptyCall.status).toBe(400);
    expect(JSON.parse(emptyCall.text).error).toMatchObject({ param: 'messages[0].tool_calls[0].function' });
  });
});
