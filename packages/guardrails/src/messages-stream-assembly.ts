import type { SseEvent } from '@switchyard/core';
import { type MessagesStreamEvent, messageFromEvents } from '@switchyard/messages-api';
import type { HookResults } from './guardrail-types.js';
import { endWithResults, eventJson, type StreamAssembly } from './stream-assembly.js';

/**
 * Text assembled from an Anthropic Messages event stream: each text block's text from its
 * `content_block_start` and `text_delta`s. Results ride on `message_stop`.
 */
export class MessagesStreamAssembly implements StreamAssembly {
  readonly stopsAtEnd = false;
  /** Text of each text block, by block index. */
  private readonly blocks = new Map<number, string>();
  private readonly events: MessagesStreamEvent[] = [];

  add(event: SseEvent): void {
    const json = eventJson(event);
    if (json === undefined) return;
    const parsed = json as unknown as MessagesStreamEvent;
    this.events.push(parsed);
    const text = textOf(parsed);
    if (text !== undefined) this.blocks.set(text.index, (this.blocks.get(text.index) ?? '') + text.text);
  }

  isEnd(event: SseEvent): boolean {
    return typeOf(event) === 'message_stop';
  }

  texts(): { text: string; texts: string[] } {
    const texts = [...this.blocks.entries()].sort(([a], [b]) => a - b).map(([, text]) => text);
    return { text: texts.join(''), texts };
  }

  /** The message the events describe, as Anthropic's SDK accumulates it. */
  answer(): unknown {
    return messageFromEvents(this.events) ?? null;
  }

  /** Each text block's redacted text in its first event that carries text, the later ones emptied. */
  redact(events: readonly SseEvent[], redact: (text: string) => string): SseEvent[] {
    const placed = new Set<number>();
    return events.map((event) => {
      const json = eventJson(event);
      const text = json && textOf(json as unknown as MessagesStreamEvent);
      if (!json || text === undefined || text.text === '') return event;
      const replaced = placed.has(text.index) ? '' : redact(this.blocks.get(text.index) ?? '');
      placed.add(text.index);
      const data =
        json.type === 'content_block_start'
          ? { ...json, content_block: { ...(json.content_block as object), text: replaced } }
          : { ...json, delta: { ...(json.delta as object), text: replaced } };
      return { ...event, data: JSON.stringify(data) };
    });
  }

  /** `message_stop` with `hook_results` on it. */
  resultEvents(end: SseEvent | undefined, results: HookResults): SseEvent[] {
    return endWithResults(end, results);
  }
}

/** The text an event adds to a text block: a text block's start, or a `text_delta`. */
function textOf(event: MessagesStreamEvent): { index: number; text: string } | undefined {
  if (event.type === 'content_block_start' && event.content_block?.type === 'text') {
    return typeof event.content_block.text === 'string'
      ? { index: event.index, text: event.content_block.text }
      : undefined;
  }
  if (event.type === 'content_block_delta' && event.delta?.type === 'text_delta') {
    return typeof event.delta.text === 'string' ? { index: event.index, text: event.delta.text } : undefined;
  }
  return undefined;
}

function typeOf(event: SseEvent): string | undefined {
  if (event.event !== undefined) return event.event;
  return eventJson(event)?.type as string | undefined;
}
