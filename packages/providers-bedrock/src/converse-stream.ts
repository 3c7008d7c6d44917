import {
  type ChatToolCallDelta,
  type CompletionUsage,
  type ErrorCode,
  formatSseEvent,
  sseDone,
} from '@switchyard/core';
import { bedrockErrorCode, filteredMessage, streamErrorEvent } from './bedrock-errors.js';
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
 * The OpenAI SSE body (chunk events, then `data: [DONE]`) for a ConverseStream body. The messages
 * of one read of the native body are written as one piece. An exception message, a message that
 * fails its checksum, or a body that ends before `messageStop` and `metadata` ends the output with
 * one OpenAI error event instead of `[DONE]`; so does a guardrail or content-filter stop before any
 * content, with the code `content_filter`. Cancelling the output cancels the native body.
 */
export function translateConverseStream(
  body: ReadableStream<Uint8Array>,
  options: ConverseStreamTranslation,
): ReadableStream<Uint8Array> {
  // The body's own reader (no pipeThrough), so that cancelling reaches the native body at once.
  const reader = body.getReader();
  const splitter = new MessageSplitter();
  const writer = new ChunkWriter(options);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      do {
        try {
          const read = await reader.read();
          if (read.done) {
            writer.end(splitter.pendingBytes);
          } else {
            for (const message of splitter.push(read.value)) {
              writer.write(decodeMessage(message));
              if (writer.done) break;
            }
          }
        } catch (error) {
          writer.fail(`Bedrock stream broke off: ${error instanceof Error ? error.message : String(error)}`);
        }
      } while (writer.out === '' && !writer.done);
      if (writer.out !== '') controller.enqueue(writer.take());
      if (writer.done) {
        controller.close();
        await reader.cancel().catch(() => undefined);
      }
    },
    cancel(cause) {
      return reader.cancel(cause);
    },
  });
}

/** The translation state of one stream: native messages in, SSE bytes out (kept until `take()`). */
class ChunkWriter {
  /** True once the output is complete (`[DONE]` or an error event was written). */
  done = false;
  /** The SSE text written since the last `take()`. */
  out = '';
  private readonly head: string;
  /** `data: {"id":...,"choices":[{"index":0,"delta":`. */
  private readonly prefix: string;
  private readonly toolIndexes = new Map<number, number>();
  private readonly jsonBlocks = new Set<number>();
  private roleSent = false;
  /** Whether any text or tool call was written: a filter stop before any is an error, not an answer. */
  private contentSent = false;
  private stopped = false;
  private sawMetadata = false;
  private usage: CompletionUsage | undefined;

  constructor(private readonly options: ConverseStreamTranslation) {
    const { identity } = options;
    // Everything but `choices`/`usage` is the same in every chunk: serialise it once.
    this.head = `{"id":${JSON.stringify(identity.id)},"object":"chat.completion.chunk","created":${identity.created},"model":${JSON.stringify(identity.model)},`;
    // JSON text never holds a raw line break, so a chunk is one `data:` line as it is.
    this.prefix = `data: ${this.head}"choices":[{"index":0,"delta":`;
  }

  /** The SSE bytes written since the last call. */
  take(): Uint8Array {
    const bytes = encoder.encode(this.out);
    this.out = '';
    return bytes;
  }

  /** A chunk carrying text or a tool call. */
  private contentChunk(delta: string): void {
    this.contentSent = true;
    this.chunk(delta);
  }

  private chunk(delta: string, finish: string | null = null): void {
    this.out += `${this.prefix}${delta},"finish_reason":${JSON.stringify(finish)}}]}\n\n`;
  }

  /**
   * Translates one native message: an exception ends the stream, the first event sends the role
   * chunk first, an event without a type is skipped.
   */
  write(message: EventStreamMessage): void {
    if (message.messageType !== 'event') {
      const text = exceptionMessage(message);
      const type = message.errorType;
      this.fail(type ? `${type}: ${text}` : text, bedrockErrorCode(type, text));
      return;
    }
    const type = message.eventType;
    if (type === undefined) return;
    if (!this.roleSent) {
      this.roleSent = true;
      this.chunk('{"role":"assistant","content":""}');
    }
    if (type === 'contentBlockDelta') {
      const event = parse<ConverseStreamEvents['contentBlockDelta']>(message);
      const delta = event.delta;
      if (typeof delta?.text === 'string') {
        this.contentChunk(JSON.stringify({ content: delta.text }));
        return;
      }
      const input = delta?.toolUse?.input;
      if (typeof input !== 'string') return;
      if (this.jsonBlocks.has(event.contentBlockIndex)) {
        this.contentChunk(JSON.stringify({ content: input }));
        return;
      }
      const index = this.toolIndexes.get(event.contentBlockIndex);
      if (index === undefined) return;
      this.contentChunk(JSON.stringify({ tool_calls: [{ index, function: { arguments: input } }] }));
      return;
    }
    if (type === 'contentBlockStart') {
      const event = parse<ConverseStreamEvents['contentBlockStart']>(message);
      const toolUse = event.start?.toolUse;
      if (!toolUse) return;
      if (this.options.jsonTool !== undefined && toolUse.name === this.options.jsonTool) {
        this.jsonBlocks.add(event.contentBlockIndex);
        return;
      }
      const index = this.toolIndexes.size;
      this.toolIndexes.set(event.contentBlockIndex, index);
      const call: ChatToolCallDelta = {
        index,
        id: toolUse.toolUseId,
        type: 'function',
        function: { name: toolUse.name, arguments: '' },
      };
      this.contentChunk(JSON.stringify({ tool_calls: [call] }));
      return;
    }
    if (type === 'messageStop') {
      const event = parse<ConverseStreamEvents['messageStop']>(message);
      let finish = finishReasonOf(event.stopReason);
      // A JSON answer given through the JSON tool is a plain stop for the caller.
      if (finish === 'tool_calls' && this.toolIndexes.size === 0 && this.jsonBlocks.size > 0) finish = 'stop';
      if (finish === 'content_filter' && !this.contentSent) {
        this.fail(filteredMessage(event.stopReason!), 'content_filter');
        return;
      }
      this.stopped = true;
      this.chunk('{}', finish);
      return;
    }
    if (type === 'metadata') {
      const event = parse<ConverseStreamEvents['metadata']>(message);
      if (event.usage) this.usage = usageOf(event.usage);
      this.sawMetadata = true;
    }
  }

  /** Writes what ends the stream when the native body ended (`pendingBytes` left unframed). */
  end(pendingBytes: number): void {
    if (this.done) return;
    if (!this.stopped || !this.sawMetadata || pendingBytes > 0) {
      this.fail('Bedrock stream ended before the answer was finished');
      return;
    }
    this.done = true;
    if (this.options.includeUsage && this.usage) {
      this.out += formatSseEvent(`${this.head}"choices":[],"usage":${JSON.stringify(this.usage)}}`);
    }
    this.out += formatSseEvent(sseDone);
  }

  /** Writes the error event that ends the stream. */
  fail(message: string, code: ErrorCode = 'server_error'): void {
    this.done = true;
    this.out += formatSseEvent(streamErrorEvent(this.options.redact(message), code));
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
