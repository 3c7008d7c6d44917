import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionRequest,
  ChatMessage,
  ChatToolCall,
  CompletionUsage,
  FinishReason,
} from '@switchyard/core';
import { jsonResponse, sseStreamResponse } from './builders.js';
import type { MockChatReply, MockReply } from './mock-provider-options.js';

/** The `created` timestamp of every mock answer, so answers are reproducible. */
export const mockCreated = 1_700_000_000;

/** A resolved reply: every field decided. */
export interface ChatAnswer {
  content: string | null;
  toolCalls: ChatToolCall[];
  finishReason: FinishReason;
  usage: CompletionUsage;
}

/** Answers a chat completion request: JSON, or SSE when `stream: true`. */
export function respondChat(
  body: ChatCompletionRequest,
  index: number,
  reply: MockReply | undefined,
): Response {
  const answer = resolveAnswer(body, index, reply);
  const id = `chatcmpl-mock-${index}`;
  if (body.stream === true) {
    const includeUsage = body.stream_options?.include_usage === true;
    return sseStreamResponse(chatChunks(id, body.model, answer, includeUsage));
  }
  const completion: ChatCompletion = {
    id,
    object: 'chat.completion',
    created: mockCreated,
    model: body.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: answer.content,
          refusal: null,
          ...(answer.toolCalls.length > 0 ? { tool_calls: answer.toolCalls } : {}),
        },
        logprobs: null,
        finish_reason: answer.finishReason,
      },
    ],
    usage: answer.usage,
  };
  return jsonResponse(completion);
}

/** The reply to `body`: the configured one, or the default answer naming the last user message. */
export function resolveAnswer(
  body: ChatCompletionRequest,
  index: number,
  reply: MockReply | undefined,
): ChatAnswer {
  const chosen =
    typeof reply === 'function'
      ? reply(body, index)
      : (reply ?? `Mock answer to "${lastUserText(body.messages)}"`);
  const fields: MockChatReply = typeof chosen === 'string' ? { content: chosen } : chosen;
  const toolCalls = (fields.toolCalls ?? []).map(
    (call, position): ChatToolCall => ({
      id: call.id ?? `call_mock_${position}`,
      type: 'function',
      function: {
        name: call.name,
        arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
      },
    }),
  );
  const content = fields.content !== undefined ? fields.content : toolCalls.length > 0 ? null : '';
  const promptTokens = Math.max(
    1,
    body.messages.reduce((sum, message) => sum + countWords(text(message)), 0),
  );
  const completionTokens =
    countWords(content ?? '') + toolCalls.reduce((sum, call) => sum + countWords(call.function.arguments), 0);
  return {
    content,
    toolCalls,
    finishReason: fields.finishReason ?? (toolCalls.length > 0 ? 'tool_calls' : 'stop'),
    usage: fields.usage ?? {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    },
  };
}

/** The chunks OpenAI would stream for `answer`: role, text pieces, tool call pieces, finish, usage. */
function chatChunks(
  id: string,
  model: string,
  answer: ChatAnswer,
  includeUsage: boolean,
): ChatCompletionChunk[] {
  const chunk = (
    delta: ChatCompletionChunk['choices'][number]['delta'],
    finish: FinishReason | null = null,
  ) => ({
    id,
    object: 'chat.completion.chunk' as const,
    created: mockCreated,
    model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...(includeUsage ? { usage: null } : {}),
  });
  const chunks: ChatCompletionChunk[] = [chunk({ role: 'assistant', content: '', refusal: null })];
  for (const piece of splitWords(answer.content ?? '')) chunks.push(chunk({ content: piece }));
  answer.toolCalls.forEach((call, position) => {
    chunks.push(
      chunk({
        tool_calls: [
          {
            index: position,
            id: call.id,
            type: 'function',
            function: { name: call.function.name, arguments: '' },
          },
        ],
      }),
    );
    for (const piece of splitWords(call.function.arguments)) {
      chunks.push(chunk({ tool_calls: [{ index: position, function: { arguments: piece } }] }));
    }
  });
  chunks.push(chunk({}, answer.finishReason));
  if (includeUsage) {
    chunks.push({
      id,
      object: 'chat.completion.chunk',
      created: mockCreated,
      model,
      choices: [],
      usage: answer.usage,
    });
  }
  return chunks;
}

function lastUserText(messages: readonly ChatMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (message?.role === 'user') return text(message);
  }
  return '';
}

function text(message: ChatMessage): string {
  const content = message.content;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

/** Splits text into word pieces that keep their trailing space, so joining them restores the text. */
export function splitWords(value: string): string[] {
  return value === '' ? [] : value.split(/(?<= )/);
}

/** A rough, deterministic token count: the number of words. */
export function countWords(value: string): number {
  return value.split(/\s+/).filter((word) => word !== '').length;
}
