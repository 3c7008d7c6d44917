import { messageText, messageUsage } from '@switchyard/messages-api';
import { chatUsageFromResponses, responseOutputText } from '@switchyard/responses-api';
import type { ResponseObservation } from './response-observation.js';
import type { TraceUsage } from './trace-record.js';
import { usageOf } from './usage.js';

// What trace learns from answers of Anthropic's Messages API and OpenAI's Responses API, which
// every Switchyard provider answers: model, id, stop reason, usage (cost) and text, from a JSON
// answer or from each API's stream events.

/** The types of Anthropic's Messages stream events. */
const messagesEventTypes = new Set([
  'message_start',
  'message_delta',
  'message_stop',
  'content_block_start',
  'content_block_delta',
  'content_block_stop',
  'ping',
]);

/** True for a Messages answer (`type: 'message'`). */
export function isMessagesAnswer(json: Record<string, unknown>): boolean {
  return json.type === 'message' && Array.isArray(json.content);
}

/** True for a Response object (`object: 'response'`). */
export function isResponsesAnswer(json: Record<string, unknown>): boolean {
  return json.object === 'response' && Array.isArray(json.output);
}

/** Fills `observation` from a Messages answer. */
export function observeMessagesAnswer(json: Record<string, unknown>, observation: ResponseObservation): void {
  if (typeof json.model === 'string') observation.modelServed = json.model;
  if (typeof json.id === 'string') observation.responseId = json.id;
  if (typeof json.stop_reason === 'string') observation.finishReasons = [json.stop_reason];
  const usage = messagesTraceUsage(json.usage);
  if (usage) observation.usage = usage;
  observation.output = messageText(json);
}

/** Fills `observation` from a Response object (a JSON answer, or the one a stream's last event carries). */
export function observeResponsesAnswer(
  json: Record<string, unknown>,
  observation: ResponseObservation,
): void {
  if (typeof json.model === 'string' && json.model !== '') observation.modelServed = json.model;
  if (typeof json.id === 'string') observation.responseId = json.id;
  const reason = finishReasonOf(json);
  if (reason !== undefined) observation.finishReasons = [reason];
  if (typeof json.usage === 'object' && json.usage !== null) {
    observation.usage = usageOf(chatUsageFromResponses(json.usage));
  }
  const error = json.error as { code?: unknown; message?: unknown } | null | undefined;
  if (typeof error === 'object' && error !== null) errorFrom(error.code, error.message, observation);
  if (json.status !== 'in_progress' && json.status !== 'queued')
    observation.output = responseOutputText(json);
}

/**
 * Fills `observation` from one event of a Messages stream; `undefined` when `json` is not one.
 * Returns true when the event carries content (text or tool input), which marks the first token.
 * Usage is the sum of what `message_start` said and the totals each `message_delta` gives.
 */
export function observeMessagesEvent(
  json: Record<string, unknown>,
  observation: ResponseObservation,
): boolean | undefined {
  if (typeof json.type !== 'string' || !messagesEventTypes.has(json.type)) return undefined;
  switch (json.type) {
    case 'message_start': {
      const message = json.message as Record<string, unknown> | undefined;
      if (typeof message?.model === 'string') observation.modelServed = message.model;
      if (typeof message?.id === 'string') observation.responseId = message.id;
      takeUsage(message?.usage, observation);
      return false;
    }
    case 'message_delta': {
      const delta = json.delta as { stop_reason?: unknown } | undefined;
      if (typeof delta?.stop_reason === 'string') observation.finishReasons = [delta.stop_reason];
      takeUsage(json.usage, observation);
      return false;
    }
    case 'content_block_delta': {
      const delta = json.delta as { type?: unknown; text?: unknown; partial_json?: unknown } | undefined;
      if (delta?.type === 'text_delta' && typeof delta.text === 'string' && delta.text !== '') {
        observation.output = (observation.output ?? '') + delta.text;
        return true;
      }
      return typeof delta?.partial_json === 'string' && delta.partial_json !== '';
    }
    default:
      return false;
  }
}

/**
 * Fills `observation` from one event of a Responses stream; `undefined` when `json` is not one.
 * Returns true when the event carries content (text, a refusal, call arguments).
 */
export function observeResponsesEvent(
  json: Record<string, unknown>,
  observation: ResponseObservation,
): boolean | undefined {
  const type = json.type;
  if (type === 'error' && (typeof json.code === 'string' || typeof json.message === 'string')) {
    errorFrom(json.code, json.message, observation);
    return false;
  }
  if (typeof type !== 'string' || !type.startsWith('response.')) return undefined;
  if (typeof json.response === 'object' && json.response !== null) {
    const response = json.response as Record<string, unknown>;
    if (type === 'response.created' || type === 'response.in_progress' || type === 'response.queued') {
      if (typeof response.model === 'string' && response.model !== '')
        observation.modelServed = response.model;
      if (typeof response.id === 'string') observation.responseId = response.id;
    } else {
      // The last event carries the whole response; its text replaces the deltas collected.
      observeResponsesAnswer(response, observation);
    }
    return false;
  }
  const delta = json.delta;
  if (typeof delta !== 'string' || delta === '') return false;
  if (type === 'response.output_text.delta') {
    observation.output = (observation.output ?? '') + delta;
    return true;
  }
  return type === 'response.refusal.delta' || type === 'response.function_call_arguments.delta';
}

/**
 * Messages usage as trace counts it: input tokens include cache reads and writes (as OpenAI's
 * `prompt_tokens` and the GenAI conventions count them), cache reads also as `cachedInputTokens`.
 */
export function messagesTraceUsage(value: unknown): TraceUsage | undefined {
  const counts = messageUsage({ usage: value });
  if (counts === undefined) return undefined;
  return {
    inputTokens: counts.inputTokens,
    outputTokens: counts.outputTokens,
    cachedInputTokens: counts.cachedInputTokens,
    cacheWriteInputTokens: counts.cacheCreationInputTokens,
    totalTokens: counts.inputTokens + counts.outputTokens,
  };
}

/** Merges the counts a Messages stream event gives into the stream's usage so far. */
function takeUsage(value: unknown, observation: ResponseObservation): void {
  if (typeof value !== 'object' || value === null) return;
  observation.messagesStreamUsage ??= {};
  const counts = observation.messagesStreamUsage;
  for (const [name, count] of Object.entries(value)) {
    if (typeof count === 'number' && Number.isFinite(count)) counts[name] = count;
  }
  const usage = messagesTraceUsage(counts);
  if (usage) observation.usage = usage;
}

/** A Response's finish reason: why it is incomplete (`max_output_tokens`, ...), else its status. */
function finishReasonOf(json: Record<string, unknown>): string | undefined {
  const reason = (json.incomplete_details as { reason?: unknown } | null | undefined)?.reason;
  if (json.status === 'incomplete' && typeof reason === 'string') return reason;
  return typeof json.status === 'string' && json.status !== 'in_progress' ? json.status : undefined;
}

function errorFrom(code: unknown, message: unknown, observation: ResponseObservation): void {
  observation.errorCode = typeof code === 'string' ? code : 'error';
  if (typeof message === 'string') observation.errorMessage = message.slice(0, 500);
}
