import type OpenAI from 'openai';

/** What every step gets. */
export interface StepContext {
  client: OpenAI;
  model: string;
  /** Prints one line. */
  print: (line: string) => void;
  /** Prints text without a line break (streamed pieces). */
  write: (text: string) => void;
}

/** Token usage as one readable line. */
export function formatUsage(usage: OpenAI.CompletionUsage | undefined | null): string {
  if (!usage) return 'not reported';
  return `${usage.prompt_tokens} prompt + ${usage.completion_tokens} completion = ${usage.total_tokens} total`;
}
