import type { TraceUsage } from './trace-record.js';

/** Normalises OpenAI's `usage` (chat, completions, embeddings, images) into `TraceUsage`. */
export function usageOf(value: unknown): TraceUsage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const usage = value as Record<string, unknown>;
  const input = numberOr(usage.prompt_tokens, numberOr(usage.input_tokens, undefined));
  const output = numberOr(usage.completion_tokens, numberOr(usage.output_tokens, undefined));
  if (input === undefined && output === undefined) return undefined;
  const details = usage.prompt_tokens_details ?? usage.input_tokens_details;
  const detail = (name: string) =>
    typeof details === 'object' && details !== null
      ? numberOr((details as Record<string, unknown>)[name], 0)
      : 0;
  const cached = detail('cached_tokens');
  const inputTokens = input ?? 0;
  const outputTokens = output ?? 0;
  return {
    inputTokens,
    outputTokens,
    cachedInputTokens: cached ?? 0,
    cacheWriteInputTokens: detail('cache_creation_tokens'),
    totalTokens: numberOr(usage.total_tokens, inputTokens + outputTokens) ?? inputTokens + outputTokens,
  };
}

function numberOr<T>(value: unknown, fallback: T): number | T {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
