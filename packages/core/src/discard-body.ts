/** Releases the body of a response nobody will read, so its connection can be reused or closed. */
export function discardBody(response: Response): void {
  if (response.body !== null && !response.bodyUsed) response.body.cancel().catch(() => {});
}
