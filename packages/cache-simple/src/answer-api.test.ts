import { compose, type Handler, readSseEvents, type SseEvent } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { type MessagesStreamEvent, messageEvents, messageFromEvents } from '@switchyard/messages-api';
import { responseEvents, responseFromEvents } from '@switchyard/responses-api';
import {
  eventStreamResponse,
  jsonResponse,
  messagesAnswer,
  responsesAnswer,
  scripted,
} from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { cacheSimple } from './cache-simple.js';

// The exact-match cache on the Messages and Responses APIs, which every provider answers: their
// answers are keyed like any other body, and replayed in the API's own form — JSON, or its own
// event stream (no `[DONE]`), converting between the two when the entry was stored the other way.

const message = messagesAnswer({ text: 'Paris.', usage: { input_tokens: 12, output_tokens: 2 } });
const answer = responsesAnswer({ text: 'Paris.', usage: { input_tokens: 12, output_tokens: 2 } });

function post(path: string, body: Record<string, unknown>): Request {
  return new Request(`https://gateway.example.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'sk-tenant-a' },
    body: JSON.stringify(body),
  });
}

const messagesRequest = (stream = false) =>
  post('/v1/messages', {
    model: 'claude-sonnet-4-5',
    max_tokens: 64,
    messages: [{ role: 'user', content: 'Capital of France?' }],
    ...(stream ? { stream: true } : {}),
  });
const responsesRequest = (stream = false) =>
  post('/v1/responses', {
    model: 'gpt-4o-mini',
    input: 'Capital of France?',
    ...(stream ? { stream: true } : {}),
  });

async function eventsOf(response: Response): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  for await (const event of readSseEvents(response)) events.push(event);
  return events;
}

const parsed = (events: SseEvent[]) => events.map((event) => JSON.parse(event.data) as { type: string });
const status = (response: Response) => response.headers.get(responseHeaders.cacheStatus);
const cached = (upstream: Handler) => compose(cacheSimple({ logger: { warn: () => undefined } }))(upstream);

describe('cacheSimple on the Messages API', () => {
  it('replays a JSON answer as JSON, and as Anthropic events to a streaming request', async () => {
    const upstream = scripted([jsonResponse(message)]);
    const pipeline = cached(upstream);
    expect(status(await pipeline(messagesRequest()))).toBe('MISS');
    const hit = await pipeline(messagesRequest());
    expect(status(hit)).toBe('HIT');
    expect(await hit.json()).toEqual(message);
    const streamed = await pipeline(messagesRequest(true));
    expect(status(streamed)).toBe('HIT');
    expect(streamed.headers.get('content-type')).toContain('text/event-stream');
    const events = await eventsOf(streamed);
    expect(events.every((event) => event.event === JSON.parse(event.data).type)).toBe(true);
    expect(events.some((event) => event.data === '[DONE]')).toBe(false);
    expect(messageFromEvents(parsed(events) as MessagesStreamEvent[])).toEqual(message);
    expect(upstream.calls).toBe(1);
  });

  it('stores a stream that reached message_stop; replays it as sent, and as JSON', async () => {
    const events = messageEvents(message);
    const upstream = scripted([eventStreamResponse(events)]);
    const pipeline = cached(upstream);
    const miss = await pipeline(messagesRequest(true));
    expect(status(miss)).toBe('MISS');
    expect(parsed(await eventsOf(miss))).toEqual(events);
    const hit = await pipeline(messagesRequest(true));
    expect(status(hit)).toBe('HIT');
    const replayed = await eventsOf(hit);
    expect(replayed.map((event) => event.event)).toEqual(events.map((event) => event.type));
    expect(parsed(replayed)).toEqual(events);
    const json = await pipeline(messagesRequest());
    expect(status(json)).toBe('HIT');
    expect(json.headers.get('content-type')).toBe('application/json');
    expect(await json.json()).toEqual(message);
    expect(upstream.calls).toBe(1);
  });

  it('does not store a stream cut before message_stop, nor one that reported an error', async () => {
    const events = messageEvents(message);
    const failed: MessagesStreamEvent[] = [
      ...events.slice(0, 3),
      { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
    ];
    const upstream = scripted([
      eventStreamResponse(events.slice(0, -1)),
      eventStreamResponse(failed),
      eventStreamResponse(events),
    ]);
    const pipeline = cached(upstream);
    for (const expected of ['MISS', 'MISS', 'MISS', 'HIT']) {
      const response = await pipeline(messagesRequest(true));
      expect(status(response)).toBe(expected);
      await response.text();
    }
    expect(upstream.calls).toBe(3);
  });

  it('keeps a stream whose caller stopped reading right after message_stop', async () => {
    const upstream = scripted([eventStreamResponse(messageEvents(message))]);
    const pipeline = cached(upstream);
    const miss = await pipeline(messagesRequest(true));
    for await (const event of readSseEvents(miss)) if (event.event === 'message_stop') break;
    expect(status(await pipeline(messagesRequest()))).toBe('HIT');
  });
});

describe('cacheSimple on the Responses API', () => {
  it('replays a JSON answer as JSON, and as Responses events to a streaming request', async () => {
    const upstream = scripted([jsonResponse(answer)]);
    const pipeline = cached(upstream);
    expect(status(await pipeline(responsesRequest()))).toBe('MISS');
    expect(await (await pipeline(responsesRequest())).json()).toEqual(answer);
    const streamed = await pipeline(responsesRequest(true));
    expect(status(streamed)).toBe('HIT');
    const events = await eventsOf(streamed);
    expect(events.map((event) => event.event)).toEqual(responseEvents(answer).map((event) => event.type));
    expect(responseFromEvents(parsed(events))).toEqual(answer);
    expect(upstream.calls).toBe(1);
  });

  it('stores a stream that reached response.completed; replays it as sent, and as JSON', async () => {
    const events = responseEvents(answer);
    const upstream = scripted([eventStreamResponse(events)]);
    const pipeline = cached(upstream);
    expect(parsed(await eventsOf(await pipeline(responsesRequest(true))))).toEqual(events);
    const hit = await pipeline(responsesRequest(true));
    expect(status(hit)).toBe('HIT');
    const text = await hit.text();
    expect(text).not.toContain('[DONE]');
    expect(parsed(await eventsOf(new Response(text)))).toEqual(events);
    const json = await pipeline(responsesRequest());
    expect(status(json)).toBe('HIT');
    expect(await json.json()).toEqual(answer);
    expect(upstream.calls).toBe(1);
  });

  it('does not store a stream that failed or broke off', async () => {
    const events = responseEvents(answer);
    const failed = [
      ...events.slice(0, 3),
      { type: 'error', sequence_number: 3, code: null, message: 'boom', param: null },
      { type: 'response.failed', sequence_number: 4, response: { ...answer, status: 'failed' } },
    ];
    const upstream = scripted([
      eventStreamResponse(failed),
      eventStreamResponse(events.slice(0, -1)),
      eventStreamResponse(events),
    ]);
    const pipeline = cached(upstream);
    for (const expected of ['MISS', 'MISS', 'MISS', 'HIT']) {
      const response = await pipeline(responsesRequest(true));
      expect(status(response)).toBe(expected);
      await response.text();
    }
    expect(upstream.calls).toBe(3);
  });
});
