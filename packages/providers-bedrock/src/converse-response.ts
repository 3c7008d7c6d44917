import type { ChatCompletion, ChatToolCall, CompletionUsage, FinishReason } from '@switchyard/core';
import type { ConverseResponse, TokenUsage } from './converse-types.js';

/** What a translated answer carries besides the native body. */
export interface CompletionIdentity {
  /** The OpenAI `id`: `chatcmpl-` and Bedrock's request id when it sent one. */
  id: string;
  /** Unix seconds. */
  created: number;
  /** The model id the caller asked for. */
  model: string;
}

/** The identity of an answer, from Bedrock's `x-amzn-requestid` header when present. */
export function completionIdentity(response: Response, model: string): CompletionIdentity {
  const requestId = response.headers.get('x-amzn-requestid');
  return {
    id: `chatcmpl-${requestId ?? crypto.randomUUID()}`,
    created: Math.floor(Date.now() / 1000),
    model,
  };
}

/**
 * A Converse answer as an OpenAI chat completion. When `jsonTool` names the tool that carried a
 * `response_format` answer, its input becomes the message content.
 */
export function toChatCompletion(
  native: ConverseResponse,
  identity: CompletionIdentity,
  jsonTool: string | undefined,
): ChatCompletion {
  let text = '';
  const toolCalls: ChatToolCall[] = [];
  let answeredAsJson = false;
  for (const block of native.output?.message?.content ?? []) {
    if (typeof block.text === 'string') text += block.text;
    else if (block.toolUse) {
      if (jsonTool !== undefined && block.toolUse.name === jsonTool) {
        text = JSON.stringify(block.toolUse.input ?? {});
        answeredAsJson = true;
        continue;
      }
      toolCalls.push({
        id: block.toolUse.toolUseId,
        type: 'function',
        function: { name: block.toolUse.name, arguments: JSON.stringify(block.toolUse.input ?? {}) },
      });
    }
  }
  const message: ChatCompletion['choices'][number]['message'] = {
    role: 'assistant',
    content: text === '' && toolCalls.length > 0 ? null : text,
    refusal: null,
  };
  if (toolCalls.length > 0) message.tool_calls = toolCalls;
  const reason = finishReasonOf(native.stopReason);
  const completion: ChatCompletion = {
    id: identity.id,
    object: 'chat.completion',
    created: identity.created,
    model: identity.model,
    choices: [
      {
        index: 0,
        message,
        logprobs: null,
        finish_reason: answeredAsJson && toolCalls.length === 0 && reason === 'tool_calls' ? 'stop' : reason,
      },
    ],
  };
  if (native.usage) completion.usage = usageOf(native.usage);
  return completion;
}

/** Bedrock's `stopReason` in OpenAI's terms. */
export function finishReasonOf(reason: string | undefined): FinishReason {
  switch (reason) {
    case 'tool_use':
      return 'tool_calls';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'guardrail_intervened':
    case 'content_filtered':
      return 'content_filter';
    default:
      return 'stop';
  }
}

/**
 * Bedrock's token counts in OpenAI's terms. Bedrock's `inputTokens` leaves out tokens read from or
 * written to the prompt cache; OpenAI's `prompt_tokens` includes them, with cache reads as
 * `cached_tokens`.
 */
export function usageOf(usage: TokenUsage): CompletionUsage {
  const cacheRead = usage.cacheReadInputTokens ?? 0;
  const prompt = (usage.inputTokens ?? 0) + cacheRead + (usage.cacheWriteInputTokens ?? 0);
  const completion = usage.outputTokens ?? 0;
  const result: CompletionUsage = {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
  };
  if (usage.cacheReadInputTokens !== undefined) result.prompt_tokens_details = { cached_tokens: cacheRead };
  return result;
}
