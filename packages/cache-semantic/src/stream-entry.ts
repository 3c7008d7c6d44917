import {
  answerOfEvents,
  type EventStreamApi,
  eventStreamEnd,
  eventsOfAnswer,
} from '@switchyard/cache-simple';
import {
  type ChatCompletion,
  type ChatCompletionChunk,
  readSseEvents,
  readSseJson,
  type SseEvent,
  sseResponse,
} from '@switchyard/core';

/**
 * The chat completion a streamed answer amounts to, or `undefined` when it cannot be kept: the
 * stream broke off, a choice never finished, or it carried tool calls (kept only as JSON answers).
 */
export async function completionFromStream(
  body: ReadableStream<Uint8Array>,
): Promise<ChatCompletion | undefined> {
  let completion: ChatCompletion | undefined;
  const contents = new Map<
    number,
    { content: string; finish: ChatCompletion['choices'][number]['finish_reason'] | null }
  >();
  try {
    for await (const chunk of readSseJson<ChatCompletionChunk>(body)) {
      if (chunk?.object !== 'chat.completion.chunk') return undefined;
      completion ??= {
        id: chunk.id,
        object: 'chat.completion',
        created: chunk.created,
        model: chunk.model,
        choices: [],
      };
      if (chunk.usage) completion.usage = chunk.usage;
      if (chunk.system_fingerprint != null) completion.system_fingerprint = chunk.system_fingerprint;
      for (const choice of chunk.choices ?? []) {
        if (choice.delta?.tool_calls?.length) return undefined;
        const entry = contents.get(choice.index) ?? { content: '', finish: null };
        if (typeof choice.delta?.content === 'string') entry.content += choice.delta.content;
        if (choice.finish_reason != null) entry.finish = choice.finish_reason;
        contents.set(choice.index, entry);
      }
    }
  } catch {
    return undefined;
  }
  if (!completion || contents.size === 0) return undefined;
  for (const [index, { content, finish }] of [...contents].sort(([a], [b]) => a - b)) {
    if (finish === null) return undefined;
    completion.choices.push({
      index,
      message: { role: 'assistant', content, refusal: null },
      logprobs: null,
      finish_reason: finish,
    });
  }
  return completion;
}

/** `completion` as the stream OpenAI would send: per choice a content chunk and a finish chunk. */
export function streamFromCompletion(
  completion: ChatCompletion,
  includeUsage: boolean,
  headers: Headers,
): Response {
  const base = {
    id: completion.id,
    object: 'chat.completion.chunk' as const,
    created: completion.created,
    model: completion.model,
  };
  const chunks: ChatCompletionChunk[] = [];
  const usage = includeUsage ? { usage: null } : {};
  for (const choice of completion.choices) {
    const delta: ChatCompletionChunk['choices'][number]['delta'] = {
      role: 'assistant',
      content: choice.message.content ?? '',
    };
    if (choice.message.tool_calls?.length) {
      delta.tool_calls = choice.message.tool_calls.map((call, index) => ({ index, ...call }));
    }
    chunks.push({ ...base, choices: [{ index: choice.index, delta, finish_reason: null }], ...usage });
    chunks.push({
      ...base,
      choices: [{ index: choice.index, delta: {}, finish_reason: choice.finish_reason }],
      ...usage,
    });
  }
  if (includeUsage) chunks.push({ ...base, choices: [], usage: completion.usage ?? null });
  async function* events() {
    for (const chunk of chunks) yield JSON.stringify(chunk);
  }
  return sseResponse(events(), { headers, done: true });
}

/**
 * The answer a Messages or Responses event stream amounts to (a Messages message, a Response), or
 * `undefined` when it cannot be kept: the stream broke off before its last event (`message_stop`,
 * `response.completed` / `response.incomplete`) or reported an error.
 */
export async function answerFromEventStream(
  api: EventStreamApi,
  body: ReadableStream<Uint8Array>,
): Promise<unknown> {
  const events: SseEvent[] = [];
  try {
    for await (const event of readSseEvents(body)) events.push(event);
  } catch {
    return undefined;
  }
  if (eventStreamEnd(api, events) !== 'complete') return undefined;
  return answerOfEvents(api, events);
}

/**
 * `answer` (a Messages message, a Response) as the event stream of its API, each event named by
 * its type and no `[DONE]`; `undefined` when the answer cannot be given as one.
 */
export function streamFromAnswer(
  api: EventStreamApi,
  answer: unknown,
  headers: Headers,
): Response | undefined {
  const events = eventsOfAnswer(api, answer);
  if (events === undefined) return undefined;
  async function* replay() {
    yield* events!;
  }
  return sseResponse(replay(), { headers });
}
