import { type ChatCompletionChunk, type CompletionUsage, sseDone } from '@switchyard/core';
import { streamErrorEvent } from './bedrock-errors.js';
import { type CompletionIdentity, finishReasonOf, usageOf } from './converse-response.js';
import type { ConverseStreamEvents } from './converse-types.js';
import { readEventStream } from './event-stream.js';

/** What the stream translation needs besides the native body. */
export interface ConverseStreamTranslation {
  identity: CompletionIdentity;
  /** Send OpenAI's final usage chunk (`stream_options.include_usage`). */
  includeUsage: boolean;
  /** The tool that carries a `response_format` answer; its input deltas become content. */
  jsonTool: string | undefined;
  /** Removes secrets from upstream text before it reaches the caller. */
  redact: (text: string) => string;
}

const decoder = new TextDecoder();

/**
 * The OpenAI chunk events (JSON strings, then `[DONE]`) for a ConverseStream body. An exception
 * event, an undecodable message, or a body that ends before `messageStop` and `metadata` ends the
 * output with one OpenAI error event instead of `[DONE]`.
 */
export async function* translateConverseStream(
  body: ReadableStream<Uint8Array>,
  options: ConverseStreamTranslation,
): AsyncGenerator<string> {
  const { identity, jsonTool } = options;
  // Everything but `choices`/`usage` is the same in every chunk: serialise it once.
  const head = `{"id":${JSON.stringify(identity.id)},"object":"chat.completion.chunk","created":${identity.created},"model":${JSON.stringify(identity.model)},`;
  const chunk = (
    delta: ChatCompletionChunk['choices'][number]['delta'],
    finish: string | null = null,
  ): string =>
    `${head}"choices":[{"index":0,"delta":${JSON.stringify(delta)},"finish_reason":${finish === null ? 'null' : `"${finish}"`}}]}`;
  const toolIndexes = new Map<number, number>();
  const jsonBlocks = new Set<number>();
  let roleSent = false;
  let stopped = false;
  let usage: CompletionUsage | undefined;
  let sawMetadata = false;
  try {
    for await (const message of readEventStream(body)) {
      if (message.messageType !== 'event') {
        yield streamErrorEvent(
          options.redact(exceptionMessage(message.payload, message.errorMessage)),
          message.errorType,
        );
        return;
      }
      const type = message.eventType;
      if (type === undefined) continue;
      if (!roleSent) {
        roleSent = true;
        yield chunk({ role: 'assistant', content: '' });
      }
      if (type === 'contentBlockDelta') {
        const event = JSON.parse(
          decoder.decode(message.payload),
        ) as ConverseStreamEvents['contentBlockDelta'];
        const delta = event.delta;
        if (typeof delta?.text === 'string') {
          yield chunk({ content: delta.text });
        } else if (delta?.toolUse && typeof delta.toolUse.input === 'string') {
          if (jsonBlocks.has(event.contentBlockIndex)) {
            yield chunk({ content: delta.toolUse.input });
          } else {
            const index = toolIndexes.get(event.contentBlockIndex);
            if (index !== undefined) {
              yield chunk({ tool_calls: [{ index, function: { arguments: delta.toolUse.input } }] });
            }
          }
        }
      } else if (type === 'contentBlockStart') {
        const event = JSON.parse(
          decoder.decode(message.payload),
        ) as ConverseStreamEvents['contentBlockStart'];
        const toolUse = event.start?.toolUse;
        if (!toolUse) continue;
        if (jsonTool !== undefined && toolUse.name === jsonTool) {
          jsonBlocks.add(event.contentBlockIndex);
          continue;
        }
        const index = toolIndexes.size;
        toolIndexes.set(event.contentBlockIndex, index);
        yield chunk({
          tool_calls: [
            {
              index,
              id: toolUse.toolUseId,
              type: 'function',
              function: { name: toolUse.name, arguments: '' },
            },
          ],
        });
      } else if (type === 'messageStop') {
        const event = JSON.parse(decoder.decode(message.payload)) as ConverseStreamEvents['messageStop'];
        let finish = finishReasonOf(event.stopReason);
        // A JSON answer given through the JSON tool is a plain stop for the caller.
        if (finish === 'tool_calls' && toolIndexes.size === 0 && jsonBlocks.size > 0) finish = 'stop';
        stopped = true;
        yield chunk({}, finish);
      } else if (type === 'metadata') {
        const event = JSON.parse(decoder.decode(message.payload)) as ConverseStreamEvents['metadata'];
        if (event.usage) usage = usageOf(event.usage);
        sawMetadata = true;
      }
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    yield streamErrorEvent(`Bedrock stream broke off: ${options.redact(reason)}`, 'upstream_protocol_error');
    return;
  }
  if (!stopped || !sawMetadata) {
    yield streamErrorEvent('Bedrock stream ended before the answer was finished', 'upstream_protocol_error');
    return;
  }
  if (options.includeUsage && usage) {
    yield `${head}"choices":[],"usage":${JSON.stringify(usage)}}`;
  }
  yield sseDone;
}

function exceptionMessage(payload: Uint8Array, header: string | undefined): string {
  if (header) return header;
  try {
    const body = JSON.parse(decoder.decode(payload)) as { message?: unknown; Message?: unknown };
    const message = body.message ?? body.Message;
    if (typeof message === 'string') return message;
  } catch {
    // not JSON: fall through
  }
  return 'Bedrock stream failed';
}
