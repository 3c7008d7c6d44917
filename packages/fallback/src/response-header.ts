/**
 * `response` with header `name` set to `value`. Responses from `fetch` have immutable headers;
 * those are copied into a new `Response` around the same body stream (nothing is read).
 */
export function withResponseHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    headers.set(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

/** Releases the body of a response nobody will read, so its connection can be reused or closed. */
export function discardBody(response: Response): void {
  if (response.body !== null && !response.bodyUsed) response.body.cancel().catch(() => {});
}
