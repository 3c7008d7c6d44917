import type {
  ChatCompletion,
  ChatToolCall,
  CompletionUsage,
  FinishReason,
  ModelList,
} from '@switchyard/core';
import type {
  AnthropicMessage,
  AnthropicModelList,
  AnthropicStopReason,
  AnthropicUsage,
} from './anthropic-types.js';

/**
 * OpenAI's finish reason for an Anthropic stop reason. A forced JSON tool (`response_format`)
 * ending the turn is a normal stop, since its input is returned as the message content.
 */
export function finishReason(
  stopReason: AnthropicStopReason | null | undefined,
  answeredAsJson: boolean,
): FinishReason {
  switch (stopReason) {
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return answeredAsJson ? 'stop' : 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      return 'stop';
  }
}

/**
 * OpenAI usage for Anthropic usage. OpenAI's `prompt_tokens` counts every input token, cached or
 * not, so it is the sum of Anthropic's `input_tokens`, `cache_read_input_tokens` and
 * `cache_creation_input_tokens`; cache reads are `prompt_tokens_details.cached_tokens` and cache
 * writes `prompt_tokens_details.cache_creation_tokens` (not an OpenAI field; costs read it).
 */
export function openaiUsage(usage: AnthropicUsage): CompletionUsage {
  const input = usage.input_tokens ?? 0;
  const cacheRead = usage.cache_read_input_tokens ?? 0;
  const cacheCreation = usage.cache_creation_input_tokens ?? 0;
  const output = usage.output_tokens ?? 0;
  const prompt = input + cacheRead + cacheCreation;
  const details: NonNullable<CompletionUsage['prompt_tokens_details']> & { cache_creation_tokens?: number } =
    {
      cached_tokens: cacheRead,
    };
  if (cacheCreation > 0) details.cache_creation_tokens = cacheCreation;
  return {
    prompt_tokens: prompt,
    completion_tokens: output,
    total_tokens: prompt + output,
    prompt_tokens_details: details,
  };
}

/** An OpenAI chat completion for an Anthropic message; `jsonToolName`'s input becomes the content. */
export function fromAnthropicMessage(
  message: AnthropicMessage,
  jsonToolName: string | undefined,
  created: number,
): ChatCompletion {
  let text = '';
  let answeredAsJson = false;
  const toolCalls: ChatToolCall[] = [];
  for (const block of message.content ?? []) {
    if (block.type === 'text') text += block.text;
    else if (block.type === 'tool_use') {
      if (block.name === jsonToolName) {
        text += JSON.stringify(block.input);
        answeredAsJson = true;
      } else {
        toolCalls.push({
          id: block.id,
          type: 'function',
          function: { name: block.name, arguments: JSON.stringify(block.input ?? {}) },
        });
      }
    }
  }
  const choiceMessage: ChatCompletion['choices'][number]['message'] = {
    role: 'assistant',
    content: text === '' && toolCalls.length > 0 ? null : text,
    refusal: null,
  };
  if (toolCalls.length > 0) choiceMessage.tool_calls = toolCalls;
  return {
    id: message.id,
    object: 'chat.completion',
    created,
    model: message.model,
    choices: [
      {
        index: 0,
        message: choiceMessage,
        logprobs: null,
        finish_reason: finishReason(message.stop_reason, answeredAsJson && toolCalls.length === 0),
      },
    ],
    usage: openaiUsage(message.usage ?? {}),
  };
}

/** OpenAI's model list for Anthropic's `GET /v1/models` answer. */
export function fromAnthropicModelList(list: AnthropicModelList): ModelList {
  return {
    object: 'list',
    data: (list.data ?? []).map((model) => ({
      id: model.id,
      object: 'model',
      created: model.created_at ? Math.floor(Date.parse(model.created_at) / 1000) : 0,
      owned_by: 'anthropic',
    })),
  };
}
