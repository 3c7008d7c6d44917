import type { CompletionUsage } from '@switchyard/core';
import type { ResponseUsage } from './responses-types.js';

/** Cache writes, which Switchyard's providers report beside OpenAI's fields (Anthropic's prompt caching). */
type PromptDetails = NonNullable<CompletionUsage['prompt_tokens_details']> & {
  cache_creation_tokens?: number;
};

/**
 * Chat completion usage as the Responses API shapes it: `prompt_tokens` → `input_tokens`,
 * `completion_tokens` → `output_tokens`, cached and reasoning tokens into the details objects
 * (0 when the provider did not say), and cache writes (`prompt_tokens_details.cache_creation_tokens`,
 * as Switchyard's Anthropic provider reports them) as `input_tokens_details.cache_write_tokens`.
 */
export function responsesUsage(usage: CompletionUsage): ResponseUsage {
  const input = count(usage.prompt_tokens);
  const output = count(usage.completion_tokens);
  const prompt = (usage.prompt_tokens_details ?? {}) as PromptDetails;
  return {
    input_tokens: input,
    input_tokens_details: {
      cached_tokens: count(prompt.cached_tokens),
      cache_write_tokens: count(prompt.cache_creation_tokens),
    },
    output_tokens: output,
    output_tokens_details: { reasoning_tokens: count(usage.completion_tokens_details?.reasoning_tokens) },
    total_tokens: typeof usage.total_tokens === 'number' ? usage.total_tokens : input + output,
  };
}

/**
 * Responses API usage as chat completion usage (`input_tokens` → `prompt_tokens`, ...), the shape
 * Switchyard's trace and cost code read: what a middleware watching `/responses` answers needs to
 * account for them. Unknown fields count as 0; cache writes come back as
 * `prompt_tokens_details.cache_creation_tokens`.
 */
export function chatUsageFromResponses(usage: Partial<ResponseUsage>): CompletionUsage {
  const input = count(usage.input_tokens);
  const output = count(usage.output_tokens);
  const prompt: PromptDetails = { cached_tokens: count(usage.input_tokens_details?.cached_tokens) };
  const writes = count(usage.input_tokens_details?.cache_write_tokens);
  if (writes > 0) prompt.cache_creation_tokens = writes;
  return {
    prompt_tokens: input,
    completion_tokens: output,
    total_tokens: typeof usage.total_tokens === 'number' ? usage.total_tokens : input + output,
    prompt_tokens_details: prompt,
    completion_tokens_details: { reasoning_tokens: count(usage.output_tokens_details?.reasoning_tokens) },
  };
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
