import type { MessagesMessage, MessagesStreamEvent } from '@switchyard/messages-api';
import { type ResponseObject, type ResponseStreamEvent, responseEvents } from '@switchyard/responses-api';
import {
  messagesAnswer as buildMessagesAnswer,
  responsesAnswer as buildResponsesAnswer,
  eventStreamResponse,
} from '@switchyard/testing';

// Answers of Anthropic's Messages API and OpenAI's Responses API, shaped as each API documents them,
// for trace's tests and its OpenTelemetry fixture.

/** A Messages answer: Anthropic's `input_tokens` leaves out the cache reads and writes counted beside it. */
export function messagesAnswer(text = 'Bonjour !'): MessagesMessage {
  return buildMessagesAnswer({
    id: 'msg_trace',
    model: 'claude-sonnet-4-5-20250929',
    text,
    usage: {
      input_tokens: 10,
      output_tokens: 6,
      cache_read_input_tokens: 30,
      cache_creation_input_tokens: 5,
    },
  });
}

/**
 * Anthropic's event stream for `messagesAnswer`, as Anthropic sends it: `message_start` with the
 * input counts (output 1), text deltas, `message_delta` with the output total only.
 */
export function messagesStream(pieces = ['Bon', 'jour', ' !']): Response {
  const answer = messagesAnswer(pieces.join(''));
  const events: MessagesStreamEvent[] = [
    {
      type: 'message_start',
      message: { ...answer, content: [], stop_reason: null, usage: { ...answer.usage, output_tokens: 1 } },
    },
    { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    { type: 'ping' },
    ...pieces.map(
      (text): MessagesStreamEvent => ({
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'text_delta', text },
      }),
    ),
    { type: 'content_block_stop', index: 0 },
    {
      type: 'message_delta',
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens: 6 } as never,
    },
    { type: 'message_stop' },
  ];
  return eventStreamResponse(events);
}

/** A Response with one message and usage (cached tokens among the input ones). */
export function responsesAnswer(text = 'Hello there.'): ResponseObject {
  return {
    ...buildResponsesAnswer({
      id: 'resp_trace',
      model: 'gpt-4o-mini-2024-07-18',
      text,
      usage: { input_tokens: 20, output_tokens: 4, cached_tokens: 8 },
    }),
    max_output_tokens: 100,
    store: true,
  };
}

/** The Responses event stream of `responsesAnswer`, its text in `pieces`. */
export function responsesStream(pieces = ['Hello', ' there.']): Response {
  const events = responseEvents(responsesAnswer(pieces.join(''))).flatMap((event): ResponseStreamEvent[] =>
    event.type === 'response.output_text.delta' ? pieces.map((delta) => ({ ...event, delta })) : [event],
  );
  return eventStreamResponse(events.map((event, index) => ({ ...event, sequence_number: index })));
}

/** A `POST /v1/messages` request. */
export function messagesRequest(body: Record<string, unknown> = {}): Request {
  return new Request('https://gateway.example.test/v1/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'sk-ant-trace-secret-0011' },
    body: JSON.stringify({
      model: 'claude-sonnet-4-5',
      max_tokens: 256,
      top_k: 5,
      stop_sequences: ['END'],
      system: 'Answer in French.',
      messages: [{ role: 'user', content: 'Say hello' }],
      ...body,
    }),
  });
}

/** A `POST /v1/responses` request. */
export function responsesRequest(body: Record<string, unknown> = {}): Request {
  return new Request('https://gateway.example.test/v1/responses', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-trace-secret-0011' },
    body: JSON.stringify({ model: 'gpt-4o-mini', input: 'Say hello', max_output_tokens: 100, ...body }),
  });
}
