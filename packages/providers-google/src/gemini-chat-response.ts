import type { ChatCompletion, ChatToolCall, CompletionUsage, FinishReason } from '@switchyard/core';
import type { GeminiPart, GeminiUsageMetadata, GenerateContentResponse } from './gemini-types.js';

/** What a translated answer carries besides the native body. */
export interface CompletionIdentity {
  /** The OpenAI `id`, e.g. `chatcmpl-<responseId>`. */
  id: string;
  /** Unix seconds. */
  created: number;
  /** The model the caller asked for; Gemini's `modelVersion` wins when present. */
  model: string;
}

/** The identity of an answer: Gemini's `responseId` when it sent one, else a fresh random id. */
export function completionIdentity(native: GenerateContentResponse, model: string): CompletionIdentity {
  const id = native.responseId ? `chatcmpl-${native.responseId}` : `chatcmpl-${crypto.randomUUID()}`;
  return { id, created: Math.floor(Date.now() / 1000), model: native.modelVersion ?? model };
}

/**
 * A `generateContent` answer as an OpenAI chat completion. An answer a filter withheld entirely is
 * an error answer instead (`withheldReason`), which the caller checks first.
 */
export function toChatCompletion(
  native: GenerateContentResponse,
  identity: CompletionIdentity,
): ChatCompletion {
  const choices: ChatCompletion['choices'] = (native.candidates ?? []).map((candidate, position) => {
    const index = candidate.index ?? position;
    const parts = candidate.content?.parts ?? [];
    const toolCalls = toolCallsOf(parts, identity.id, index, 0);
    const text = textOf(parts);
    const message: ChatCompletion['choices'][number]['message'] = {
      role: 'assistant',
      content: text === '' && toolCalls.length > 0 ? null : text,
      refusal: null,
    };
    if (toolCalls.length > 0) message.tool_calls = toolCalls;
    return {
      index,
      message,
      logprobs: null,
      finish_reason: finishReasonOf(candidate.finishReason, toolCalls.length > 0) ?? 'stop',
    };
  });
  const completion: ChatCompletion = {
    id: identity.id,
    object: 'chat.completion',
    created: identity.created,
    model: identity.model,
    choices,
  };
  if (native.usageMetadata) completion.usage = usageOf(native.usageMetadata);
  return completion;
}

/**
 * Why Gemini gave no content at all, when a filter withheld it: the prompt was blocked
 * (`promptFeedback.blockReason`, no candidate), or every candidate finished for a filter reason
 * (`SAFETY`, ...) without a part. `undefined` for any answer with content.
 */
export function withheldReason(
  native: GenerateContentResponse,
): { what: 'prompt' | 'answer'; reason: string } | undefined {
  const candidates = native.candidates ?? [];
  if (candidates.length === 0) {
    const reason = native.promptFeedback?.blockReason;
    return reason ? { what: 'prompt', reason } : undefined;
  }
  const empty = candidates.every(
    (candidate) =>
      candidate.finishReason !== undefined &&
      filtered.has(candidate.finishReason) &&
      (candidate.content?.parts ?? []).length === 0,
  );
  return empty ? { what: 'answer', reason: candidates[0]!.finishReason! } : undefined;
}

/** The visible text of some parts (thought summaries are left out). */
export function textOf(parts: readonly GeminiPart[]): string {
  let text = '';
  for (const part of parts) if (typeof part.text === 'string' && !part.thought) text += part.text;
  return text;
}

/** The function calls among `parts` as OpenAI tool calls; ids are Gemini's or derived from the answer id. */
export function toolCallsOf(
  parts: readonly GeminiPart[],
  completionId: string,
  choiceIndex: number,
  firstIndex: number,
): ChatToolCall[] {
  const calls: ChatToolCall[] = [];
  for (const part of parts) {
    if (!part.functionCall) continue;
    const position = firstIndex + calls.length;
    calls.push({
      id: part.functionCall.id ?? `call_${completionId.slice('chatcmpl-'.length)}_${choiceIndex}_${position}`,
      type: 'function',
      function: { name: part.functionCall.name, arguments: JSON.stringify(part.functionCall.args ?? {}) },
    });
  }
  return calls;
}

// Every reason Gemini gives for withholding content is a content filter in OpenAI's terms.
const filtered = new Set([
  'SAFETY',
  'RECITATION',
  'BLOCKLIST',
  'PROHIBITED_CONTENT',
  'SPII',
  'IMAGE_SAFETY',
  'IMAGE_PROHIBITED_CONTENT',
]);

/** Gemini's `finishReason` in OpenAI's terms; `null` while the candidate is not finished. */
export function finishReasonOf(reason: string | undefined, calledTools: boolean): FinishReason | null {
  if (reason === undefined || reason === 'FINISH_REASON_UNSPECIFIED') return null;
  if (reason === 'MAX_TOKENS') return 'length';
  if (filtered.has(reason)) return 'content_filter';
  return calledTools ? 'tool_calls' : 'stop';
}

/**
 * Gemini's token counts in OpenAI's terms. Thinking tokens count as completion tokens (OpenAI
 * counts reasoning tokens there too) and are also reported as `reasoning_tokens`.
 */
export function usageOf(usage: GeminiUsageMetadata): CompletionUsage {
  const prompt = usage.promptTokenCount ?? 0;
  const thoughts = usage.thoughtsTokenCount ?? 0;
  const completion = (usage.candidatesTokenCount ?? 0) + thoughts;
  const result: CompletionUsage = {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: usage.totalTokenCount ?? prompt + completion,
  };
  if (usage.cachedContentTokenCount !== undefined) {
    result.prompt_tokens_details = { cached_tokens: usage.cachedContentTokenCount };
  }
  if (usage.thoughtsTokenCount !== undefined) {
    result.completion_tokens_details = { reasoning_tokens: thoughts };
  }
  return result;
}
