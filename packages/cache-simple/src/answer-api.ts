import type { SseEvent } from '@switchyard/core';
import {
  type MessagesMessage,
  type MessagesStreamEvent,
  messageEvents,
  messageFromEvents,
  messagesEndpoint,
} from '@switchyard/messages-api';
import {
  type ResponseObject,
  responseEvents,
  responseFromEvents,
  responsesRoute,
} from '@switchyard/responses-api';

/**
 * The API whose answers a request gets: Anthropic's Messages API (`POST …/v1/messages`), OpenAI's
 * Responses API (`POST …/responses`), else OpenAI's (chat completions and every other endpoint).
 * Streams of the first two are event streams of their own, ending without OpenAI's `[DONE]`.
 */
export type AnswerApi = 'openai' | 'messages' | 'responses';

/** The API the request to `url` is answered in. */
export function answerApiOf(url: string): AnswerApi {
  if (messagesEndpoint(url) === 'messages') return 'messages';
  if (responsesRoute('POST', url)?.kind === 'create') return 'responses';
  return 'openai';
}

/** An API with an event stream of its own. */
export type EventStreamApi = Exclude<AnswerApi, 'openai'>;

/** The events that end a complete answer, and those that report a failure, by API. */
const lastEvents: Record<EventStreamApi, ReadonlySet<string>> = {
  messages: new Set(['message_stop']),
  responses: new Set(['response.completed', 'response.incomplete']),
};
const failureEvents: Record<EventStreamApi, ReadonlySet<string>> = {
  messages: new Set(['error']),
  responses: new Set(['error', 'response.failed']),
};

/**
 * How a recorded Messages or Responses stream ended: `complete` when its last event came
 * (`message_stop`; `response.completed` or `response.incomplete`), `failed` when it reported an
 * error (`error`, `response.failed`), else `cut`.
 */
export function eventStreamEnd(
  api: EventStreamApi,
  events: readonly SseEvent[],
): 'complete' | 'failed' | 'cut' {
  let complete = false;
  for (const event of events) {
    const type = event.event ?? typeField(parseJson(event.data));
    if (type === undefined) continue;
    if (failureEvents[api].has(type)) return 'failed';
    if (lastEvents[api].has(type)) complete = true;
  }
  return complete ? 'complete' : 'cut';
}

/**
 * The event stream that gives the JSON answer `body` (a Messages message, a Response), each event
 * named by its type as both APIs send them; `undefined` when `body` is not such an answer, or holds
 * content the stream form cannot repeat exactly (a Messages block other than text or tool use).
 */
export function eventsOfAnswer(api: EventStreamApi, body: unknown): SseEvent[] | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  if (api === 'messages') {
    const message = body as MessagesMessage;
    if (message.type !== 'message' || !Array.isArray(message.content)) return undefined;
    if (message.content.some((block) => block?.type !== 'text' && block?.type !== 'tool_use'))
      return undefined;
    return messageEvents(message).map(named);
  }
  const response = body as ResponseObject;
  if (response.object !== 'response' || !Array.isArray(response.output)) return undefined;
  return responseEvents(response).map(named);
}

/** The JSON answer a recorded event stream amounts to, as each API's SDK accumulates it; `undefined` when none. */
export function answerOfEvents(api: EventStreamApi, events: readonly SseEvent[]): unknown {
  const parsed = events
    .map((event) => parseJson(event.data))
    .filter((value) => typeField(value) !== undefined);
  return api === 'messages' ? messageFromEvents(parsed as MessagesStreamEvent[]) : responseFromEvents(parsed);
}

function named(event: { type: string }): SseEvent {
  return { event: event.type, data: JSON.stringify(event) };
}

function typeField(value: unknown): string | undefined {
  const type = (value as { type?: unknown } | null | undefined)?.type;
  return typeof type === 'string' ? type : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
