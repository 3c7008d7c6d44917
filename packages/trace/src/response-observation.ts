import {
  isMessagesAnswer,
  isResponsesAnswer,
  observeMessagesAnswer,
  observeMessagesEvent,
  observeResponsesAnswer,
  observeResponsesEvent,
} from './api-observation.js';
import type { TraceUsage } from './trace-record.js';
import { usageOf } from './usage.js';

/** What trace learned from a response body. */
export interface ResponseObservation {
  modelServed?: string;
  responseId?: string;
  finishReasons?: string[];
  usage?: TraceUsage;
  /** The text of choice 0 (message content, or the concatenated stream deltas). */
  output?: string;
  errorCode?: string;
  errorMessage?: string;
  timeToFirstTokenMs?: number;
  /** A Messages stream's usage counts so far: `message_start`'s, then each `message_delta`'s totals. */
  messagesStreamUsage?: Record<string, number>;
}

/**
 * Fills `observation` from a JSON response body: a completion, an embedding list, a Messages
 * answer, a Response object, or an error.
 */
export function observeJsonBody(body: unknown, observation: ResponseObservation): void {
  if (typeof body !== 'object' || body === null) return;
  const json = body as Record<string, unknown>;
  if (isMessagesAnswer(json)) {
    observeMessagesAnswer(json, observation);
    return;
  }
  if (isResponsesAnswer(json)) {
    observeResponsesAnswer(json, observation);
    return;
  }
  if (typeof json.model === 'string') observation.modelServed = json.model;
  if (typeof json.id === 'string') observation.responseId = json.id;
  const usage = usageOf(json.usage);
  if (usage) observation.usage = usage;
  const error = json.error;
  if (typeof error === 'object' && error !== null) {
    const { code, type, message } = error as Record<string, unknown>;
    const label = typeof code === 'string' ? code : typeof type === 'string' ? type : undefined;
    if (label !== undefined) observation.errorCode = label;
    if (typeof message === 'string') observation.errorMessage = message.slice(0, 500);
  }
  if (!Array.isArray(json.choices)) return;
  const reasons: string[] = [];
  for (const choice of json.choices as Array<Record<string, unknown>>) {
    if (typeof choice?.finish_reason === 'string') reasons.push(choice.finish_reason);
  }
  if (reasons.length > 0) observation.finishReasons = reasons;
  const first = json.choices[0] as Record<string, unknown> | undefined;
  const message = first?.message as Record<string, unknown> | undefined;
  if (typeof message?.content === 'string') observation.output = message.content;
  else if (typeof first?.text === 'string') observation.output = first.text;
}

/**
 * Fills `observation` from one parsed stream chunk, or one event of a Messages or Responses stream.
 * Returns true when it carries content (text, a tool call or a refusal), which marks the time to
 * first token.
 */
export function observeStreamChunk(chunk: unknown, observation: ResponseObservation): boolean {
  if (typeof chunk !== 'object' || chunk === null) return false;
  const json = chunk as Record<string, unknown>;
  if (!Array.isArray(json.choices)) {
    const content = observeMessagesEvent(json, observation) ?? observeResponsesEvent(json, observation);
    if (content !== undefined) return content;
  }
  if (typeof json.model === 'string' && json.model !== '') observation.modelServed = json.model;
  if (typeof json.id === 'string' && observation.responseId === undefined) observation.responseId = json.id;
  const usage = usageOf(json.usage);
  if (usage) observation.usage = usage;
  if (typeof json.error === 'object' && json.error !== null)
    observeJsonBody({ error: json.error }, observation);
  if (!Array.isArray(json.choices)) return false;
  let content = false;
  for (const choice of json.choices as Array<Record<string, unknown>>) {
    const index = typeof choice?.index === 'number' ? choice.index : 0;
    if (typeof choice?.finish_reason === 'string') {
      observation.finishReasons ??= [];
      observation.finishReasons[index] = choice.finish_reason;
    }
    const delta = choice?.delta as Record<string, unknown> | undefined;
    if (!delta) continue;
    if (typeof delta.content === 'string' && delta.content !== '') {
      content = true;
      if (index === 0) observation.output = (observation.output ?? '') + delta.content;
    }
    if (Array.isArray(delta.tool_calls) || (typeof delta.refusal === 'string' && delta.refusal !== '')) {
      content = true;
    }
  }
  return content;
}

/** True for the chunk `stream_options.include_usage` adds: no choices, only usage. */
export function isUsageOnlyChunk(chunk: unknown): boolean {
  if (typeof chunk !== 'object' || chunk === null) return false;
  const json = chunk as Record<string, unknown>;
  return Array.isArray(json.choices) && json.choices.length === 0 && usageOf(json.usage) !== undefined;
}
