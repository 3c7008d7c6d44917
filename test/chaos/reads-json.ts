import { type Middleware, UpstreamProtocolError } from '@switchyard/core';

/**
 * Reads a successful JSON response whole and checks that it parses, throwing
 * `UpstreamProtocolError` for a cut or malformed body: the part of a provider middleware's
 * response translation that makes such faults retryable. Event streams and errors pass through.
 */
export function readsJson(): Middleware {
  return (next) => async (request) => {
    const response = await next(request);
    if (!response.ok || response.headers.get('content-type')?.startsWith('text/event-stream'))
      return response;
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (request.signal.aborted) throw request.signal.reason;
      throw new UpstreamProtocolError('The JSON body broke off', { cause: error });
    }
    try {
      JSON.parse(text);
    } catch (error) {
      throw new UpstreamProtocolError('The JSON body is malformed', { cause: error });
    }
    return new Response(text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
