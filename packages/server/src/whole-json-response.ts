import { errorToResponse } from './error-to-response.js';

/**
 * `response` with a JSON body read whole and sent with its `content-length`, the same status and
 * headers otherwise; any other response (an event stream, no body) as it is. A JSON answer is only
 * useful whole, and a host that writes a `Response` as it finds it (Next.js, `@hono/node-server`
 * for a body longer than its first reads) would otherwise send it chunked without a length. A body
 * that fails mid-way (the upstream cut the connection) becomes the 502 that names the failure.
 */
export async function wholeJsonResponse(response: Response): Promise<Response> {
  if (response.body === null || !isJson(response.headers.get('content-type'))) return response;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return wholeJsonResponse(errorToResponse(error));
  }
  const headers = new Headers(response.headers);
  headers.delete('transfer-encoding');
  headers.set('content-length', String(bytes.byteLength));
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
}

function isJson(contentType: string | null): boolean {
  if (contentType === null) return false;
  const type = contentType.split(';', 1)[0]!.trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json');
}
