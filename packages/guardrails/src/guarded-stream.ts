import { formatSseEvent, readSseEvents, type SseEvent, sseDone, sseResponse } from '@switchyard/core';
import type { CompiledHook } from './compile-hooks.js';
import type { CheckContext, GuardrailHookResult } from './guardrail-types.js';
import { deniedResponse, hooksFailedStatus, verdictHeaders } from './hook-responses.js';
import { type HooksRun, runHooks } from './run-hooks.js';

/** What a guarded stream needs from the request side. */
export interface GuardedStreamInput {
  response: Response;
  before: HooksRun;
  /** After-request hooks to run on the assembled text; empty when they do not apply. */
  after: readonly CompiledHook[];
  context: Omit<CheckContext, 'eventType' | 'text' | 'texts' | 'response'>;
  onAsyncResult: (result: GuardrailHookResult) => void;
}

/** Text and ids assembled from the chunks of a chat completion stream. */
class StreamAssembly {
  readonly contents: string[] = [];
  readonly finishReasons: Array<string | null> = [];
  id = '';
  model = '';
  created = 0;

  add(event: SseEvent): void {
    if (event.data === sseDone) return;
    let chunk: Record<string, unknown>;
    try {
      chunk = JSON.parse(event.data) as Record<string, unknown>;
    } catch {
      return;
    }
    if (typeof chunk.id === 'string') this.id = chunk.id;
    if (typeof chunk.model === 'string') this.model = chunk.model;
    if (typeof chunk.created === 'number') this.created = chunk.created;
    if (!Array.isArray(chunk.choices)) return;
    for (const choice of chunk.choices as Array<Record<string, unknown>>) {
      const index = typeof choice?.index === 'number' ? choice.index : 0;
      const delta = choice?.delta as Record<string, unknown> | undefined;
      if (typeof delta?.content === 'string')
        this.contents[index] = (this.contents[index] ?? '') + delta.content;
      if (typeof choice?.finish_reason === 'string') this.finishReasons[index] = choice.finish_reason;
    }
  }

  /** The stream as one chat completion, for checks that read `response.json`. */
  completion(): Record<string, unknown> {
    return {
      id: this.id,
      object: 'chat.completion',
      created: this.created,
      model: this.model,
      choices: this.contents.map((content, index) => ({
        index,
        message: { role: 'assistant', content: content ?? '' },
        finish_reason: this.finishReasons[index] ?? null,
      })),
    };
  }

  /** The final event carrying `hook_results`, shaped as a chunk without choices like the usage chunk. */
  resultsEvent(before: GuardrailHookResult[], after: GuardrailHookResult[]): string {
    return JSON.stringify({
      id: this.id,
      object: 'chat.completion.chunk',
      created: this.created,
      model: this.model,
      choices: [],
      hook_results: { before_request_hooks: before, after_request_hooks: after },
    });
  }
}

/**
 * Guards a chat completion stream. When an after-request hook may deny or redact, the whole stream is
 * held until the checks ran (the caller's first byte waits for the last upstream byte), then answered
 * as 446, or replayed (redacted). Otherwise chunks flow as they come and the checks run on the
 * assembled text at the end. Either way `hook_results` arrive in a final event before `[DONE]`; the
 * status (246 when a check failed) can only reflect checks that ran before the first byte.
 */
export async function guardStream(input: GuardedStreamInput): Promise<Response> {
  const { response, before, after } = input;
  const hold = after.some(
    (hook) => hook.deny || hook.checks.some((check) => check.parameters.redact === true),
  );
  if (hold) return heldStream(input);
  const assembly = new StreamAssembly();
  const runAfter = (): Promise<HooksRun | undefined> =>
    after.length === 0
      ? Promise.resolve(undefined)
      : runHooks(after, afterContext(input, assembly), input.onAsyncResult);
  async function* events(): AsyncGenerator<SseEvent | string> {
    let done = false;
    for await (const event of readSseEvents(response)) {
      if (event.data === sseDone) {
        done = true;
        break;
      }
      assembly.add(event);
      yield event;
    }
    const afterRun = await runAfter();
    if (before.results.length > 0 || (afterRun && afterRun.results.length > 0)) {
      yield assembly.resultsEvent(before.results, afterRun?.results ?? []);
    }
    if (done) yield sseDone;
  }
  return sseResponse(events(), {
    status: before.failed && response.status === 200 ? hooksFailedStatus : response.status,
    headers: verdictHeaders(response.headers, before.failed),
  });
}

async function heldStream(input: GuardedStreamInput): Promise<Response> {
  const { response, before, after } = input;
  const assembly = new StreamAssembly();
  const held: SseEvent[] = [];
  for await (const event of readSseEvents(response)) {
    held.push(event);
    assembly.add(event);
  }
  const afterRun = await runHooks(after, afterContext(input, assembly), input.onAsyncResult);
  if (afterRun.denied) {
    return deniedResponse({ before_request_hooks: before.results, after_request_hooks: afterRun.results });
  }
  const replay = afterRun.redact ? redactEvents(held, assembly, afterRun.redact) : held;
  const done = replay.length > 0 && replay[replay.length - 1]?.data === sseDone;
  const body = replay.slice(0, done ? -1 : undefined).map((event) => formatSseEvent(event));
  body.push(formatSseEvent(assembly.resultsEvent(before.results, afterRun.results)));
  if (done) body.push(formatSseEvent(sseDone));
  const failed = before.failed || afterRun.failed;
  const headers = verdictHeaders(response.headers, failed);
  return new Response(body.join(''), {
    status: failed && response.status === 200 ? hooksFailedStatus : response.status,
    headers,
  });
}

function afterContext(input: GuardedStreamInput, assembly: StreamAssembly): CheckContext {
  const texts = assembly.contents.map((content) => content ?? '');
  return {
    ...input.context,
    eventType: 'afterRequestHook',
    text: texts[0] ?? '',
    texts,
    response: { json: assembly.completion(), status: input.response.status },
  };
}

/** The held events with each choice's redacted text in its first content chunk and the rest emptied. */
function redactEvents(
  events: SseEvent[],
  assembly: StreamAssembly,
  redact: (text: string) => string,
): SseEvent[] {
  const placed = new Set<number>();
  return events.map((event) => {
    if (event.data === sseDone) return event;
    let chunk: Record<string, unknown>;
    try {
      chunk = JSON.parse(event.data) as Record<string, unknown>;
    } catch {
      return event;
    }
    if (!Array.isArray(chunk.choices)) return event;
    const choices = (chunk.choices as Array<Record<string, unknown>>).map((choice) => {
      const delta = choice?.delta as Record<string, unknown> | undefined;
      if (typeof delta?.content !== 'string' || delta.content === '') return choice;
      const index = typeof choice.index === 'number' ? choice.index : 0;
      const content = placed.has(index) ? '' : redact(assembly.contents[index] ?? '');
      placed.add(index);
      return { ...choice, delta: { ...delta, content } };
    });
    return { ...event, data: JSON.stringify({ ...chunk, choices }) };
  });
}
