import { formatSseEvent, readSseEvents, type SseEvent, sseResponse } from '@switchyard/core';
import type { CompiledHook } from './compile-hooks.js';
import type { CheckContext, GuardrailHookResult, HookResults, RequestType } from './guardrail-types.js';
import { deniedResponse, hooksFailedStatus, verdictHeaders } from './hook-responses.js';
import { MessagesStreamAssembly } from './messages-stream-assembly.js';
import { ResponsesStreamAssembly } from './responses-stream-assembly.js';
import { type HooksRun, runHooks } from './run-hooks.js';
import { ChatStreamAssembly, type StreamAssembly } from './stream-assembly.js';

/** What a guarded stream needs from the request side. */
export interface GuardedStreamInput {
  response: Response;
  before: HooksRun;
  /** After-request hooks to run on the assembled text; empty when they do not apply. */
  after: readonly CompiledHook[];
  context: Omit<CheckContext, 'eventType' | 'text' | 'texts' | 'response'>;
  onAsyncResult: (result: GuardrailHookResult) => void;
}

/** The assembly for the stream of a request type: chat chunks, Messages events or Responses events. */
function assemblyFor(requestType: RequestType): StreamAssembly {
  if (requestType === 'messages') return new MessagesStreamAssembly();
  if (requestType === 'createModelResponse') return new ResponsesStreamAssembly();
  return new ChatStreamAssembly();
}

/**
 * Guards a stream: chat completion chunks, Anthropic Messages events or OpenAI Responses events.
 * When an after-request hook may deny or redact, the whole stream is held until the checks ran (the
 * caller's first byte waits for the last upstream byte), then answered as 446, or replayed
 * (redacted). Otherwise events flow as they come and the checks run on the assembled text at the
 * end. Either way `hook_results` arrive at the end: a final chunk before `[DONE]` (chat), or on
 * the last event (`message_stop`, `response.completed`); the status (246 when a check failed) can
 * only reflect checks that ran before the first byte.
 */
export async function guardStream(input: GuardedStreamInput): Promise<Response> {
  const { response, before, after } = input;
  const hold = after.some(
    (hook) => hook.deny || hook.checks.some((check) => check.parameters.redact === true),
  );
  if (hold) return heldStream(input);
  const assembly = assemblyFor(input.context.requestType);
  const runAfter = (): Promise<HooksRun | undefined> =>
    after.length === 0
      ? Promise.resolve(undefined)
      : runHooks(after, afterContext(input, assembly), input.onAsyncResult);
  async function* events(): AsyncGenerator<SseEvent> {
    let end: SseEvent | undefined;
    // Events after the end event (none in practice) keep their place after it.
    const trailing: SseEvent[] = [];
    for await (const event of readSseEvents(response)) {
      if (end !== undefined) {
        trailing.push(event);
        continue;
      }
      assembly.add(event);
      if (assembly.isEnd(event)) {
        end = event;
        if (assembly.stopsAtEnd) break;
        continue;
      }
      yield event;
    }
    const afterRun = await runAfter();
    if (before.results.length > 0 || (afterRun && afterRun.results.length > 0)) {
      yield* assembly.resultEvents(end, results(before, afterRun));
    } else if (end !== undefined) {
      yield end;
    }
    yield* trailing;
  }
  return sseResponse(events(), {
    status: before.failed && response.status === 200 ? hooksFailedStatus : response.status,
    headers: verdictHeaders(response.headers, before.failed),
  });
}

async function heldStream(input: GuardedStreamInput): Promise<Response> {
  const { response, before, after } = input;
  const assembly = assemblyFor(input.context.requestType);
  const held: SseEvent[] = [];
  for await (const event of readSseEvents(response)) {
    held.push(event);
    assembly.add(event);
  }
  const afterRun = await runHooks(after, afterContext(input, assembly), input.onAsyncResult);
  if (afterRun.denied) return deniedResponse(results(before, afterRun), input.context.requestType);
  const replay = afterRun.redact ? assembly.redact(held, afterRun.redact) : held;
  const endAt = replay.findIndex((event) => assembly.isEnd(event));
  const body = [
    ...(endAt === -1 ? replay : replay.slice(0, endAt)),
    ...assembly.resultEvents(endAt === -1 ? undefined : replay[endAt], results(before, afterRun)),
    ...(endAt === -1 ? [] : replay.slice(endAt + 1)),
  ].map((event) => formatSseEvent(event));
  const failed = before.failed || afterRun.failed;
  return new Response(body.join(''), {
    status: failed && response.status === 200 ? hooksFailedStatus : response.status,
    headers: verdictHeaders(response.headers, failed),
  });
}

function results(before: HooksRun, after: HooksRun | undefined): HookResults {
  return { before_request_hooks: before.results, after_request_hooks: after?.results ?? [] };
}

function afterContext(input: GuardedStreamInput, assembly: StreamAssembly): CheckContext {
  return {
    ...input.context,
    eventType: 'afterRequestHook',
    ...assembly.texts(),
    response: { json: assembly.answer(), status: input.response.status },
  };
}
