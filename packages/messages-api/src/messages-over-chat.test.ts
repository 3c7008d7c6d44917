import { compose, readSseEvents } from '@switchyard/core';
import {
  chatCompletion,
  jsonResponse,
  openaiErrorResponse,
  scripted,
  sseStreamResponse,
} from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { messagesOverChat } from './messages-over-chat.js';

const messagesBody = {
  model: 'gpt-4o-mini',
  max_tokens: 64,
  messages: [{ role: 'user', content: 'Hi' }],
};

function post(url: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function eventsOf(response: Response): Promise<Array<{ event: string | undefined; data: unknown }>> {
  const events = [];
  for await (const event of readSseEvents(response))
    events.push({ event: event.event, data: JSON.parse(event.data) });
  return events;
}

describe('messagesOverChat', () => {
  it('passes every other request to next untouched', async () => {
    const chat = post('https://api.example.com/v1/chat/completions', { model: 'm', messages: [] });
    const threadMessage = post('https://api.openai.com/v1/threads/thread_1/messages', {
      role: 'user',
      content: 'x',
    });
    const list = new Request('https://api.example.com/v1/messages');
    const seen: Request[] = [];
    const upstream = async (request: Request) => {
      seen.push(request);
      return new Response('ok');
    };
    const handler = compose(messagesOverChat())(upstream);
    for (const request of [chat, threadMessage, list]) await handler(request);
    expect(seen).toEqual([chat, threadMessage, list]);
  });

  it('sends chat completions to the same origin and prefix, without Anthropic headers or query', async () => {
    const upstream = scripted([jsonResponse(chatCompletion({ content: 'Hello' }))]);
    const response = await compose(messagesOverChat())(upstream)(
      post('https://gateway.example.com/proxy/v1/messages?beta=true', messagesBody, {
        'x-api-key': 'sk-ant-caller',
        'anthropic-version': '2023-06-01',
        'anthropic-beta': 'tools-2024-04-04',
        'x-switchyard-trace-id': 'trace-9',
        'x-custom': 'kept',
      }),
    );
    expect(response.status).toBe(200);
    const sent = upstream.requests[0]!;
    expect(sent.url).toBe('https://gateway.example.com/proxy/v1/chat/completions');
    expect(sent.headers.get('x-api-key')).toBeNull();
    expect(sent.headers.get('anthropic-version')).toBeNull();
    expect(sent.headers.get('anthropic-beta')).toBeNull();
    expect(sent.headers.get('x-switchyard-trace-id')).toBe('trace-9');
    expect(sent.headers.get('x-custom')).toBe('kept');
    expect(sent.headers.get('accept')).toBe('application/json');
    expect(JSON.parse(sent.body)).toEqual({
      model: 'gpt-4o-mini',
      max_tokens: 64,
      messages: [{ role: 'user', content: 'Hi' }],
    });
  });

  it('sends max_completion_tokens when told to', async () => {
    const upstream = scripted([jsonResponse(chatCompletion())]);
    await compose(messagesOverChat({ maxTokensParam: 'max_completion_tokens' }))(upstream)(
      post('https://api.openai.com/v1/messages', messagesBody),
    );
    expect(JSON.parse(upstream.requests[0]!.body)).toMatchObject({ max_completion_tokens: 64 });
    expect(JSON.parse(upstream.requests[0]!.body).max_tokens).toBeUndefined();
  });

  it('answers a Messages message with the upstream headers kept', async () => {
    const upstream = scripted([
      jsonResponse(
        chatCompletion({
          id: 'chatcmpl-42',
          content: 'Hello',
          usage: {
            prompt_tokens: 120,
            completion_tokens: 5,
            total_tokens: 125,
            prompt_tokens_details: { cached_tokens: 100 },
          },
        }),
        { headers: { 'x-switchyard-provider': 'groq', 'x-request-id': 'req_1' } },
      ),
    ]);
    const response = await compose(messagesOverChat())(upstream)(post('https://h/v1/messages', messagesBody));
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-switchyard-provider')).toBe('groq');
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(await response.json()).toEqual({
      id: 'msg_chatcmpl-42',
      type: 'message',
      role: 'assistant',
      model: 'gpt-4o-mini',
      content: [{ type: 'text', text: 'Hello' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: {
        input_tokens: 20,
        output_tokens: 5,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 100,
      },
    });
  });

  it('maps upstream errors to Anthropic error bodies, status and retry-after kept', async () => {
    const upstream = scripted([
      openaiErrorResponse(429, 'Slow down', 3),
      new Response('<html>bad gateway</html>', { status: 502, headers: { 'request-id': 'req_x' } }),
      openaiErrorResponse(400, 'Unsupported parameter: top_p'),
    ]);
    const handler = compose(messagesOverChat())(upstream);
    const limited = await handler(post('https://h/v1/messages', messagesBody));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(await limited.json()).toEqual({
      type: 'error',
      error: { type: 'rate_limit_error', message: 'Slow down' },
      request_id: null,
    });
    const html = await handler(post('https://h/v1/messages', messagesBody));
    expect(html.status).toBe(502);
    expect(await html.json()).toEqual({
      type: 'error',
      error: { type: 'api_error', message: 'the upstream answered 502: <html>bad gateway</html>' },
      request_id: 'req_x',
    });
    const bad = await handler(post('https://h/v1/messages', messagesBody));
    expect(await bad.json()).toMatchObject({
      error: { type: 'invalid_request_error', message: 'Unsupported parameter: top_p' },
    });
  });

  it('keeps a precise Anthropic error type the upstream gave', async () => {
    const upstream = scripted([
      jsonResponse(
        { error: { message: 'Overloaded', type: 'overloaded_error', code: 'overloaded_error' } },
        { status: 529 },
      ),
    ]);
    const response = await compose(messagesOverChat())(upstream)(post('https://h/v1/messages', messagesBody));
    expect(await response.json()).toMatchObject({
      error: { type: 'overloaded_error', message: 'Overloaded' },
    });
  });

  it('answers bad JSON and untranslatable bodies with 400s naming the problem, without calling next', async () => {
    const upstream = scripted([]);
    const handler = compose(messagesOverChat())(upstream);
    const notJson = await handler(post('https://h/v1/messages', '{"model":'));
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'messages-api: the request body is not valid JSON' },
    });
    const noMax = await handler(post('https://h/v1/messages', { model: 'm', messages: [] }));
    expect(await noMax.json()).toMatchObject({
      error: { message: 'messages-api: max_tokens: required (the Messages API has no default)' },
    });
    const serverTool = await handler(
      post('https://h/v1/messages', {
        ...messagesBody,
        tools: [{ type: 'web_search_20250305', name: 'web_search' }],
      }),
    );
    expect(await serverTool.json()).toMatchObject({
      error: {
        message: expect.stringContaining('tools[0].type: Anthropic server tool "web_search_20250305"'),
      },
    });
    expect(upstream.calls).toBe(0);
  });

  it('answers count_tokens itself with a 404 in Anthropic shape', async () => {
    const upstream = scripted([]);
    const response = await compose(messagesOverChat())(upstream)(
      post('https://h/v1/messages/count_tokens', { model: 'm', messages: [] }),
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      type: 'error',
      error: { type: 'not_found_error', message: expect.stringContaining('cannot count tokens') },
    });
    expect(upstream.calls).toBe(0);
  });

  it('streams the chat stream as Anthropic events, usage in message_delta', async () => {
    const base = { id: 'chatcmpl-s', object: 'chat.completion.chunk', created: 1, model: 'llama-3' } as const;
    const upstream = scripted([
      sseStreamResponse([
        { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] },
        { ...base, choices: [{ index: 0, delta: { content: 'Hel' }, finish_reason: null }] },
        { ...base, choices: [{ index: 0, delta: { content: 'lo' }, finish_reason: null }] },
        {
          ...base,
          choices: [
            {
              index: 0,
              delta: {
                tool_calls: [
                  { index: 0, id: 'call_1', type: 'function', function: { name: 'f', arguments: '' } },
                ],
              },
              finish_reason: null,
            },
          ],
        },
        {
          ...base,
          choices: [
            {
              index: 0,
              delta: { tool_calls: [{ index: 0, function: { arguments: '{"a":' } }] },
              finish_reason: null,
            },
          ],
        },
        {
          ...base,
          choices: [
            {
              index: 0,
              delta: { tool_calls: [{ index: 0, function: { arguments: '1}' } }] },
              finish_reason: null,
            },
          ],
        },
        { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] },
        { ...base, choices: [], usage: { prompt_tokens: 9, completion_tokens: 4, total_tokens: 13 } },
      ]),
    ]);
    const response = await compose(messagesOverChat())(upstream)(
      post('https://h/v1/messages', { ...messagesBody, stream: true }),
    );
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(upstream.requests[0]!.headers.get('accept')).toBe('text/event-stream');
    const events = await eventsOf(response);
    expect(events.every(({ event, data }) => event === (data as { type: string }).type)).toBe(true);
    expect(events.map(({ data }) => data)).toEqual([
      {
        type: 'message_start',
        message: {
          id: 'msg_chatcmpl-s',
          type: 'message',
          role: 'assistant',
          model: 'llama-3',
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: {
            input_tokens: 0,
            output_tokens: 0,
            cache_creation_input_tokens: 0,
            cache_read_input_tokens: 0,
          },
        },
      },
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hel' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'lo' } },
      { type: 'content_block_stop', index: 0 },
      {
        type: 'content_block_start',
        index: 1,
        content_block: { type: 'tool_use', id: 'call_1', name: 'f', input: {} },
      },
      { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '{"a":' } },
      { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '1}' } },
      { type: 'content_block_stop', index: 1 },
      {
        type: 'message_delta',
        delta: { stop_reason: 'tool_use', stop_sequence: null },
        usage: {
          input_tokens: 9,
          output_tokens: 4,
          cache_creation_input_tokens: 0,
          cache_read_input_tokens: 0,
        },
      },
      { type: 'message_stop' },
    ]);
  });

  it('answers a stream request with events even when the upstream answered JSON', async () => {
    const upstream = scripted([jsonResponse(chatCompletion({ content: 'Whole', finishReason: 'length' }))]);
    const response = await compose(messagesOverChat())(upstream)(
      post('https://h/v1/messages', { ...messagesBody, stream: true }),
    );
    const events = (await eventsOf(response)).map(({ data }) => data as { type: string });
    expect(events.map((event) => event.type)).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    expect(events[4]).toMatchObject({ delta: { stop_reason: 'max_tokens' }, usage: { output_tokens: 5 } });
  });

  it('rejects an invalid option at factory time', () => {
    expect(() => messagesOverChat({ maxTokensParam: 'max_output_tokens' as never })).toThrow(
      "messagesOverChat: maxTokensParam must be 'max_tokens' or 'max_completion_tokens'; got \"max_output_tokens\"",
    );
  });
});
