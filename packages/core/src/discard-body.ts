import { TextBodyResponse } from './text-body-response.js';

/** Releases the body of a response nobody will read, so its connection can be reused or closed. */
export function discardBody(response: Response): void {
  // A body held in memory has no connection to release; asking for its stream would make one.
  if (response instanceof TextBodyResponse) return;
  if (response.body !== null && !response.bodyUsed) response.body.cancel().catch(() => {});
}
