/** One server-sent event. */
export interface SseEvent {
  /** The data lines joined with `\n`. */
  data: string;
  /** The `event:` field. Default: none (a `message` event). */
  event?: string | undefined;
  /** The `id:` field. Default: none. */
  id?: string | undefined;
}

/** The data OpenAI sends as the last event of a stream. */
export const sseDone = '[DONE]';
