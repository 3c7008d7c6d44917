/**
 * `response` with `headers` set. A response built with `new Response(...)` (type `default`) has
 * mutable headers and is changed in place, so a pipeline that marks a response several times
 * copies it at most once. A `fetch` response's headers are immutable: it is re-wrapped once
 * around the same body stream (nothing is read, no exception is thrown on the hot path).
 */
export function withResponseHeaders(response: Response, headers: Readonly<Record<string, string>>): Response {
  if (response.type === 'default') {
    try {
      for (const name in headers) response.headers.set(name, headers[name]!);
      return response;
    } catch {
      // `Response.redirect()` and `Response.error()` answers are immutable too: copy below.
    }
  }
  const copy = new Headers(response.headers);
  for (const name in headers) copy.set(name, headers[name]!);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: copy,
  });
}
