import type { ChatCompletionChunk, ChatToolCall, CompletionUsage, FinishReason } from '@switchyard/core';

/** What a chat completion stream adds up to (its first choice). */
export interface AssembledChatStream {
  /** The `id` of the first chunk. Default: `''` when there were no chunks. */
  id: string;
  /** The `model` of the first chunk. Default: `''`. */
  model: string;
  /** The content deltas joined. */
  content: string;
  /** The refusal deltas joined, `null` when there were none. */
  refusal: string | null;
  /** Tool calls rebuilt from their fragments, in index order. */
  toolCalls: ChatToolCall[];
  /** The last finish reason seen, `null` when the stream never finished. */
  finishReason: FinishReason | null;
  /** The usage chunk's usage, `null` when the stream carried none. */
  usage: CompletionUsage | null;
  /** How many chunks were read. */
  chunkCount: number;
}

/** Joins the chunks of a streamed chat completion (choice 0) into its text, tool calls, finish and usage. */
export function assembleChatStream(chunks: readonly ChatCompletionChunk[]): AssembledChatStream {
  const result: AssembledChatStream = {
    id: chunks[0]?.id ?? '',
    model: chunks[0]?.model ?? '',
    content: '',
    refusal: null,
    toolCalls: [],
    finishReason: null,
    usage: null,
    chunkCount: chunks.length,
  };
  const calls = new Map<number, ChatToolCall>();
  for (const chunk of chunks) {
    if (chunk.usage) result.usage = chunk.usage;
    const choice = chunk.choices.find((candidate) => candidate.index === 0);
    if (!choice) continue;
    const delta = choice.delta;
    if (typeof delta.content === 'string') result.content += delta.content;
    if (typeof delta.refusal === 'string') result.refusal = (result.refusal ?? '') + delta.refusal;
    for (const fragment of delta.tool_calls ?? []) {
      let call = calls.get(fragment.index);
      if (!call) {
        call = { id: '', type: 'function', function: { name: '', arguments: '' } };
        calls.set(fragment.index, call);
      }
      if (fragment.id) call.id = fragment.id;
      if (fragment.function?.name) call.function.name += fragment.function.name;
      if (fragment.function?.arguments) call.function.arguments += fragment.function.arguments;
    }
    if (choice.finish_reason) result.finishReason = choice.finish_reason;
  }
  result.toolCalls = [...calls.entries()].sort(([a], [b]) => a - b).map(([, call]) => call);
  return result;
}
