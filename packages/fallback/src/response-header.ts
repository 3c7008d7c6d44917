/**
 * `response` with header `name` set to `value`. Responses from `fetch` (type `basic`/`cors`) have
 * immutable headers; those are copied into a new `Response` around the same body stream (nothing
 * is read). The type is checked first because a failed `set` throws, which costs more than the copy.
 */
export function withResponseHeader(response: Response, name: string, value: string): Response {
  if (response.type === 'default') {
    try {
      response.headers.set(name, value);
      return response;
    } catch {
      // `Response.redirect()` and friends: immutable although `default`.
    }
  }
  const headers = new Headers(response.headers);
  headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Releases the body of a response nobody will read, so its connection can be reused or closed. */
export function discardBody(response: Response): void {
  if (response.body !== null && !response.bodyUsed) response.body.cancel().catch(() => {});
}
