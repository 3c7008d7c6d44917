import { type SseEvent, sseDone } from '@switchyard/core';
import type { HookResults } from './guardrail-types.js';

/**
 * What a guarded stream learns from the events of one API's stream (chat completions, Messages,
 * Responses), and how it puts results and redactions back into that API's events.
 */
export interface StreamAssembly {
  /** Takes one event as it passes (the end event included). */
  add(event: SseEvent): void;
  /** True for the event that ends the answer: `hook_results` go with it. */
  isEnd(event: SseEvent): boolean;
  /** Nothing meaningful follows the end event (OpenAI's `[DONE]`): reading stops there. */
  readonly stopsAtEnd: boolean;
  /** The texts under check: `text` as Portkey picks it, `texts` each part. */
  texts(): { text: string; texts: string[] };
  /** The answer the events describe, for checks that read `response.json`. */
  answer(): unknown;
  /** The events (all of the stream, held) with each text replaced by `redact(text)`. */
  redact(events: readonly SseEvent[], redact: (text: string) => string): SseEvent[];
  /** The events that deliver `results`, in place of the end event (`undefined` when it never came). */
  resultEvents(end: SseEvent | undefined, results: HookResults): SseEvent[];
}

/** Text and ids assembled from the chunks of a chat completion stream. */
export class ChatStreamAssembly implements StreamAssembly {
  readonly stopsAtEnd = true;
  private readonly contents: string[] = [];
  private readonly finishReasons: Array<string | null> = [];
  private id = '';
  private model = '';
  private created = 0;

  add(event: SseEvent): void {
    if (event.data === sseDone) return;
    let chunk: Record<string, unknown>;
    try {
      chunk = JSON.parse(event.data) as Record<string, unknown>;
    } catch {
      return;
    }
    if (typeof chunk.id === 'string') this.id = chunk.id;
    if (typeof chunk.model === 'string') this.model = chunk.model;
    if (typeof chunk.created === 'number') this.created = chunk.created;
    if (!Array.isArray(chunk.choices)) return;
    for (const choice of chunk.choices as Array<Record<string, unknown>>) {
      const index = typeof choice?.index === 'number' ? choice.index : 0;
      const delta = choice?.delta as Record<string, unknown> | undefined;
      if (typeof delta?.content === 'string')
        this.contents[index] = (this.contents[index] ?? '') + delta.content;
      if (typeof choice?.finish_reason === 'string') this.finishReasons[index] = choice.finish_reason;
    }
  }

  isEnd(event: SseEvent): boolean {
    return event.data === sseDone;
  }

  texts(): { text: string; texts: string[] } {
    const texts = Array.from(this.contents, (content) => content ?? '');
    return { text: texts[0] ?? '', texts };
  }

  /** The stream as one chat completion. */
  answer(): Record<string, unknown> {
    return {
      id: this.id,
      object: 'chat.completion',
      created: this.created,
      model: this.model,
      choices: Array.from(this.contents, (content, index) => ({
        index,
        message: { role: 'assistant', content: content ?? '' },
        finish_reason: this.finishReasons[index] ?? null,
      })),
    };
  }

  /** Each choice's redacted text in its first content chunk, the later ones emptied. */
  redact(events: readonly SseEvent[], redact: (text: string) => string): SseEvent[] {
    const placed = new Set<number>();
    return events.map((event) => {
      if (event.data === sseDone) return event;
      let chunk: Record<string, unknown>;
      try {
        chunk = JSON.parse(event.data) as Record<string, unknown>;
      } catch {
        return event;
      }
      if (!Array.isArray(chunk.choices)) return event;
      const choices = (chunk.choices as Array<Record<string, unknown>>).map((choice) => {
        const delta = choice?.delta as Record<string, unknown> | undefined;
        if (typeof delta?.content !== 'string' || delta.content === '') return choice;
        const index = typeof choice.index === 'number' ? choice.index : 0;
        const content = placed.has(index) ? '' : redact(this.contents[index] ?? '');
        placed.add(index);
        return { ...choice, delta: { ...delta, content } };
      });
      return { ...event, data: JSON.stringify({ ...chunk, choices }) };
    });
  }

  /** A chunk without choices (like the usage chunk) carrying `hook_results`, then `[DONE]`. */
  resultEvents(end: SseEvent | undefined, results: HookResults): SseEvent[] {
    const event: SseEvent = {
      data: JSON.stringify({
        id: this.id,
        object: 'chat.completion.chunk',
        created: this.created,
        model: this.model,
        choices: [],
        hook_results: results,
      }),
    };
    return end === undefined ? [event] : [event, end];
  }
}

/** The JSON data of an event, or `undefined` when it is not a JSON object. */
export function eventJson(event: SseEvent): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(event.data);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** `end` with `hook_results` added to its data, for APIs whose last event can carry them. */
export function endWithResults(end: SseEvent | undefined, results: HookResults): SseEvent[] {
  if (end === undefined) return [];
  const json = eventJson(end);
  if (json === undefined) return [end];
  return [{ ...end, data: JSON.stringify({ ...json, hook_results: results }) }];
}
