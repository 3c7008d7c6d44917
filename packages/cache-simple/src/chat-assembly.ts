import type { ChatCompletion, ChatCompletionChunk, ChatToolCall } from '@switchyard/core';

type Choice = ChatCompletion['choices'][number];

/**
 * One chat completion assembled from the chunks of a stream: content, refusal and tool-call
 * arguments concatenated per choice (by `index`), the last finish reason and the usage kept.
 */
export function completionFromChunks(chunks: readonly ChatCompletionChunk[]): ChatCompletion {
  const first = chunks[0];
  const choices = new Map<number, Choice & { toolCalls: Map<number, ChatToolCall> }>();
  const completion: ChatCompletion = {
    id: first?.id ?? '',
    object: 'chat.completion',
    created: first?.created ?? 0,
    model: first?.model ?? '',
    choices: [],
  };
  for (const chunk of chunks) {
    if (chunk.system_fingerprint != null) completion.system_fingerprint = chunk.system_fingerprint;
    const tier = (chunk as { service_tier?: string | null }).service_tier;
    if (tier != null) completion.service_tier = tier;
    if (chunk.usage) completion.usage = chunk.usage;
    for (const part of chunk.choices ?? []) {
      let choice = choices.get(part.index);
      if (!choice) {
        choice = {
          index: part.index,
          message: { role: 'assistant', content: null },
          logprobs: null,
          finish_reason: null,
          toolCalls: new Map(),
        };
        choices.set(part.index, choice);
      }
      const delta = part.delta ?? {};
      if (typeof delta.content === 'string')
        choice.message.content = (choice.message.content ?? '') + delta.content;
      if (typeof delta.refusal === 'string')
        choice.message.refusal = (choice.message.refusal ?? '') + delta.refusal;
      for (const fragment of delta.tool_calls ?? []) {
        let call = choice.toolCalls.get(fragment.index);
        if (!call) {
          call = { id: '', type: 'function', function: { name: '', arguments: '' } };
          choice.toolCalls.set(fragment.index, call);
        }
        if (fragment.id) call.id = fragment.id;
        if (fragment.function?.name) call.function.name += fragment.function.name;
        if (fragment.function?.arguments) call.function.arguments += fragment.function.arguments;
      }
      appendLogprobs(choice, part.logprobs);
      if (part.finish_reason != null) choice.finish_reason = part.finish_reason;
    }
  }
  completion.choices = [...choices.values()]
    .sort((a, b) => a.index - b.index)
    .map(({ toolCalls, ...choice }) => {
      if (toolCalls.size > 0) {
        choice.message.tool_calls = [...toolCalls.entries()]
          .sort(([a], [b]) => a - b)
          .map(([, call]) => call);
      }
      if (choice.message.refusal === undefined) choice.message.refusal = null;
      return choice;
    });
  return completion;
}

function appendLogprobs(choice: Choice, logprobs: unknown): void {
  const content = (logprobs as { content?: unknown } | null | undefined)?.content;
  if (!Array.isArray(content)) return;
  const existing = choice.logprobs as { content: unknown[]; refusal: null } | null;
  if (existing) existing.content.push(...content);
  else choice.logprobs = { content: [...content], refusal: null };
}

/**
 * The chunks OpenAI would stream for `completion`: per choice a role chunk, one chunk carrying the
 * whole content (and tool calls), a finish chunk; then a usage chunk when `includeUsage`.
 */
export function chunksFromCompletion(
  completion: ChatCompletion,
  includeUsage: boolean,
): ChatCompletionChunk[] {
  const base: Omit<ChatCompletionChunk, 'choices'> = {
    id: completion.id,
    object: 'chat.completion.chunk',
    created: completion.created,
    model: completion.model,
  };
  if (completion.system_fingerprint !== undefined) base.system_fingerprint = completion.system_fingerprint;
  const chunks: ChatCompletionChunk[] = [];
  const usage = includeUsage ? { usage: null } : {};
  for (const choice of completion.choices) {
    const message = choice.message;
    chunks.push({
      ...base,
      choices: [
        {
          index: choice.index,
          // OpenAI opens a text answer with content '' and a tool-call answer with content null.
          delta: { role: 'assistant', content: message.content === null ? null : '' },
          finish_reason: null,
        },
      ],
      ...usage,
    });
    const delta: ChatCompletionChunk['choices'][number]['delta'] = {};
    if (message.content) delta.content = message.content;
    if (message.refusal) delta.refusal = message.refusal;
    if (message.tool_calls?.length) {
      delta.tool_calls = message.tool_calls.map((call, index) => ({
        index,
        id: call.id,
        type: 'function',
        function: { name: call.function.name, arguments: call.function.arguments },
      }));
    }
    if (Object.keys(delta).length > 0 || choice.logprobs) {
      chunks.push({
        ...base,
        choices: [{ index: choice.index, delta, logprobs: choice.logprobs ?? null, finish_reason: null }],
        ...usage,
      });
    }
    chunks.push({
      ...base,
      choices: [{ index: choice.index, delta: {}, finish_reason: choice.finish_reason }],
      ...usage,
    });
  }
  if (includeUsage) chunks.push({ ...base, choices: [], usage: completion.usage ?? null });
  return chunks;
}

/** True for the body of a non-streamed chat completion. */
export function isChatCompletion(value: unknown): value is ChatCompletion {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as ChatCompletion).object === 'chat.completion' &&
    Array.isArray((value as ChatCompletion).choices)
  );
}

/** True for one chunk of a streamed chat completion. */
export function isChatCompletionChunk(value: unknown): value is ChatCompletionChunk {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as ChatCompletionChunk).object === 'chat.completion.chunk' &&
    Array.isArray((value as ChatCompletionChunk).choices)
  );
}
