import { type BodyOutcome, tapResponse } from '@switchyard/core';
import { observeJsonBody, type ResponseObservation } from './response-observation.js';
import { utf8Text } from './utf8-text.js';

/** Called once with what was learned, when the body ended, failed or was cancelled. */
export type JsonObservationEnd = (
  observation: ResponseObservation,
  outcome: BodyOutcome,
  error?: unknown,
) => void;

/**
 * `response` with its JSON body observed as the caller reads it. The bytes pass unchanged; the
 * facts come from one parse of the whole body:
 * - read through `json()`, the caller's own parse: the answer is not parsed twice. `json()` is
 *   wrapped on this response only (an own, non-enumerable property around the `json` it had, so
 *   nested observers share the same parse); it resolves and rejects as before.
 * - read any other way (`text()`, the stream, a clone), a parse of the bytes once they have passed.
 *
 * A body that is not JSON after all is observed as empty.
 */
export function observeJsonResponse(response: Response, onEnd: JsonObservationEnd): Response {
  const chunks: Uint8Array[] = [];
  const observation: ResponseObservation = {};
  // Set while the caller's `json()` reads: its parse, not ours, gives the facts.
  let readerParses = false;
  let completedUnobserved = false;
  const tapped = tapResponse(response, {
    transform(chunk) {
      chunks.push(chunk);
      return chunk;
    },
    flush() {
      if (!readerParses) observeText(chunks, observation);
      return null;
    },
    end(outcome, error) {
      if (readerParses && outcome === 'completed') completedUnobserved = true;
      else onEnd(observation, outcome, error);
    },
  });
  if (tapped.body === null) return tapped;
  const parseAsBefore = tapped.json;
  Object.defineProperty(tapped, 'json', {
    configurable: true,
    writable: true,
    value: async function json(this: Response): Promise<unknown> {
      // A json() refused at once (the body is used or being read) must not take over the parse.
      if (!this.bodyUsed && this.body?.locked !== true) readerParses = true;
      try {
        const value = await parseAsBefore.call(this);
        if (completedUnobserved) observeJsonBody(value, observation);
        return value;
      } finally {
        // Parsed or not (a body that is not JSON was still read), a completed body is recorded once.
        if (completedUnobserved) {
          completedUnobserved = false;
          onEnd(observation, 'completed');
        }
      }
    },
  });
  return tapped;
}

function observeText(chunks: Uint8Array[], observation: ResponseObservation): void {
  const text = utf8Text(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
  try {
    observeJsonBody(JSON.parse(text), observation);
  } catch {
    // Not JSON after all: the caller got the bytes as they came.
  }
}
