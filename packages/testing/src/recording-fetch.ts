import { type FetchFunction, type Handler, toFetch } from '@switchyard/core';

/** A `fetch` over a handler, and the text of every response it gave. */
export interface RecordingFetch {
  /** `toFetch(handler)`, recording each response body (read from a clone, so the caller still gets it). */
  fetch: FetchFunction;
  /** Every response body so far, as text, in order. */
  bodies: string[];
}

/**
 * A `fetch` for an SDK client (`new OpenAI({ fetch })`) answering through `handler`, that keeps
 * the text of every response, e.g. to assert that no answer ever contains a secret.
 */
export function recordingFetch(handler: Handler): RecordingFetch {
  const fetch = toFetch(handler);
  const bodies: string[] = [];
  return {
    bodies,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      bodies.push(await response.clone().text());
      return response;
    },
  };
}
