import {
  type ChatCompletionChunk,
  type ChatToolCallDelta,
  type CompletionUsage,
  readSseEvents,
  sseDone,
} from '@switchyard/core';
import {
  type CompletionIdentity,
  completionIdentity,
  finishReasonOf,
  textOf,
  toolCallsOf,
  usageOf,
} from './gemini-chat-response.js';
import type { GenerateContentResponse, GoogleErrorBody } from './gemini-types.js';
import { googleErrorCode, streamErrorEvent, withheldMessage } from './google-errors.js';

/** What the stream translation needs besides the native body. */
export interface StreamTranslation {
  /** The model the caller asked for. */
  model: string;
  /** Send OpenAI's final usage chunk (`stream_options.include_usage`). */
  includeUsage: boolean;
  /** Removes secrets from upstream text before it reaches the caller. */
  redact: (text: string) => string;
}

interface CandidateState {
  toolCalls: number;
  finished: boolean;
}

/**
 * The OpenAI chunk events (JSON strings, then `[DONE]`) for a `streamGenerateContent?alt=sse`
 * body. An upstream error, a malformed event or a stream that ends before every candidate has a
 * `finishReason` ends the output with one OpenAI error event instead of `[DONE]`, its `code` one of
 * core's `errorCodes`. A prompt blocked, or a single answer withheld by a safety filter before any
 * content, is such an error event too, with the code `content_filter`.
 */
export async function* translateGeminiStream(
  body: ReadableStream<Uint8Array>,
  options: StreamTranslation,
): AsyncGenerator<string> {
  let identity: CompletionIdentity | undefined;
  let usage: CompletionUsage | undefined;
  const candidates = new Map<number, CandidateState>();
  let contentSent = false;
  const chunk = (choices: ChatCompletionChunk['choices'], id: CompletionIdentity): string =>
    JSON.stringify({
      id: id.id,
      object: 'chat.completion.chunk',
      created: id.created,
      model: id.model,
      choices,
    } satisfies ChatCompletionChunk);
  try {
    for await (const event of readSseEvents(body)) {
      let native: GenerateContentResponse & GoogleErrorBody;
      try {
        native = JSON.parse(event.data) as GenerateContentResponse & GoogleErrorBody;
      } catch {
        yield streamErrorEvent('Gemini sent a stream event that is not valid JSON', 'server_error');
        return;
      }
      if (native.error) {
        const message = native.error.message ?? 'Gemini stream failed';
        const status = native.error.status;
        yield streamErrorEvent(
          options.redact(status ? `${status}: ${message}` : message),
          googleErrorCode(status, message),
        );
        return;
      }
      identity ??= completionIdentity(native, options.model);
      if (native.usageMetadata) usage = usageOf(native.usageMetadata);
      const natives = native.candidates ?? [];
      if (natives.length === 0 && native.promptFeedback?.blockReason && candidates.size === 0) {
        // The prompt itself was blocked, before any content: the refusal is the error answer.
        yield streamErrorEvent(
          withheldMessage('prompt', native.promptFeedback.blockReason),
          'content_filter',
        );
        return;
      }
      for (const [position, candidate] of natives.entries()) {
        const index = candidate.index ?? position;
        let state = candidates.get(index);
        if (!state) {
          state = { toolCalls: 0, finished: false };
          candidates.set(index, state);
          yield chunk([{ index, delta: { role: 'assistant', content: '' }, finish_reason: null }], identity);
        }
        const parts = candidate.content?.parts ?? [];
        const delta: ChatCompletionChunk['choices'][number]['delta'] = {};
        const text = textOf(parts);
        if (text !== '') delta.content = text;
        const calls = toolCallsOf(parts, identity.id, index, state.toolCalls);
        if (calls.length > 0) {
          delta.tool_calls = calls.map(
            (call, i): ChatToolCallDelta => ({ index: state.toolCalls + i, ...call }),
          );
          state.toolCalls += calls.length;
        }
        if (delta.content !== undefined || delta.tool_calls !== undefined) {
          contentSent = true;
          yield chunk([{ index, delta, finish_reason: null }], identity);
        }
        const finish = finishReasonOf(candidate.finishReason, state.toolCalls > 0);
        if (finish === 'content_filter' && !contentSent && candidates.size === 1) {
          // The one answer was withheld before any content: the refusal is the error answer.
          yield streamErrorEvent(withheldMessage('answer', candidate.finishReason!), 'content_filter');
          return;
        }
        if (finish !== null && !state.finished) {
          state.finished = true;
          yield chunk([{ index, delta: {}, finish_reason: finish }], identity);
        }
      }
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    yield streamErrorEvent(`Gemini stream broke off: ${options.redact(reason)}`, 'server_error');
    return;
  }
  if (!identity || candidates.size === 0 || [...candidates.values()].some((state) => !state.finished)) {
    yield streamErrorEvent('Gemini stream ended before the answer was finished', 'server_error');
    return;
  }
  if (options.includeUsage && usage) {
    yield JSON.stringify({
      id: identity.id,
      object: 'chat.completion.chunk',
      created: identity.created,
      model: identity.model,
      choices: [],
      usage,
    } satisfies ChatCompletionChunk);
  }
  yield sseDone;
}
