import { type ChatCompletionChunk, type CompletionUsage, formatSseEvent, sseDone } from '@switchyard/core';
import { streamErrorEvent } from './bedrock-errors.js';
import { type CompletionIdentity, finishReasonOf, usageOf } from './converse-response.js';
import type { ConverseStreamEvents } from './converse-types.js';
import { decodeMessage, type EventStreamMessage, MessageSplitter } from './event-stream.js';

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
const encoder = new TextEncoder();

/**
 * The OpenAI SSE body (chunk events, then `data: [DONE]`) for a ConverseStream body. Every
 * message that arrives in one read of the native body is translated at once and written as one
 * piece of SSE, so the cost per event stays small. An exception message, a message that fails its
 * checksum, or a body that ends before `messageStop` and `metadata` ends the output with one
 * OpenAI error event instead of `[DONE]`. Cancelling the output cancels the native body.
 */
export function translateConverseStream(
  body: ReadableStream<Uint8Array>,
  options: ConverseStreamTranslation,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  const splitter = new MessageSplitter();
  const translator = new ChunkWriter(options);
  const finish = (controller: ReadableStreamDefaultController<Uint8Array>, text: string) => {
    controller.enqueue(encoder.encode(text));
    controller.close();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (true) {
        let read: Awaited<ReturnType<typeof reader.read>>;
        try {
          read = await reader.read();
        } catch (error) {
          finish(controller, translator.fail(`Bedrock stream broke off: ${reason(error)}`));
          return;
        }
        if (read.done) {
          finish(controller, translator.end(splitter.pendingBytes));
          return;
        }
        let text = '';
        try {
          for (const frame of splitter.push(read.value)) {
            text += translator.write(decodeMessage(frame));
            if (translator.done) break;
          }
        } catch (error) {
          text += translator.fail(`Bedrock stream broke off: ${reason(error)}`);
        }
        if (translator.done) {
          finish(controller, text);
          await reader.cancel().catch(() => undefined);
          return;
        }
        if (text !== '') {
          controller.enqueue(encoder.encode(text));
          return;
        }
      }
    },
    cancel(cause) {
      return reader.cancel(cause);
    },
  });
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The translation state of one stream: native messages in, SSE text out. */
class ChunkWriter {
  /** True once the output is complete (an error event was written). */
  done = false;
  private readonly head: string;
  private readonly toolIndexes = new Map<number, number>();
  private readonly jsonBlocks = new Set<number>();
  private roleSent = false;
  private stopped = false;
  private sawMetadata = false;
  private usage: CompletionUsage | undefined;

  constructor(private readonly options: ConverseStreamTranslation) {
    const { identity } = options;
    // Everything but `choices`/`usage` is the same in every chunk: serialise it once.
    this.head = `{"id":${JSON.stringify(identity.id)},"object":"chat.completion.chunk","created":${identity.created},"model":${JSON.stringify(identity.model)},`;
  }

  private chunk(
    delta: ChatCompletionChunk['choices'][number]['delta'],
    finish: string | null = null,
  ): string {
    // JSON text never holds a raw line break, so it is one `data:` line as it is: what
    // `formatSseEvent` writes, without its per-event line-break scan.
    return `data: ${this.head}"choices":[{"index":0,"delta":${JSON.stringify(delta)},"finish_reason":${finish === null ? 'null' : JSON.stringify(finish)}}]}\n\n`;
  }

  /** The SSE text for one native message. */
  write(message: EventStreamMessage): string {
    if (message.messageType !== 'event') {
      return this.fail(this.options.redact(exceptionMessage(message)), message.errorType);
    }
    const type = message.eventType;
    if (type === undefined) return '';
    let text = '';
    if (!this.roleSent) {
      this.roleSent = true;
      text = this.chunk({ role: 'assistant', content: '' });
    }
    if (type === 'contentBlockDelta') {
      const event = parse<ConverseStreamEvents['contentBlockDelta']>(message);
      const delta = event.delta;
      if (typeof delta?.text === 'string') return text + this.chunk({ content: delta.text });
      const input = delta?.toolUse?.input;
      if (typeof input !== 'string') return text;
      if (this.jsonBlocks.has(event.contentBlockIndex)) return text + this.chunk({ content: input });
      const index = this.toolIndexes.get(event.contentBlockIndex);
      if (index === undefined) return text;
      return text + this.chunk({ tool_calls: [{ index, function: { arguments: input } }] });
    }
    if (type === 'contentBlockStart') {
      const event = parse<ConverseStreamEvents['contentBlockStart']>(message);
      const toolUse = event.start?.toolUse;
      if (!toolUse) return text;
      if (this.options.jsonTool !== undefined && toolUse.name === this.options.jsonTool) {
        this.jsonBlocks.add(event.contentBlockIndex);
        return text;
      }
      const index = this.toolIndexes.size;
      this.toolIndexes.set(event.contentBlockIndex, index);
      return (
        text +
        this.chunk({
          tool_calls: [
            {
              index,
              id: toolUse.toolUseId,
              type: 'function',
              function: { name: toolUse.name, arguments: '' },
            },
          ],
        })
      );
    }
    if (type === 'messageStop') {
      const event = parse<ConverseStreamEvents['messageStop']>(message);
      let finish = finishReasonOf(event.stopReason);
      // A JSON answer given through the JSON tool is a plain stop for the caller.
      if (finish === 'tool_calls' && this.toolIndexes.size === 0 && this.jsonBlocks.size > 0) finish = 'stop';
      this.stopped = true;
      return text + this.chunk({}, finish);
    }
    if (type === 'metadata') {
      const event = parse<ConverseStreamEvents['metadata']>(message);
      if (event.usage) this.usage = usageOf(event.usage);
      this.sawMetadata = true;
    }
    return text;
  }

  /** The SSE text that ends the stream when the native body ended (`pendingBytes` left unframed). */
  end(pendingBytes: number): string {
    if (this.done) return '';
    if (!this.stopped || !this.sawMetadata || pendingBytes > 0) {
      return this.fail('Bedrock stream ended before the answer was finished');
    }
    this.done = true;
    let text = '';
    if (this.options.includeUsage && this.usage) {
      text = formatSseEvent(`${this.head}"choices":[],"usage":${JSON.stringify(this.usage)}}`);
    }
    return text + formatSseEvent(sseDone);
  }

  /** The error event that ends the stream. */
  fail(message: string, code = 'upstream_protocol_error'): string {
    this.done = true;
    return formatSseEvent(streamErrorEvent(this.options.redact(message), code));
  }
}

function parse<T>(message: EventStreamMessage): T {
  return JSON.parse(decoder.decode(message.payload)) as T;
}

function exceptionMessage(message: EventStreamMessage): string {
  if (message.errorMessage) return message.errorMessage;
  try {
    const body = JSON.parse(decoder.decode(message.payload)) as { message?: unknown; Message?: unknown };
    const text = body.message ?? body.Message;
    if (typeof text === 'string') return text;
  } catch {
    // not JSON: fall through
  }
  return 'Bedrock stream failed';
}
