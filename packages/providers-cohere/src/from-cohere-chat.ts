import type { ChatCompletion, CompletionUsage, FinishReason } from '@switchyard/core';
import type { CohereChatResponse, CohereFinishReason, CohereUsage } from './cohere-types.js';

/**
 * OpenAI's finish reason for Cohere's: `COMPLETE` and `STOP_SEQUENCE` are `stop`, `MAX_TOKENS` is
 * `length`, `TOOL_CALL` is `tool_calls`; `ERROR` and `TIMEOUT` (a generation cut short on Cohere's
 * side) are `stop`, as OpenAI has nothing closer.
 */
export function finishReason(reason: CohereFinishReason | undefined): FinishReason {
  switch (reason) {
    case 'MAX_TOKENS':
      return 'length';
    case 'TOOL_CALL':
      return 'tool_calls';
    default:
      return 'stop';
  }
}

/** OpenAI's usage from Cohere's: the tokens the model read and wrote, else the billed ones. */
export function openaiUsage(usage: CohereUsage | undefined): CompletionUsage {
  const prompt = usage?.tokens?.input_tokens ?? usage?.billed_units?.input_tokens ?? 0;
  const completion = usage?.tokens?.output_tokens ?? usage?.billed_units?.output_tokens ?? 0;
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

/**
 * Cohere's chat answer as an OpenAI chat completion: text parts joined as `content`, tool calls as
 * `tool_calls` (content `null` when there is no text), the finish reason and usage translated.
 * Thinking parts are left out, as OpenAI's chat shape has no field for them.
 */
export function fromCohereChat(answer: CohereChatResponse, model: string, created: number): ChatCompletion {
  const text = (answer.message?.content ?? [])
    .map((part) => (part.type === 'text' ? part.text : ''))
    .join('');
  const toolCalls = answer.message?.tool_calls ?? [];
  const message: ChatCompletion['choices'][number]['message'] = {
    role: 'assistant',
    content: text === '' && toolCalls.length > 0 ? null : text,
    refusal: null,
  };
  if (toolCalls.length > 0) {
    message.tool_calls = toolCalls.map((call) => ({
      id: call.id,
      type: 'function',
      function: { name: call.function.name, arguments: call.function.arguments ?? '{}' },
    }));
  }
  return {
    id: answer.id,
    object: 'chat.completion',
    created,
    model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason(answer.finish_reason) }],
    usage: openaiUsage(answer.usage),
  };
}
