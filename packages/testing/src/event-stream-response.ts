/**
 * A `text/event-stream` Response of `events` as the Messages and Responses APIs stream them: each an
 * `event: <type>` line and its JSON on a `data:` line, with no `[DONE]` at the end.
 */
export function eventStreamResponse(events: ReadonlyArray<{ type: string }>): Response {
  const text = events.map((event) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`).join('');
  return new Response(text, { headers: { 'content-type': 'text/event-stream' } });
}
