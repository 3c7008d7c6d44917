import { readJsonBody } from '@switchyard/core';
import { splitRequestURL } from '@switchyard/core/internal';

/** What trace needs to know of a request before sending it. */
export interface RequestFacts {
  method: string;
  /** The URL path, never the query string (it may carry a key, as Gemini's `?key=` does). */
  path: string;
  operation: string;
  /** The parsed JSON body, when the request has one. */
  body: Record<string, unknown> | undefined;
  model: string | undefined;
  stream: boolean;
}

/**
 * Reads the facts of `request`. The body is parsed through core's memoized `readJsonBody`, so the
 * provider and the transport reuse the same bytes. A body that is not JSON is left alone.
 */
export async function readRequestFacts(request: Request): Promise<RequestFacts> {
  const path = splitRequestURL(request.url).pathname;
  const facts: RequestFacts = {
    method: request.method,
    path,
    operation: operationOf(path),
    body: undefined,
    model: undefined,
    stream: false,
  };
  if (request.method === 'GET' || request.method === 'HEAD' || !isJson(request)) return facts;
  try {
    const body = await readJsonBody(request);
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
      facts.body = body as Record<string, unknown>;
      if (typeof facts.body.model === 'string') facts.model = facts.body.model;
      facts.stream = facts.body.stream === true;
    }
  } catch {
    // A malformed body is the provider's to reject; the record still describes the call.
  }
  return facts;
}

function isJson(request: Request): boolean {
  const type = request.headers.get('content-type');
  return type === null || type.includes('json');
}

/** The GenAI semantic-convention operation name for an OpenAI API path. */
export function operationOf(path: string): string {
  if (path.endsWith('/chat/completions')) return 'chat';
  if (path.endsWith('/completions')) return 'text_completion';
  if (path.endsWith('/embeddings')) return 'embeddings';
  if (path.includes('/images/') || path.includes('/audio/')) return 'generate_content';
  return 'other';
}
