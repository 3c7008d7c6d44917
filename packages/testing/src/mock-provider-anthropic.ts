import type { ChatCompletionRequest, ChatMessage } from '@switchyard/core';
import { jsonResponse } from './builders.js';
import { type ChatAnswer, resolveAnswer, splitWords } from './mock-provider-chat.js';
import type { MockProviderSettings } from './mock-provider-options.js';
import type { MockRequest } from './mock-provider-request.js';

interface AnthropicRequestBody {
  model?: unknown;
  max_tokens?: unknown;
  messages?: unknown;
  system?: unknown;
  stream?: unknown;
}

const stopReasons: Record<string, string> = {
  stop: 'end_turn',
  length: 'max_tokens',
  tool_calls: 'tool_use',
  content_filter: 'refusal',
};

/** The Messages API answer to `request`, as Anthropic would give it; other routes are 404s. */
export function respondAnthropic(request: MockRequest, settings: MockProviderSettings): Response {
  if (request.method !== 'POST' || request.path !== '/v1/messages') {
    return anthropicError(404, 'not_found_error', `Unknown route: ${request.method} ${request.path}`);
  }
  const body = request.body as AnthropicRequestBody | undefined;
  if (typeof body !== 'object' || body === null)
    return anthropicError(400, 'invalid_request_error', 'Body must be JSON');
  for (const field of ['model', 'max_tokens', 'messages'] as const) {
    if (body[field] === undefined)
      return anthropicError(400, 'invalid_request_error', `${field}: Field required`);
  }
  if (!Array.isArray(body.messages))
    return anthropicError(400, 'invalid_request_error', 'messages: Input should be a list');
  const openaiShaped: ChatCompletionRequest = {
    model: String(body.model),
    messages: [
      ...(body.system === undefined ? [] : [{ role: 'system' as const, content: flatten(body.system) }]),
      ...body.messages.map((message: { role?: unknown; content?: unknown }) => ({
        role: message.role === 'assistant' ? ('assistant' as const) : ('user' as const),
        content: flatten(message.content),
      })),
    ] as ChatMessage[],
  };
  const answer = resolveAnswer(openaiShaped, request.index, settings.reply);
  const id = `msg_mock_${request.index}`;
  return body.stream === true
    ? streamed(id, openaiShaped.model, answer)
    : jsonResponse(message(id, openaiShaped.model, answer));
}

/** Anthropic's error body: `{ type: "error", error: { type, message } }`. */
export function anthropicError(
  status: number,
  type: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse({ type: 'error', error: { type, message } }, { status, headers });
}

/** The Anthropic error type for a status, as its API documents them. */
export function anthropicErrorType(status: number): string {
  const types: Record<number, string> = {
    400: 'invalid_request_error',
    401: 'authentication_error',
    403: 'permission_error',
    404: 'not_found_error',
    413: 'request_too_large',
    429: 'rate_limit_error',
    529: 'overloaded_error',
  };
  return types[status] ?? 'api_error';
}

function message(id: string, model: string, answer: ChatAnswer) {
  return {
    id,
    type: 'message',
    role: 'assistant',
    model,
    content: contentBlocks(answer),
    stop_reason: stopReasons[answer.finishReason] ?? 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: answer.usage.prompt_tokens, output_tokens: answer.usage.completion_tokens },
  };
}

function contentBlocks(answer: ChatAnswer) {
  return [
    ...(answer.content ? [{ type: 'text', text: answer.content }] : []),
    ...answer.toolCalls.map((call) => ({
      type: 'tool_use',
      id: call.id,
      name: call.function.name,
      input: JSON.parse(call.function.arguments) as unknown,
    })),
  ];
}

function streamed(id: string, model: string, answer: ChatAnswer): Response {
  const events: Array<[string, unknown]> = [
    [
      'message_start',
      {
        type: 'message_start',
        message: {
          ...message(id, model, answer),
          content: [],
          stop_reason: null,
          usage: { input_tokens: answer.usage.prompt_tokens, output_tokens: 1 },
        },
      },
    ],
  ];
  let index = 0;
  if (answer.content) {
    events.push([
      'content_block_start',
      { type: 'content_block_start', index, content_block: { type: 'text', text: '' } },
    ]);
    for (const piece of splitWords(answer.content)) {
      events.push([
        'content_block_delta',
        { type: 'content_block_delta', index, delta: { type: 'text_delta', text: piece } },
      ]);
    }
    events.push(['content_block_stop', { type: 'content_block_stop', index }]);
    index++;
  }
  for (const call of answer.toolCalls) {
    events.push([
      'content_block_start',
      {
        type: 'content_block_start',
        index,
        content_block: { type: 'tool_use', id: call.id, name: call.function.name, input: {} },
      },
    ]);
    events.push([
      'content_block_delta',
      {
        type: 'content_block_delta',
        index,
        delta: { type: 'input_json_delta', partial_json: call.function.arguments },
      },
    ]);
    events.push(['content_block_stop', { type: 'content_block_stop', index }]);
    index++;
  }
  events.push([
    'message_delta',
    {
      type: 'message_delta',
      delta: { stop_reason: stopReasons[answer.finishReason] ?? 'end_turn', stop_sequence: null },
      usage: { output_tokens: answer.usage.completion_tokens },
    },
  ]);
  events.push(['message_stop', { type: 'message_stop' }]);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = events.shift();
      if (!next) controller.close();
      else controller.enqueue(encoder.encode(`event: ${next[0]}\ndata: ${JSON.stringify(next[1])}\n\n`));
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
}

function flatten(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((block: { type?: unknown; text?: unknown }) => (block.type === 'text' ? String(block.text) : ''))
    .join('');
}
