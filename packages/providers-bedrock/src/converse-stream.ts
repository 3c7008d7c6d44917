import { type ChatToolCallDelta, type CompletionUsage, formatSseEvent, sseDone } from '@switchyard/core';
import { ByteWriter, utf8 } from '@switchyard/core/internal';
import { streamErrorEvent } from './bedrock-errors.js';
import { CompactDelta } from './converse-delta.js';
import { type CompletionIdentity, finishReasonOf, usageOf } from './converse-response.js';
import type { ConverseStreamEvents } from './converse-types.js';
import { decodeMessageInto, EventStreamMessage, MessageSplitter } from './event-stream.js';

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
const chunkEnd = ',"finish_reason":null}]}\n\n';
const chunkEndBytes = utf8(chunkEnd);
const contentEnd = utf8(`}${chunkEnd}`);
const toolArgumentsEnd = utf8(`}}]}${chunkEnd}`);

/**
 * The OpenAI SSE body (chunk events, then `data: [DONE]`) for a ConverseStream body. Every
 * message that arrives in one read of the native body is translated at once and written as one
 * piece of SSE bytes, so the cost per event stays small. An exception message, a message that fails
 * its checksum, or a body that ends before `messageStop` and `metadata` ends the output with one
 * OpenAI error event instead of `[DONE]`. Cancelling the output cancels the native body.
 */
export function translateConverseStream(
  body: ReadableStream<Uint8Array>,
  options: ConverseStreamTranslation,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  const splitter = new MessageSplitter();
  const writer = new ChunkWriter(options);
  const message = new EventStreamMessage();
  const finish = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    const rest = writer.take();
    if (rest !== undefined) controller.enqueue(rest);
    controller.close();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (true) {
        let read: Awaited<ReturnType<typeof reader.read>>;
        try {
          read = await reader.read();
        } catch (error) {
          writer.fail(`Bedrock stream broke off: ${reason(error)}`);
          finish(controller);
          return;
        }
        if (read.done) {
          writer.end(splitter.pendingBytes);
          finish(controller);
          return;
        }
        translateRead(read.value, splitter, message, writer);
        if (writer.done) {
          finish(controller);
          await reader.cancel().catch(() => undefined);
          return;
        }
        const out = writer.take();
        if (out !== undefined) {
          controller.enqueue(out);
          return;
        }
      }
    },
    cancel(cause) {
      return reader.cancel(cause);
    },
  });
}

/**
 * Translates the messages one read completes. A plain function rather than part of the async
 * `pull`, so the engine optimises this hot loop on its own, the same way every run.
 */
function translateRead(
  chunk: Uint8Array,
  splitter: MessageSplitter,
  message: EventStreamMessage,
  writer: ChunkWriter,
): void {
  try {
    splitter.push(chunk);
    while (!writer.done && splitter.next()) {
      decodeMessageInto(message, splitter.bytes, splitter.view, splitter.start, splitter.end);
      writer.write(message);
    }
  } catch (error) {
    writer.fail(`Bedrock stream broke off: ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The translation state of one stream: native messages in, SSE bytes out (kept until `take()`). */
class ChunkWriter {
  /** True once the output is complete (an error event was written). */
  done = false;
  private readonly out = new ByteWriter();
  private readonly compact = new CompactDelta();
  private readonly head: string;
  /** `data: {"id":...,"choices":[{"index":0,"delta":`. */
  private readonly prefix: Uint8Array;
  /** The prefix followed by `{"content":`. */
  private readonly contentPrefix: Uint8Array;
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
    // JSON text never holds a raw line break, so a chunk is one `data:` line as it is.
    const prefix = `data: ${this.head}"choices":[{"index":0,"delta":`;
    this.prefix = utf8(prefix);
    this.contentPrefix = utf8(`${prefix}{"content":`);
  }

  /** The SSE bytes written since the last call, or `undefined`. */
  take(): Uint8Array | undefined {
    return this.out.take();
  }

  private chunk(delta: string, finish: string | null = null): void {
    this.out.bytes(this.prefix);
    this.out.text(delta);
    if (finish === null) this.out.bytes(chunkEndBytes);
    else this.out.text(`,"finish_reason":${JSON.stringify(finish)}}]}\n\n`);
  }

  /**
   * Translates one native message. Kept small, the compact delta that almost every message is
   * apart from the rest, so that the engine inlines the hot path into the decoding loop.
   */
  write(message: EventStreamMessage): void {
    const type = message.eventType;
    if (message.messageType !== 'event' || type === undefined || !this.roleSent) {
      this.writeUncommon(message);
      return;
    }
    if (type === 'contentBlockDelta') {
      const { bytes } = message;
      if (this.compact.recognise(bytes, message.view, message.payloadStart, message.payloadEnd)) {
        const { blockIndex, isText, start, end } = this.compact;
        if (isText || this.jsonBlocks.has(blockIndex)) {
          this.out.bytes(this.contentPrefix);
          this.out.range(bytes, start, end);
          this.out.bytes(contentEnd);
          return;
        }
        this.writeToolArguments(blockIndex, bytes, start, end);
        return;
      }
    }
    this.writeEvent(type, message);
  }

  /** An exception, a message without an event type, or the first event (which sends the role first). */
  private writeUncommon(message: EventStreamMessage): void {
    if (message.messageType !== 'event') {
      this.fail(this.options.redact(exceptionMessage(message)), message.errorType);
      return;
    }
    const type = message.eventType;
    if (type === undefined) return;
    this.roleSent = true;
    this.chunk('{"role":"assistant","content":""}');
    this.write(message);
  }

  /** A compact tool-input delta: its JSON string becomes the arguments of the tool call. */
  private writeToolArguments(blockIndex: number, bytes: Uint8Array, start: number, end: number): void {
    const index = this.toolIndexes.get(blockIndex);
    if (index === undefined) return;
    this.out.bytes(this.prefix);
    this.out.text(`{"tool_calls":[{"index":${index},"function":{"arguments":`);
    this.out.range(bytes, start, end);
    this.out.bytes(toolArgumentsEnd);
  }

  /** Any event but a compact delta, its payload parsed. */
  private writeEvent(type: string, message: EventStreamMessage): void {
    if (type === 'contentBlockDelta') {
      const event = parse<ConverseStreamEvents['contentBlockDelta']>(message);
      const delta = event.delta;
      if (typeof delta?.text === 'string') {
        this.chunk(JSON.stringify({ content: delta.text }));
        return;
      }
      const input = delta?.toolUse?.input;
      if (typeof input !== 'string') return;
      if (this.jsonBlocks.has(event.contentBlockIndex)) {
        this.chunk(JSON.stringify({ content: input }));
        return;
      }
      const index = this.toolIndexes.get(event.contentBlockIndex);
      if (index === undefined) return;
      this.chunk(JSON.stringify({ tool_calls: [{ index, function: { arguments: input } }] }));
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
      this.chunk(JSON.stringify({ tool_calls: [call] }));
      return;
    }
    if (type === 'messageStop') {
      const event = parse<ConverseStreamEvents['messageStop']>(message);
      let finish = finishReasonOf(event.stopReason);
      // A JSON answer given through the JSON tool is a plain stop for the caller.
      if (finish === 'tool_calls' && this.toolIndexes.size === 0 && this.jsonBlocks.size > 0) finish = 'stop';
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
      this.out.text(formatSseEvent(`${this.head}"choices":[],"usage":${JSON.stringify(this.usage)}}`));
    }
    this.out.text(formatSseEvent(sseDone));
  }

  /** Writes the error event that ends the stream. */
  fail(message: string, code = 'upstream_protocol_error'): void {
    this.done = true;
    this.out.text(formatSseEvent(streamErrorEvent(this.options.redact(message), code)));
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
