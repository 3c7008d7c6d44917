import { compose, fetchTransport, toFetch } from '@switchyard/core';
import { fault, type NativeAnswer, nativeSse, sseText, startNativeServer } from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { memoryResponseStore } from './memory-response-store.js';
import { pendingResponse, type ResponseContext } from './response-object.js';
import { responsesOverChat } from './responses-over-chat.js';
import { ResponsesStreamWriter } from './responses-stream.js';
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

/** Every event of `responses.stream()` as the SDK hands it out, and its final response. */
async function streamed(params: Parameters<typeof client.responses.stream>[0]) {
  const stream = client.responses.stream(params);
  // The SDK's own accumulation of the text so far, as its listeners see it.
  const snapshots: string[] = [];
  stream.on('response.output_text.delta', (event) => snapshots.push(event.snapshot));
  const events: Array<{ type: string; sequence_number: number } & Record<string, unknown>> = [];
  for await (const event of stream) events.push(event as never);
  return { events, snapshots, final: await stream.finalResponse() };
}

function collapse(types: readonly string[]): string[] {
  // Runs of deltas as one entry, so the order reads at a glance.
  return types.filter((type, index) => !(type.endsWith('.delta') && types[index - 1] === type));
}

describe('responses.stream over a chat-only server', () => {
  it('sends the events in the order the SDK accumulates them, ending with usage', async () => {
    sdk.reply('The sky is blue.');
    const { events, snapshots, final } = await streamed({ model, input: 'Sky colour?' });
    expect(collapse(events.map((event) => event.type))).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
    const deltas = events.filter((event) => event.type === 'response.output_text.delta');
    expect(deltas.map((event) => event.delta).join('')).toBe('The sky is blue.');
    expect(deltas.at(-1)).toMatchObject({ output_index: 0, content_index: 0, logprobs: [] });
    expect(snapshots).toEqual(['The ', 'The sky ', 'The sky is ', 'The sky is blue.']);
    expect(events[0]).toMatchObject({ response: { status: 'in_progress', output: [], usage: null } });

    expect(final.status).toBe('completed');
    expect(final.output_text).toBe('The sky is blue.');
    expect(final.usage).toMatchObject({ input_tokens: 2, output_tokens: 4, total_tokens: 6 });
    expect(final.id).toMatch(/^resp_/);
    expect(sdk.chatBodies().at(-1)).toMatchObject({ stream: true, stream_options: { include_usage: true } });

    // Stored once finished: retrievable, and a later turn continues from it.
    expect(await client.responses.retrieve(final.id)).toMatchObject({
      id: final.id,
      output_text: 'The sky is blue.',
    });
    sdk.reply('Because of Rayleigh scattering.');
    const next = await streamed({ model, previous_response_id: final.id, input: 'Why?' });
    expect(next.final.output_text).toBe('Because of Rayleigh scattering.');
    expect(sdk.chatBodies().at(-1)?.messages).toEqual([
      { role: 'user', content: 'Sky colour?' },
      { role: 'assistant', content: 'The sky is blue.' },
      { role: 'user', content: 'Why?' },
    ]);
  });

  it('streams text then function calls as separate items, each closed before the next opens', async () => {
    sdk.reply({
      content: 'Let me check.',
      toolCalls: [
        { id: 'call_1', name: 'get_weather', arguments: { city: 'Paris' } },
        { id: 'call_2', name: 'get_time', arguments: { zone: 'Europe/Paris' } },
      ],
    });
    const { events, final } = await streamed({
      model,
      input: 'Weather and time in Paris?',
      tools: [
        { type: 'function', name: 'get_weather', parameters: { type: 'object' }, strict: false },
        { type: 'function', name: 'get_time', parameters: { type: 'object' }, strict: false },
      ],
    });
    expect(collapse(events.map((event) => event.type))).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.output_item.added',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.done',
      'response.output_item.done',
      'response.output_item.added',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.done',
      'response.output_item.done',
      'response.completed',
    ]);
    const argsDone = events.filter((event) => event.type === 'response.function_call_arguments.done');
    expect(argsDone).toMatchObject([
      { output_index: 1, name: 'get_weather', arguments: '{"city":"Paris"}' },
      { output_index: 2, name: 'get_time', arguments: '{"zone":"Europe/Paris"}' },
    ]);
    expect(final.output).toMatchObject([
      { type: 'message', status: 'completed', content: [{ type: 'output_text', text: 'Let me check.' }] },
      {
        type: 'function_call',
        call_id: 'call_1',
        name: 'get_weather',
        arguments: '{"city":"Paris"}',
        status: 'completed',
      },
      {
        type: 'function_call',
        call_id: 'call_2',
        name: 'get_time',
        arguments: '{"zone":"Europe/Paris"}',
        status: 'completed',
      },
    ]);
    // The final snapshot equals what the SDK accumulated from the deltas.
    expect(final.output_text).toBe('Let me check.');
  });

  it("raises the provider's error before the stream starts", async () => {
    sdk.mock.setFaults([fault.status(503, { message: 'Overloaded' })]);
    const stream = client.responses.stream({ model, input: 'Hi' });
    await expect(stream.finalResponse()).rejects.toMatchObject({ status: 503 });
  });

  it('ends a stream that breaks off with an error event and response.failed', async () => {
    // Headers, the role chunk and two words, then the connection closes.
    sdk.mock.setFaults([fault.cutStream(3)]);
    sdk.reply('One two three four five six.');
    const raw = await client.responses.create({ model, input: 'Count', stream: true });
    const events: Array<Record<string, unknown>> = [];
    for await (const event of raw) events.push(event as never);
    expect(events.slice(-2)).toMatchObject([
      {
        type: 'error',
        code: 'stream_interrupted',
        param: null,
        message: expect.stringContaining('chat stream'),
      },
      {
        type: 'response.failed',
        response: {
          status: 'failed',
          error: { code: 'server_error' },
          output: [{ type: 'message', status: 'incomplete', content: [{ text: 'One two ' }] }],
        },
      },
    ]);
    const id = (events[0] as { response: { id: string } }).response.id;
    expect(await client.responses.retrieve(id)).toMatchObject({ status: 'failed' });

    // responses.stream() rejects at the error event, as it does for OpenAI's.
    sdk.mock.setFaults([fault.cutStream(3)]);
    const stream = client.responses.stream({ model, input: 'Count' });
    await expect(stream.finalResponse()).rejects.toMatchObject({ type: 'error', code: 'stream_interrupted' });
  });
});

describe('a chat stream that fails', () => {
  let answer: NativeAnswer;
  let server: Awaited<ReturnType<typeof startNativeServer>>;
  let native: OpenAI;

  beforeAll(async () => {
    server = await startNativeServer(() => answer);
    native = new OpenAI({
      apiKey: 'test-key',
      baseURL: `${server.url}/v1`,
      maxRetries: 0,
      fetch: toFetch(compose(responsesOverChat({ store: memoryResponseStore() }))(fetchTransport())),
    });
  });
  afterAll(() => server.close());

  it('with its first event is an OpenAI-shaped 502 the caller can retry or fall back on', async () => {
    answer = nativeSse(
      sseText([{ error: { message: 'overloaded', type: 'overloaded_error', code: null } }], false),
    );
    const error = await native.responses
      .create({ model, input: 'Hi', stream: true })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect(error).toMatchObject({
      status: 502,
      type: 'overloaded_error',
      message: expect.stringContaining('overloaded'),
    });
  });

  it('later, with error and response.failed events carrying its message', async () => {
    const chunk = {
      id: 'c1',
      object: 'chat.completion.chunk',
      created: 1,
      model,
      choices: [{ index: 0, delta: { content: 'Partial' }, finish_reason: null }],
    };
    answer = nativeSse(
      sseText([chunk, { error: { message: 'upstream died', type: 'api_error', code: 'boom' } }], false),
    );
    const events: Array<Record<string, unknown>> = [];
    for await (const event of await native.responses.create({ model, input: 'Hi', stream: true })) {
      events.push(event as never);
    }
    expect(events.map((event) => event.type)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'error',
      'response.failed',
    ]);
    expect(events.at(-2)).toMatchObject({ code: 'boom', message: 'upstream died' });
    expect(events.at(-1)).toMatchObject({
      response: { error: { code: 'server_error', message: 'upstream died' } },
    });
  });

  it('ending without a finish reason or [DONE] is a failure, not a short answer', async () => {
    const chunk = {
      id: 'c1',
      object: 'chat.completion.chunk',
      created: 1,
      model,
      choices: [{ index: 0, delta: { content: 'Half an ans' }, finish_reason: null }],
    };
    answer = nativeSse(sseText([chunk], false));
    const events: Array<Record<string, unknown>> = [];
    for await (const event of await native.responses.create({ model, input: 'Hi', stream: true })) {
      events.push(event as never);
    }
    expect(events.at(-1)).toMatchObject({ type: 'response.failed', response: { status: 'failed' } });
  });
});

describe('cancelling a streamed answer', () => {
  it('cancels the chat stream at once, even while it is silent', async () => {
    let cancelled: unknown;
    const silentAfterOneChunk = new ReadableStream<Uint8Array>({
      start(controller) {
        const chunk = {
          id: 'c1',
          object: 'chat.completion.chunk',
          created: 1,
          model,
          choices: [{ index: 0, delta: { content: 'Thinking' }, finish_reason: null }],
        };
        controller.enqueue(new TextEncoder().encode(sseText([chunk], false)));
      },
      cancel(reason) {
        cancelled = reason ?? 'cancelled';
      },
    });
    const handler = compose(responsesOverChat({ store: memoryResponseStore() }))(
      async () => new Response(silentAfterOneChunk, { headers: { 'content-type': 'text/event-stream' } }),
    );
    const answer = await handler(
      new Request('https://api.example.com/v1/responses', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model, input: 'Hi', stream: true }),
      }),
    );
    const reader = answer.body!.getReader();
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain('event: response.created');
    await reader.read(); // the text delta; the chat stream now says nothing more
    await reader.cancel('caller left');
    expect(cancelled).toBe('caller left');
  });
});

describe('ResponsesStreamWriter', () => {
  const context: ResponseContext = {
    id: 'resp_test',
    createdAt: 1,
    request: { model: 'm', input: 'Hi' },
    store: false,
  };
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
    id: 'c',
    object: 'chat.completion.chunk' as const,
    created: 1,
    model: 'm-2024',
    choices: [{ index: 0, delta, finish_reason: finish as never }],
  });
  const parse = (events: Array<{ event?: string | undefined; data: string }>) =>
    events.map((event) => {
      const data = JSON.parse(event.data);
      expect(event.event).toBe(data.type);
      return data;
    });

  it('names the events by type and numbers them from 0', () => {
    const writer = new ResponsesStreamWriter(context);
    const events = parse([
      ...writer.start(),
      ...writer.chunk(chunk({ content: 'Hi' })),
      ...writer.chunk(chunk({}, 'stop')),
      ...writer.finish(),
    ]);
    expect(events.map((event) => event.sequence_number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(Object.keys(events[0]).slice(0, 2)).toEqual(['type', 'sequence_number']);
    expect(events.at(-1)).toMatchObject({ type: 'response.completed', response: { model: 'm-2024' } });
  });

  it('writes a refusal as a refusal part', () => {
    const writer = new ResponsesStreamWriter(context);
    writer.start();
    const events = parse([
      ...writer.chunk(chunk({ refusal: 'I cannot.' })),
      ...writer.chunk(chunk({}, 'stop')),
      ...writer.finish(),
    ]);
    expect(events.map((event) => event.type)).toEqual([
      'response.output_item.added',
      'response.content_part.added',
      'response.refusal.delta',
      'response.refusal.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(writer.response.output[0]).toMatchObject({ content: [{ type: 'refusal', refusal: 'I cannot.' }] });
  });

  it('answers an empty completion with an empty message, as the JSON answer does', () => {
    const writer = new ResponsesStreamWriter(context);
    writer.start();
    writer.chunk(chunk({}, 'stop'));
    writer.finish();
    expect(writer.response.output).toMatchObject([
      { type: 'message', content: [{ type: 'output_text', text: '' }] },
    ]);
  });

  it('fails on a fragment of a tool call that was already closed', () => {
    const writer = new ResponsesStreamWriter(context);
    writer.start();
    writer.chunk(chunk({ tool_calls: [{ index: 0, id: 'a', function: { name: 'f', arguments: '{' } }] }));
    writer.chunk(chunk({ tool_calls: [{ index: 1, id: 'b', function: { name: 'g', arguments: '{}' } }] }));
    expect(() => writer.chunk(chunk({ tool_calls: [{ index: 0, function: { arguments: '}' } }] }))).toThrow(
      'a fragment of tool call 0 came after a later tool call began',
    );
  });

  it('starts from the pending response', () => {
    const writer = new ResponsesStreamWriter(context);
    expect(writer.response).toEqual({ ...pendingResponse(context), id: 'resp_test' });
  });
});
