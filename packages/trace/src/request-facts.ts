import { readJsonBody } from '@switchyard/core';
import { splitRequestURL } from '@switchyard/core/internal';
import { messagesEndpoint } from '@switchyard/messages-api';
import { responsesRoute } from '@switchyard/responses-api';

/**
 * The generation API a request speaks: OpenAI's chat completions, Anthropic's Messages API
 * (`…/v1/messages`), OpenAI's Responses API (`POST …/responses`). Their GenAI operation is `chat`
 * alike; only chat completions need asking for stream usage (the others always report it).
 */
export type GenerationApi = 'chat_completions' | 'messages' | 'responses';

/** What trace needs to know of a request before sending it. */
export interface RequestFacts {
  method: string;
  /** The URL path, never the query string (it may carry a key, as Gemini's `?key=` does). */
  path: string;
  operation: string;
  /** The generation API of the path; undefined for embeddings, images, audio and the rest. */
  api: GenerationApi | undefined;
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
    api: generationApiOf(request.method, path),
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

/** The generation API `method` and `path` call, if any. */
export function generationApiOf(method: string, path: string): GenerationApi | undefined {
  if (path.endsWith('/chat/completions')) return 'chat_completions';
  if (messagesEndpoint(path) === 'messages') return 'messages';
  if (responsesRoute(method, path)?.kind === 'create') return 'responses';
  return undefined;
}

/**
 * The GenAI semantic-convention operation name for an API path: `chat` for chat completions,
 * Anthropic's Messages API and OpenAI's Responses API.
 */
export function operationOf(path: string): string {
  if (path.endsWith('/chat/completions')) return 'chat';
  if (messagesEndpoint(path) === 'messages' || responsesRoute('POST', path)?.kind === 'create') return 'chat';
  if (path.endsWith('/completions')) return 'text_completion';
  if (path.endsWith('/embeddings')) return 'embeddings';
  if (path.includes('/images/') || path.includes('/audio/')) return 'generate_content';
  return 'other';
}
