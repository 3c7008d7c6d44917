import { compose, type Handler, readJsonBody, readSseEvents, type SseEvent } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import {
  type MessagesMessage,
  type MessagesStreamEvent,
  messageEvents,
  messageFromEvents,
} from '@switchyard/messages-api';
import {
  lastUserInputText,
  responseEvents,
  responseFromEvents,
  responseOutputText,
} from '@switchyard/responses-api';
import {
  eventStreamResponse,
  jsonResponse,
  messagesAnswer,
  responsesAnswer,
  scripted,
} from '@switchyard/testing';
import { describe, expect, it, vi } from 'vitest';
import { cacheSemantic } from './cache-semantic.js';
import { memoryVectorStore } from './memory-vector-store.js';
import { semanticRequest } from './semantic-request.js';
import { bagOfWordsEmbedder } from './test-support/bag-of-words-embedder.js';

// The semantic cache on Anthropic's Messages API and OpenAI's Responses API: the last user input is
// compared by meaning (system prompt, instructions and everything else exactly), and a hit is
// answered in the request's own API: JSON, or that API's event stream.

/** Answers each request naming its last user input, as JSON or as the API's stream. */
function echoUpstream(): ReturnType<typeof scripted> {
  return scripted([], {
    otherwise: async (request: Request) => {
      const body = await readJsonBody<Record<string, unknown>>(request);
      if (request.url.endsWith('/v1/messages')) {
        const last = (body.messages as Array<{ content: string }>).at(-1)?.content;
        const answer = messagesAnswer({ text: `answer to: ${last}` });
        return body.stream === true ? eventStreamResponse(messageEvents(answer)) : jsonResponse(answer);
      }
      const answer = responsesAnswer({ text: `answer to: ${lastUserInputText(body)}` });
      return body.stream === true ? eventStreamResponse(responseEvents(answer)) : jsonResponse(answer);
    },
  });
}

function post(path: string, body: Record<string, unknown>): Request {
  return new Request(`https://gateway.example.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'sk-tenant-a' },
    body: JSON.stringify(body),
  });
}

const ask = (content: string, extra: Record<string, unknown> = {}) =>
  post('/v1/messages', {
    model: 'claude-sonnet-4-5',
    max_tokens: 64,
    messages: [{ role: 'user', content }],
    ...extra,
  });
const create = (input: unknown, extra: Record<string, unknown> = {}) =>
  post('/v1/responses', { model: 'gpt-4o-mini', input, ...extra });

async function eventsOf(answer: Response): Promise<Array<{ type: string }>> {
  const events: SseEvent[] = [];
  for await (const event of readSseEvents(answer)) events.push(event);
  expect(events.every((event) => event.event === JSON.parse(event.data).type)).toBe(true);
  return events.map((event) => JSON.parse(event.data) as { type: string });
}

const status = (answer: Response) => answer.headers.get(responseHeaders.cacheStatus);

function pipeline(upstream: Handler, store = memoryVectorStore()) {
  return compose(cacheSemantic({ embedder: bagOfWordsEmbedder(), threshold: 0.3, store }))(upstream);
}

describe('semanticRequest on the Messages and Responses APIs', () => {
  it('compares the last user input; system, instructions and earlier turns stay exact', async () => {
    const messages = await semanticRequest(
      ask('Tell me France’s capital', {
        system: 'Be brief.',
        stream: true,
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hello!' },
          { role: 'user', content: [{ type: 'text', text: 'What is the capital of France?' }] },
        ],
      }),
    );
    expect(messages).toMatchObject({
      api: 'messages',
      prompt: 'What is the capital of France?',
      stream: true,
    });
    expect(typeof messages !== 'string' && messages.context).toContain('"system":"Be brief."');
    expect(typeof messages !== 'string' && messages.context).toContain('"content":"Hello!"');
    const responses = await semanticRequest(create('Capital of France?', { instructions: 'Be brief.' }));
    expect(responses).toMatchObject({ api: 'responses', prompt: 'Capital of France?', stream: false });
    expect(typeof responses !== 'string' && responses.context).toContain('"instructions":"Be brief."');
  });

  it('says why a request whose last input is not the user’s text cannot be compared', async () => {
    const toolResult = ask('', {
      messages: [
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'weather', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'Sunny' }] },
      ],
    });
    expect(await semanticRequest(toolResult)).toBe('last message is not plain text');
    const output = create([{ type: 'function_call_output', call_id: 'c1', output: 'Sunny' }]);
    expect(await semanticRequest(output)).toBe('last input is not a user message of text');
  });
});

describe('cacheSemantic on the Messages API', () => {
  it('answers a paraphrase with the earlier message, as JSON and as Anthropic events', async () => {
    const upstream = echoUpstream();
    const handler = pipeline(upstream);
    const first = await handler(ask('What is the capital of France?'));
    expect(status(first)).toBe('MISS');
    const hit = await handler(ask("Tell me France's capital"));
    expect(status(hit)).toBe('SEMANTIC_HIT');
    expect(await hit.json()).toEqual(messagesAnswer({ text: 'answer to: What is the capital of France?' }));
    const streamed = await handler(ask("Tell me France's capital", { stream: true }));
    expect(status(streamed)).toBe('SEMANTIC_HIT');
    expect(streamed.headers.get('content-type')).toContain('text/event-stream');
    const events = (await eventsOf(streamed)) as MessagesStreamEvent[];
    expect(events.at(-1)?.type).toBe('message_stop');
    expect(messageFromEvents(events)).toEqual(
      messagesAnswer({ text: 'answer to: What is the capital of France?' }),
    );
    expect(upstream.calls).toBe(1);
  });

  it('stores a streamed miss once it reached message_stop, and compares the system prompt exactly', async () => {
    const upstream = echoUpstream();
    const store = memoryVectorStore();
    const handler = pipeline(upstream, store);
    await eventsOf(await handler(ask('What is the capital of France?', { stream: true })));
    await vi.waitFor(() => expect(store.size).toBe(1));
    const hit = await handler(ask("Tell me France's capital"));
    expect(status(hit)).toBe('SEMANTIC_HIT');
    expect(((await hit.json()) as MessagesMessage).content).toEqual([
      { type: 'text', text: 'answer to: What is the capital of France?' },
    ]);
    expect(status(await handler(ask("Tell me France's capital", { system: 'Answer in French.' })))).toBe(
      'MISS',
    );
    expect(upstream.calls).toBe(2);
  });
});

describe('cacheSemantic on the Responses API', () => {
  it('answers a paraphrase with the earlier Response, as JSON and as Responses events', async () => {
    const upstream = echoUpstream();
    const handler = pipeline(upstream);
    expect(status(await handler(create('What is the capital of France?')))).toBe('MISS');
    const hit = await handler(create("Tell me France's capital"));
    expect(status(hit)).toBe('SEMANTIC_HIT');
    expect(responseOutputText(await hit.json())).toBe('answer to: What is the capital of France?');
    const streamed = await handler(create("Tell me France's capital", { stream: true }));
    expect(status(streamed)).toBe('SEMANTIC_HIT');
    const events = await eventsOf(streamed);
    expect(events[0]?.type).toBe('response.created');
    expect(responseOutputText(responseFromEvents(events))).toBe('answer to: What is the capital of France?');
    expect(upstream.calls).toBe(1);
  });

  it('compares the last user item of an input list, and keeps instructions and earlier turns exact', async () => {
    const upstream = echoUpstream();
    const store = memoryVectorStore();
    const handler = pipeline(upstream, store);
    const turns = (last: string) => [
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello!' },
      { role: 'user', content: [{ type: 'input_text', text: last }] },
    ];
    await eventsOf(await handler(create(turns('What is the capital of France?'), { stream: true })));
    await vi.waitFor(() => expect(store.size).toBe(1));
    expect(status(await handler(create(turns("Tell me France's capital"))))).toBe('SEMANTIC_HIT');
    const misses = [
      create(turns("Tell me France's capital"), { instructions: 'Answer in French.' }),
      create(turns("Tell me France's capital"), { previous_response_id: 'resp_other' }),
      create("Tell me France's capital"),
    ];
    for (const request of misses) expect(status(await handler(request))).toBe('MISS');
    expect(upstream.calls).toBe(4);
  });

  it('does not store a Response that failed', async () => {
    const failed = { ...responsesAnswer({ text: 'partial' }), status: 'failed' };
    const upstream = scripted([jsonResponse(failed), jsonResponse(responsesAnswer({ text: 'fresh' }))]);
    const handler = pipeline(upstream);
    await (await handler(create('What is the capital of France?'))).text();
    expect(status(await handler(create('What is the capital of France?')))).toBe('MISS');
  });
});
