import type { ResponseObject, ResponseOutputItem, ResponseStreamEvent } from './responses-types.js';

// A finished Response as the event stream that would have produced it, and back: for middlewares
// that keep answers (caches) and give them again in the form the caller asked for.

type EventWithoutSequence = ResponseStreamEvent extends infer E
  ? E extends ResponseStreamEvent
    ? Omit<E, 'sequence_number'>
    : never
  : never;

const terminalTypes = new Set(['response.completed', 'response.incomplete', 'response.failed']);

/**
 * The whole event sequence of a stream that ends in `response`, in the order OpenAI sends it and
 * the `openai` SDK's `responses.stream()` accumulates it: `response.created` and
 * `response.in_progress` (the response without output or usage, `in_progress`), then per output
 * item `response.output_item.added`; for a message per content part `response.content_part.added`,
 * one `response.output_text.delta` (or `response.refusal.delta`) with the whole text,
 * `response.output_text.done`, `response.content_part.done`; for a function call one
 * `response.function_call_arguments.delta` and `.done`; `response.output_item.done`; last
 * `response.completed` (`response.incomplete`, `response.failed` by the response's status) with
 * `response` itself. `sequence_number` counts from 0. Other output item types are announced and
 * finished as they are.
 */
export function responseEvents(response: ResponseObject): ResponseStreamEvent[] {
  const events: ResponseStreamEvent[] = [];
  const emit = (event: EventWithoutSequence) => {
    // `type` first, then `sequence_number`, as OpenAI writes them.
    const { type, ...rest } = event;
    events.push({ type, sequence_number: events.length, ...rest } as ResponseStreamEvent);
  };
  const pending: ResponseObject = {
    ...response,
    status: 'in_progress',
    completed_at: null,
    error: null,
    incomplete_details: null,
    output: [],
    usage: null,
  };
  emit({ type: 'response.created', response: pending });
  emit({ type: 'response.in_progress', response: pending });
  response.output.forEach((item, output_index) => {
    emit({ type: 'response.output_item.added', output_index, item: openItem(item) });
    if (item.type === 'message') {
      item.content.forEach((part, content_index) => {
        const where = { item_id: item.id, output_index, content_index };
        if (part.type === 'output_text') {
          emit({ type: 'response.content_part.added', ...where, part: { ...part, text: '' } });
          emit({ type: 'response.output_text.delta', ...where, delta: part.text, logprobs: [] });
          emit({ type: 'response.output_text.done', ...where, text: part.text, logprobs: [] });
        } else {
          emit({ type: 'response.content_part.added', ...where, part: { ...part, refusal: '' } });
          emit({ type: 'response.refusal.delta', ...where, delta: part.refusal });
          emit({ type: 'response.refusal.done', ...where, refusal: part.refusal });
        }
        emit({ type: 'response.content_part.done', ...where, part });
      });
    } else if (item.type === 'function_call') {
      const where = { item_id: item.id ?? '', output_index };
      emit({ type: 'response.function_call_arguments.delta', ...where, delta: item.arguments });
      emit({
        type: 'response.function_call_arguments.done',
        ...where,
        name: item.name,
        arguments: item.arguments,
      });
    }
    emit({ type: 'response.output_item.done', output_index, item });
  });
  const last =
    response.status === 'incomplete'
      ? 'response.incomplete'
      : response.status === 'failed'
        ? 'response.failed'
        : 'response.completed';
  emit({ type: last, response });
  return events;
}

/**
 * The response a stream's parsed events end with: the `response` of its last
 * `response.completed`, `response.incomplete` or `response.failed` event, which carries the whole
 * response with its output and usage. `undefined` when the stream holds none (it broke off).
 */
export function responseFromEvents(events: Iterable<unknown>): ResponseObject | undefined {
  let response: ResponseObject | undefined;
  for (const event of events) {
    if (typeof event !== 'object' || event === null) continue;
    const { type, response: carried } = event as { type?: unknown; response?: unknown };
    if (
      typeof type === 'string' &&
      terminalTypes.has(type) &&
      typeof carried === 'object' &&
      carried !== null
    ) {
      response = carried as ResponseObject;
    }
  }
  return response;
}

/** An output item as `response.output_item.added` announces it: no text or arguments yet. */
function openItem(item: ResponseOutputItem): ResponseOutputItem {
  if (item.type === 'message') return { ...item, status: 'in_progress', content: [] };
  if (item.type === 'function_call') return { ...item, status: 'in_progress', arguments: '' };
  return item;
}
