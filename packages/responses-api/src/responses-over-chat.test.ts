import { compose, type Handler } from '@switchyard/core';
import { fault, scripted } from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryResponseStore } from './memory-response-store.js';
import { responsesOverChat } from './responses-over-chat.js';
import { type SdkAgainstMock, sdkAgainstMock } from './test-support/sdk-against-mock.js';

let sdk: SdkAgainstMock;
let client: OpenAI;
const model = 'gpt-4o-mini';

beforeAll(async () => {
  sdk = await sdkAgainstMock();
  client = sdk.client;
});
afterAll(() => sdk.close());
beforeEach(() => sdk.mock.setFaults([]));

const weatherTool = {
  type: 'function' as const,
  name: 'get_weather',
  description: 'The weather in a city',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
    additionalProperties: false,
  },
  strict: true,
};

describe('responses.create over a chat-only server', () => {
  it('answers plain text as a Response object, from one chat completion', async () => {
    sdk.reply({
      content: 'Paris is the capital.',
      usage: {
        prompt_tokens: 12,
        completion_tokens: 5,
        total_tokens: 17,
        prompt_tokens_details: { cached_tokens: 4 },
        completion_tokens_details: { reasoning_tokens: 2 },
      },
    });
    const response = await client.responses.create({
      model,
      instructions: 'Be brief.',
      input: 'Capital of France?',
      max_output_tokens: 50,
      temperature: 0.2,
      top_p: 0.9,
      metadata: { user: 'u-1' },
    });
    expect(response.id).toMatch(/^resp_[0-9a-f]{48}$/);
    expect(response).toMatchObject({
      object: 'response',
      status: 'completed',
      model,
      instructions: 'Be brief.',
      max_output_tokens: 50,
      temperature: 0.2,
      top_p: 0.9,
      metadata: { user: 'u-1' },
      store: true,
      error: null,
      incomplete_details: null,
      previous_response_id: null,
      tool_choice: 'auto',
      tools: [],
      text: { format: { type: 'text' } },
      usage: {
        input_tokens: 12,
        input_tokens_details: { cached_tokens: 4, cache_write_tokens: 0 },
        output_tokens: 5,
        output_tokens_details: { reasoning_tokens: 2 },
        total_tokens: 17,
      },
    });
    expect(response.output).toEqual([
      {
        type: 'message',
        id: expect.stringMatching(/^msg_/),
        role: 'assistant',
        status: 'completed',
        content: [{ type: 'output_text', text: 'Paris is the capital.', annotations: [], logprobs: [] }],
      },
    ]);
    // The SDK computes output_text from the output items, as it does for OpenAI's answers.
    expect(response.output_text).toBe('Paris is the capital.');

    const chat = sdk.chatBodies().at(-1)!;
    expect(chat).toEqual({
      model,
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Capital of France?' },
      ],
      max_tokens: 50,
      temperature: 0.2,
      top_p: 0.9,
    });
    expect(sdk.mock.requests.at(-1)?.headers.authorization).toBe('Bearer test-key');
  });

  it('writes no output_text on the wire, as OpenAI does not', async () => {
    sdk.reply('Hi there.');
    const raw = await client.responses.create({ model, input: 'Hi' }).asResponse();
    expect(raw.headers.get('content-type')).toBe('application/json');
    const body = (await raw.json()) as { output: Array<{ content: Array<{ text: string }> }> };
    expect(body).not.toHaveProperty('output_text');
    expect(body.output[0]?.content[0]?.text).toBe('Hi there.');
  });

  it('translates input items: developer and user messages with images, assistant turns', async () => {
    sdk.reply('A cat.');
    await client.responses.create({
      model,
      input: [
        { role: 'developer', content: 'Answer in two words.' },
        { role: 'user', content: 'Hello' },
        {
          type: 'message',
          id: 'msg_earlier',
          status: 'completed',
          role: 'assistant',
          content: [{ type: 'output_text', text: 'Hi!', annotations: [] }],
        },
        {
          role: 'user',
          content: [
            { type: 'input_text', text: 'What is this?' },
            { type: 'input_image', image_url: 'https://example.com/cat.png', detail: 'low' },
          ],
        },
      ],
      reasoning: { effort: 'low' },
      parallel_tool_calls: false,
      user: 'end-user-7',
    });
    expect(sdk.chatBodies().at(-1)).toEqual({
      model,
      messages: [
        { role: 'system', content: 'Answer in two words.' },
        { role: 'user', content: 'Hello' },
        { role: 'assistant', content: 'Hi!' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is this?' },
            { type: 'image_url', image_url: { url: 'https://example.com/cat.png', detail: 'low' } },
          ],
        },
      ],
      parallel_tool_calls: false,
      reasoning_effort: 'low',
      user: 'end-user-7',
    });
  });

  it('asks for JSON following a schema with text.format, as response_format', async () => {
    sdk.reply('{"city":"Paris","country":"France"}');
    const schema = {
      type: 'object',
      properties: { city: { type: 'string' }, country: { type: 'string' } },
      required: ['city', 'country'],
      additionalProperties: false,
    };
    const response = await client.responses.create({
      model,
      input: 'Where is the Eiffel tower?',
      text: { format: { type: 'json_schema', name: 'place', schema, strict: true } },
    });
    expect(JSON.parse(response.output_text)).toEqual({ city: 'Paris', country: 'France' });
    expect(response.text).toEqual({ format: { type: 'json_schema', name: 'place', schema, strict: true } });
    expect(sdk.chatBodies().at(-1)?.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'place', schema, strict: true },
    });

    sdk.reply('{"ok":true}');
    await client.responses.create({ model, input: 'JSON please', text: { format: { type: 'json_object' } } });
    expect(sdk.chatBodies().at(-1)?.response_format).toEqual({ type: 'json_object' });
  });

  it('marks an answer cut at the token limit incomplete', async () => {
    sdk.reply({ content: 'Once upon a', finishReason: 'length' });
    const response = await client.responses.create({ model, input: 'A story', max_output_tokens: 3 });
    expect(response.status).toBe('incomplete');
    expect(response.incomplete_details).toEqual({ reason: 'max_output_tokens' });
    expect(response.output[0]).toMatchObject({ type: 'message', status: 'incomplete' });
  });
});

describe('tool calls', () => {
  it('round-trips a function call and its output through previous_response_id', async () => {
    sdk.reply({ toolCalls: [{ id: 'call_weather_1', name: 'get_weather', arguments: { city: 'Paris' } }] });
    const first = await client.responses.create({
      model,
      input: 'Weather in Paris?',
      tools: [weatherTool],
      tool_choice: 'auto',
    });
    expect(first.output).toEqual([
      {
        type: 'function_call',
        id: expect.stringMatching(/^fc_/),
        call_id: 'call_weather_1',
        name: 'get_weather',
        arguments: '{"city":"Paris"}',
        status: 'completed',
      },
    ]);
    expect(first.output_text).toBe('');
    expect(first.tools).toEqual([{ ...weatherTool }]);
    expect(sdk.chatBodies().at(-1)).toMatchObject({
      tools: [
        {
          type: 'function',
          function: {
            name: 'get_weather',
            description: 'The weather in a city',
            parameters: weatherTool.parameters,
            strict: true,
          },
        },
      ],
      tool_choice: 'auto',
    });

    sdk.reply('It is 18°C and sunny in Paris.');
    const second = await client.responses.create({
      model,
      previous_response_id: first.id,
      input: [{ type: 'function_call_output', call_id: 'call_weather_1', output: '18C, sunny' }],
      tools: [weatherTool],
    });
    expect(second.output_text).toBe('It is 18°C and sunny in Paris.');
    expect(second.previous_response_id).toBe(first.id);
    expect(sdk.chatBodies().at(-1)?.messages).toEqual([
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
      { role: 'tool', tool_call_id: 'call_weather_1', content: '18C, sunny' },
    ]);
  });

  it('round-trips without the store when the caller sends every item back (store: false)', async () => {
    sdk.reply({
      content: 'Checking.',
      toolCalls: [{ id: 'call_a', name: 'get_weather', arguments: { city: 'Rome' } }],
    });
    const first = await client.responses.create({
      model,
      input: 'Weather in Rome?',
      tools: [weatherTool],
      store: false,
    });
    // On the wire as OpenAI answers it; the SDK's type leaves `store` out.
    expect((first as unknown as { store: boolean }).store).toBe(false);
    expect(first.output.map((item) => item.type)).toEqual(['message', 'function_call']);
    await expect(client.responses.retrieve(first.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);

    sdk.reply('Sunny in Rome.');
    await client.responses.create({
      model,
      store: false,
      tools: [weatherTool],
      tool_choice: { type: 'function', name: 'get_weather' },
      input: [
        { role: 'user', content: 'Weather in Rome?' },
        ...(first.output as OpenAI.Responses.ResponseInputItem[]),
        { type: 'function_call_output', call_id: 'call_a', output: [{ type: 'input_text', text: '25C' }] },
      ],
    });
    const chat = sdk.chatBodies().at(-1)!;
    expect(chat.tool_choice).toEqual({ type: 'function', function: { name: 'get_weather' } });
    expect(chat.messages).toEqual([
      { role: 'user', content: 'Weather in Rome?' },
      {
        role: 'assistant',
        content: 'Checking.',
        tool_calls: [
          { id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Rome"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_a', content: '25C' },
    ]);
  });
});

describe('stored responses', () => {
  it('continues a conversation, retrieves a response and deletes one', async () => {
    sdk.reply('Hello Ada.');
    const first = await client.responses.create({
      model,
      instructions: 'Be warm.',
      input: 'My name is Ada.',
    });
    sdk.reply('Your name is Ada.');
    const second = await client.responses.create({
      model,
      previous_response_id: first.id,
      input: 'What is my name?',
    });
    expect(second.output_text).toBe('Your name is Ada.');
    // Instructions do not carry over to the next turn, as at OpenAI.
    expect(sdk.chatBodies().at(-1)?.messages).toEqual([
      { role: 'user', content: 'My name is Ada.' },
      { role: 'assistant', content: 'Hello Ada.' },
      { role: 'user', content: 'What is my name?' },
    ]);

    const retrieved = await client.responses.retrieve(second.id);
    expect(retrieved).toEqual(second);
    // Streamed again, as responses.stream({ response_id }) asks for it.
    const replayed = client.responses.stream({ response_id: second.id, starting_after: 1 });
    const types: string[] = [];
    for await (const event of replayed) types.push(event.type);
    expect(types[0]).toBe('response.output_item.added');
    expect(types.at(-1)).toBe('response.completed');
    expect((await replayed.finalResponse()).output_text).toBe('Your name is Ada.');

    await client.responses.delete(first.id);
    await expect(client.responses.retrieve(first.id)).rejects.toMatchObject({ status: 404 });
    const broken = await client.responses
      .create({ model, previous_response_id: second.id, input: 'And again?' })
      .catch((error: unknown) => error);
    expect(broken).toBeInstanceOf(OpenAI.NotFoundError);
    expect(broken).toMatchObject({ code: 'previous_response_not_found', param: 'previous_response_id' });
    expect((broken as Error).message).toContain(first.id);
  });

  it("answers an unknown previous_response_id with OpenAI's 404, without calling the provider", async () => {
    const calls = sdk.mock.calls;
    const error = await client.responses
      .create({ model, previous_response_id: 'resp_unknown', input: 'Hi' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      type: 'invalid_request_error',
      code: 'previous_response_not_found',
      param: 'previous_response_id',
      message: expect.stringContaining("Previous response with id 'resp_unknown' not found."),
    });
    expect(sdk.mock.calls).toBe(calls);
  });

  it('keeps each tenant to its own responses', async () => {
    sdk.reply('Secret plans.');
    const tenantA = { headers: { 'x-switchyard-tenant': 'team-a' } };
    const tenantB = { headers: { 'x-switchyard-tenant': 'team-b' } };
    const mine = await client.responses.create({ model, input: 'Plans?' }, tenantA);
    expect((await client.responses.retrieve(mine.id, {}, tenantA)).id).toBe(mine.id);
    await expect(client.responses.retrieve(mine.id, {}, tenantB)).rejects.toBeInstanceOf(
      OpenAI.NotFoundError,
    );
    await expect(client.responses.retrieve(mine.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(
      client.responses.create({ model, previous_response_id: mine.id, input: 'More?' }, tenantB),
    ).rejects.toMatchObject({ status: 404, code: 'previous_response_not_found' });
    // The per-request option never reaches the provider.
    expect(sdk.mock.requests.some((request) => 'x-switchyard-tenant' in request.headers)).toBe(false);
  });
});

describe('errors', () => {
  it("returns the provider's error answer, status and body, for the SDK to raise", async () => {
    sdk.mock.setFaults([fault.status(429, { retryAfter: 7, message: 'Slow down' })]);
    const error = await client.responses.create({ model, input: 'Hi' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error).toMatchObject({ status: 429, message: expect.stringContaining('Slow down') });
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toBe('7');
  });

  it('refuses what chat cannot express with a 400 naming the parameter, without calling the provider', async () => {
    const calls = sdk.mock.calls;
    const cases: Array<[Parameters<typeof client.responses.create>[0], string]> = [
      [{ model, input: 'Hi', tools: [{ type: 'web_search' }] }, 'tools[0].type'],
      [
        {
          model,
          input: [{ role: 'user', content: [{ type: 'input_image', file_id: 'file-1', detail: 'auto' }] }],
        },
        'input[0].content[0].image_url',
      ],
      [{ model, input: [{ type: 'item_reference', id: 'msg_1' }] }, 'input[0].type'],
      [{ model, input: 'Hi', background: true }, 'background'],
      [
        { model, input: 'Hi', text: { format: { type: 'json_schema', name: 'x' } as never } },
        'text.format.schema',
      ],
      [{ model, input: [] }, 'input'],
      [{ model: '', input: 'Hi' }, 'model'],
    ];
    for (const [body, param] of cases) {
      const error = await client.responses.create(body as never).catch((caught: unknown) => caught);
      expect(error, param).toBeInstanceOf(OpenAI.BadRequestError);
      expect(error, param).toMatchObject({ param, message: expect.stringContaining(`${param}:`) });
    }
    expect(sdk.mock.calls).toBe(calls);
  });

  it('answers a body that is not JSON with a 400', async () => {
    const handler = compose(responsesOverChat({ store: memoryResponseStore() }))(scripted([]));
    const response = await handler(
      new Request('https://api.example.com/v1/responses', { method: 'POST', body: '{not json' }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { type: 'invalid_request_error' } });
  });
});

describe('other requests', () => {
  it('pass through untouched, bodies unread', async () => {
    const upstream = scripted([
      async (request) => Response.json({ path: new URL(request.url).pathname, body: await request.text() }),
    ]);
    const handler: Handler = compose(responsesOverChat({ store: memoryResponseStore() }))(upstream);
    const body = JSON.stringify({ model, messages: [{ role: 'user', content: 'Hi' }] });
    const response = await handler(
      new Request('https://api.example.com/v1/chat/completions', { method: 'POST', body }),
    );
    expect(await response.json()).toEqual({ path: '/v1/chat/completions', body });
    for (const path of ['/v1/responses/resp_1/input_items', '/v1/responses/resp_1/cancel']) {
      const passed = scripted([new Response('passed')]);
      const method = path.endsWith('cancel') ? 'POST' : 'GET';
      const answer = await compose(responsesOverChat({ store: memoryResponseStore() }))(passed)(
        new Request(`https://api.example.com${path}`, { method }),
      );
      expect([path, await answer.text()]).toEqual([path, 'passed']);
    }
  });

  it('lets the SDK use chat completions beside the Responses API', async () => {
    sdk.reply('Plain chat.');
    const completion = await client.chat.completions.create({
      model,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(completion.choices[0]?.message.content).toBe('Plain chat.');
  });

  it('refuses a store without the ResponseStore methods at factory time', () => {
    expect(() => responsesOverChat({ store: {} as never })).toThrow(
      'responsesOverChat: store must be a ResponseStore with get, set and delete methods; get is missing',
    );
  });
});
