import type { Handler } from '@switchyard/core';
import { wrongShapeProblems } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { bedrock } from './bedrock.js';

// A client's body of the wrong shape anywhere is a 400 naming the field (the gateway's fuzz test
// found `tool_calls: [{}]` and a lone surrogate in `model` answered with a 500): every field of a
// rich request is replaced in turn by a value of another shape.

const chat = {
  model: 'anthropic.claude-3-haiku-20240307-v1:0',
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
};

const embeddings = [
  { model: 'amazon.titan-embed-text-v2:0', input: ['a', 'b'], dimensions: 256, encoding_format: 'float' },
  { model: 'cohere.embed-english-v3', input: ['a', 'b'], encoding_format: 'base64' },
];

/** Runs `body` through bedrock, with an upstream that refuses everything: what the client would get. */
async function send(path: string, body: unknown): Promise<{ status: number; text: string; sent: boolean }> {
  let sent = false;
  const upstream: Handler = async () => {
    sent = true;
    return new Response(JSON.stringify({ message: 'upstream refuses' }), {
      status: 400,
      headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'ValidationException' },
    });
  };
  const provider = bedrock({ region: 'us-east-1', accessKeyId: 'AKIATEST', secretAccessKey: 'secret' });
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

describe('bedrock and request bodies of the wrong shape', () => {
  it('answers a chat request with any field of the wrong shape with a 400 or sends it on, never a throw', async () => {
    await expectNoCrash('/v1/chat/completions', chat);
    await expectNoCrash('/v1/chat/completions', {
      ...chat,
      stream: true,
      response_format: { type: 'json_object' },
      tool_choice: 'required',
    });
  });

  it('answers an embeddings request with any field of the wrong shape with a 400 or sends it on', async () => {
    for (const body of embeddings) await expectNoCrash('/v1/embeddings', body);
  });

  it('names the field: an empty tool call, and a model holding an unpaired surrogate', async () => {
    const emptyCall = await send('/v1/chat/completions', {
      model: 'anthropic.claude-3-haiku-20240307-v1:0',
      messages: [{ role: 'assistant', tool_calls: [{}] }],
    });
    expect(emptyCall.status).toBe(400);
    expect(JSON.parse(emptyCall.text).error).toMatchObject({
      type: 'invalid_request_error',
      param: 'messages[0].tool_calls[0].function',
    });
    const surrogate = await send('/v1/chat/completions', {
      model: 'anthropic.claude\ud800',
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(surrogate.status).toBe(400);
    expect(JSON.parse(surrogate.text).error).toMatchObject({ param: 'model' });
  });
});
