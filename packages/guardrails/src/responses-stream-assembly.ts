import type { SseEvent } from '@switchyard/core';
import type { HookResults } from './guardrail-types.js';
import { rewriteResponseOutput } from './responses-texts.js';
import { endWithResults, eventJson, type StreamAssembly } from './stream-assembly.js';

const endTypes = new Set(['response.completed', 'response.incomplete', 'response.failed']);

/**
 * Text assembled from an OpenAI Responses event stream: each `output_text` part's text from its
 * `response.content_part.added` and `response.output_text.delta`s. Results ride on the last event
 * (`response.completed`, `.incomplete` or `.failed`), which the SDKs accumulate like any other.
 */
export class ResponsesStreamAssembly implements StreamAssembly {
  readonly stopsAtEnd = false;
  /** Text of each output_text part, by `output_index:content_index`, in the order they began. */
  private readonly parts = new Map<string, string>();
  private created: unknown = null;
  private final: unknown;

  add(event: SseEvent): void {
    const json = eventJson(event);
    if (json === undefined) return;
    if (json.type === 'response.created' && json.response !== undefined) this.created = json.response;
    else if (typeof json.type === 'string' && endTypes.has(json.type)) this.final = json.response;
    const text = textOf(json);
    if (text !== undefined) this.parts.set(text.key, (this.parts.get(text.key) ?? '') + text.text);
  }

  isEnd(event: SseEvent): boolean {
    const type = event.event ?? (eventJson(event)?.type as string | undefined);
    return type !== undefined && endTypes.has(type);
  }

  texts(): { text: string; texts: string[] } {
    const texts = [...this.parts.values()];
    return { text: texts.join(''), texts };
  }

  /** The finished Response the last event carries (the created one when the stream broke off). */
  answer(): unknown {
    return this.final ?? this.created;
  }

  /**
   * Each part's redacted text in its first event that carries text (later deltas emptied), and in
   * every event that repeats the whole text: `output_text.done`, `content_part.done`,
   * `output_item.done` and the Response of the last event, which the SDKs keep as the answer.
   */
  redact(events: readonly SseEvent[], redact: (text: string) => string): SseEvent[] {
    const placed = new Set<string>();
    return events.map((event) => {
      const json = eventJson(event);
      if (json === undefined) return event;
      const rewritten = this.redactEvent(json, redact, placed);
      return rewritten === json ? event : { ...event, data: JSON.stringify(rewritten) };
    });
  }

  /** The last event with `hook_results` on it. */
  resultEvents(end: SseEvent | undefined, results: HookResults): SseEvent[] {
    return endWithResults(end, results);
  }

  private redactEvent(
    json: Record<string, unknown>,
    redact: (text: string) => string,
    placed: Set<string>,
  ): Record<string, unknown> {
    const text = textOf(json);
    if (text !== undefined) {
      if (text.text === '') return json;
      const replaced = placed.has(text.key) ? '' : redact(this.parts.get(text.key) ?? '');
      placed.add(text.key);
      return json.type === 'response.output_text.delta'
        ? { ...json, delta: replaced }
        : { ...json, part: { ...(json.part as object), text: replaced } };
    }
    switch (json.type) {
      case 'response.output_text.done':
        return typeof json.text === 'string' ? { ...json, text: redact(json.text) } : json;
      case 'response.content_part.done': {
        const part = json.part as { type?: unknown; text?: unknown } | undefined;
        return part?.type === 'output_text' && typeof part.text === 'string'
          ? { ...json, part: { ...part, text: redact(part.text) } }
          : json;
      }
      case 'response.output_item.done': {
        const [item] = (rewriteResponseOutput({ output: [json.item] }, redact) as { output: unknown[] })
          .output;
        return { ...json, item };
      }
      default:
        return typeof json.type === 'string' && endTypes.has(json.type)
          ? { ...json, response: rewriteResponseOutput(json.response, redact) }
          : json;
    }
  }
}

/** The text an event adds to an `output_text` part: the part's start, or a delta. */
function textOf(json: Record<string, unknown>): { key: string; text: string } | undefined {
  const key = `${String(json.output_index)}:${String(json.content_index)}`;
  if (json.type === 'response.output_text.delta') {
    return typeof json.delta === 'string' ? { key, text: json.delta } : undefined;
  }
  if (json.type === 'response.content_part.added') {
    const part = json.part as { type?: unknown; text?: unknown } | undefined;
    return part?.type === 'output_text' && typeof part.text === 'string'
      ? { key, text: part.text }
      : undefined;
  }
  return undefined;
}
