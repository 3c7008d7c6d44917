import Anthropic, { APIError } from '@anthropic-ai/sdk';
import type { ChatCompletionRequest } from '@switchyard/core';
import { compose, fetchTransport, toFetch } from '@switchyard/core';
import { fault, type MockChatReply, type MockProvider, startMockProvider } from '@switchyard/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messagesOverChat } from './messages-over-chat.js';

// The official Anthropic SDK as the client, messagesOverChat in process, and a real local HTTP
// server speaking OpenAI chat completions behind it.
let mock: MockProvider;
let client: Anthropic;
let reply: (body: ChatCompletionRequest) => string | MockChatReply;

const pixel =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

beforeAll(async () => {
  mock = await startMockProvider({
    reply: (body) => reply(body),
  });
  client = new Anthropic({
    apiKey: 'caller-key',
    baseURL: mock.url,
    maxRetries: 0,
    fetch: toFetch(compose(messagesOverChat())(fetchTransport())),
  });
});

beforeEach(() => {
  reply = () => 'Paris.';
  mock.setFaults(undefined);
});

afterAll(() => mock.close());

function lastChatBody(): ChatCompletionRequest {
  return mock.requests.at(-1)!.body as ChatCompletionRequest;
}

describe('the Anthropic SDK through messagesOverChat', () => {
  it('creates a plain text message', async () => {
    const message = await client.messages.create({
      model: 'gpt-4o-mini',
      max_tokens: 100,
      system: 'Answer briefly.',
      messages: [{ role: 'user', content: 'Capital of France?' }],
      stop_sequences: ['###'],
      metadata: { user_id: 'user-7' },
    });
    expect(message).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: 'gpt-4o-mini',
      content: [{ type: 'text', text: 'Paris.' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
    });
    expect(message.id).toMatch(/^msg_/);
    expect(message.usage.input_tokens).toBeGreaterThan(0);
    expect(message.usage.output_tokens).toBe(1);
    const sent = mock.requests.at(-1)!;
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.headers['x-api-key']).toBeUndefined();
    expect(sent.headers['anthropic-version']).toBeUndefined();
    expect(sent.body).toEqual({
      model: 'gpt-4o-mini',
      max_tokens: 100,
      messages: [
        { role: 'system', content: 'Answer briefly.' },
        { role: 'user', content: 'Capital of France?' },
      ],
      stop: ['###'],
      user: 'user-7',
    });
  });

  it('round-trips a tool_use and its tool_result', async () => {
    reply = (body) =>
      body.messages.some((message) => message.role === 'tool')
        ? { content: 'It is 21°C in Paris.' }
        : { toolCalls: [{ id: 'call_weather_1', name: 'get_weather', arguments: { city: 'Paris' } }] };
    const tools: Anthropic.Tool[] = [
      {
        name: 'get_weather',
        description: 'Current weather of a city',
        input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      },
    ];
    const question: Anthropic.MessageParam = { role: 'user', content: 'Weather in Paris?' };
    const first = await client.messages.create({
      model: 'gpt-4o-mini',
      max_tokens: 200,
      tools,
      tool_choice: { type: 'any', disable_parallel_tool_use: true },
      messages: [question],
    });
    expect(first.stop_reason).toBe('tool_use');
    expect(first.content).toEqual([
      { type: 'tool_use', id: 'call_weather_1', name: 'get_weather', input: { city: 'Paris' } },
    ]);
    expect(lastChatBody()).toMatchObject({
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_weather',
            description: 'Current weather of a city',
            parameters: tools[0]!.input_schema,
          },
        },
      ],
      tool_choice: 'required',
      parallel_tool_calls: false,
    });

    const toolUse = first.content[0] as Anthropic.ToolUseBlock;
    const second = await client.messages.create({
      model: 'gpt-4o-mini',
      max_tokens: 200,
      tools,
      messages: [
        question,
        { role: 'assistant', content: first.content },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: toolUse.id, content: '{"celsius":21}' },
            { type: 'text', text: 'Answer in one sentence.' },
          ],
        },
      ],
    });
    expect(second.content).toEqual([{ type: 'text', text: 'It is 21°C in Paris.' }]);
    expect(second.stop_reason).toBe('end_turn');
    expect(lastChatBody().messages).toEqual([
      { role: 'user', content: 'Weather in Paris?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_weather_1',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_weather_1', content: '{"celsius":21}' },
      { role: 'user', content: 'Answer in one sentence.' },
    ]);
  });

  it('sends base64 and URL images as image_url parts', async () => {
    await client.messages.create({
      model: 'gpt-4o-mini',
      max_tokens: 50,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: pixel } },
            { type: 'image', source: { type: 'url', url: 'https://example.com/cat.jpg' } },
            { type: 'text', text: 'What is in these?' },
          ],
        },
      ],
    });
    expect(lastChatBody().messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'image_url', image_url: { url: `data:image/png;base64,${pixel}` } },
          { type: 'image_url', image_url: { url: 'https://example.com/cat.jpg' } },
          { type: 'text', text: 'What is in these?' },
        ],
      },
    ]);
  });

  it('streams text in Anthropic event order and accumulates the final message', async () => {
    reply = () => 'The capital is Paris.';
    const stream = client.messages.stream({
      model: 'gpt-4o-mini',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'Capital of France?' }],
    });
    const events: string[] = [];
    let text = '';
    stream.on('streamEvent', (event) => events.push(event.type));
    stream.on('text', (delta) => {
      text += delta;
    });
    const message = await stream.finalMessage();
    expect(events[0]).toBe('message_start');
    expect(events[1]).toBe('content_block_start');
    expect(events.slice(2, -3).every((type) => type === 'content_block_delta')).toBe(true);
    expect(events.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
    expect(text).toBe('The capital is Paris.');
    expect(message).toMatchObject({
      role: 'assistant',
      content: [{ type: 'text', text: 'The capital is Paris.' }],
      stop_reason: 'end_turn',
      usage: { output_tokens: 4 },
    });
    expect(message.usage.input_tokens).toBeGreaterThan(0);
    expect(lastChatBody()).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('streams a tool call as input_json_delta and parses its input', async () => {
    reply = () => ({
      content: 'Let me check.',
      toolCalls: [{ id: 'call_9', name: 'get_weather', arguments: { city: 'Oslo', unit: 'celsius' } }],
    });
    const stream = client.messages.stream({
      model: 'gpt-4o-mini',
      max_tokens: 100,
      tools: [{ name: 'get_weather', input_schema: { type: 'object' } }],
      messages: [{ role: 'user', content: 'Weather in Oslo?' }],
    });
    const json: string[] = [];
    stream.on('inputJson', (partial) => json.push(partial));
    const message = await stream.finalMessage();
    expect(message.stop_reason).toBe('tool_use');
    expect(message.content).toEqual([
      { type: 'text', text: 'Let me check.' },
      { type: 'tool_use', id: 'call_9', name: 'get_weather', input: { city: 'Oslo', unit: 'celsius' } },
    ]);
    expect(json.join('')).toBe('{"city":"Oslo","unit":"celsius"}');
  });

  it('raises the SDK error class of the upstream status, with Anthropic error types', async () => {
    mock.setFaults([fault.status(429, { retryAfter: 7 }), fault.status(401), fault.status(503)]);
    const ask = () =>
      client.messages.create({
        model: 'gpt-4o-mini',
        max_tokens: 10,
        messages: [{ role: 'user', content: 'Hi' }],
      });

    const limited = await ask().catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(Anthropic.RateLimitError);
    expect((limited as APIError).status).toBe(429);
    expect((limited as APIError).type).toBe('rate_limit_error');
    expect((limited as APIError).headers?.get('retry-after')).toBe('7');

    const unauthorised = await ask().catch((error: unknown) => error);
    expect(unauthorised).toBeInstanceOf(Anthropic.AuthenticationError);
    expect((unauthorised as APIError).error).toMatchObject({
      type: 'error',
      error: { type: 'authentication_error' },
    });

    const down = await ask().catch((error: unknown) => error);
    expect(down).toBeInstanceOf(Anthropic.InternalServerError);
    expect((down as APIError).type).toBe('api_error');
  });

  it('fails a stream whose upstream errors before it starts with the mapped error class', async () => {
    mock.setFaults([fault.status(529)]);
    const stream = client.messages.stream({
      model: 'gpt-4o-mini',
      max_tokens: 10,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    const error = await stream.finalMessage().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(529);
    expect((error as APIError).type).toBe('overloaded_error');
  });

  it('fails a stream cut mid-way with an error event the SDK raises', async () => {
    reply = () => 'one two three four five six seven eight';
    mock.setFaults([fault.cutStream(3)]);
    const stream = client.messages.stream({
      model: 'gpt-4o-mini',
      max_tokens: 10,
      messages: [{ role: 'user', content: 'Count' }],
    });
    const error = await stream.finalMessage().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIError);
    expect(String((error as Error).message)).toMatch(/ended before the answer finished|stream failed/);
  });

  it('answers count_tokens with a not-found error naming why', async () => {
    const error = await client.messages
      .countTokens({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.NotFoundError);
    expect((error as APIError).message).toContain('cannot count tokens');
  });

  it('answers a request it cannot translate with a 400 naming the field', async () => {
    const calls = mock.calls;
    const error = await client.messages
      .create({
        model: 'gpt-4o-mini',
        max_tokens: 10,
        messages: [
          { role: 'user', content: [{ type: 'image', source: { type: 'file', file_id: 'file_123' } }] },
        ],
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect((error as APIError).message).toContain('messages[0].content[0].source.type');
    expect(mock.calls).toBe(calls);
  });
});
