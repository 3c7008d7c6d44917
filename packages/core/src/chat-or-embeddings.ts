import { errorResponse } from './error-response.js';
import { openaiEndpoint } from './openai-endpoint.js';
import { splitRequestURL } from './request-url.js';

/**
 * For a provider that translates chat completions and embeddings only: the endpoint `request`
 * asks for, or the 404 to answer (OpenAI-shaped, code `unsupported_endpoint`, carrying `headers`)
 * when it is another one or not a POST. `provider` names the provider in the message.
 */
export function chatOrEmbeddingsEndpoint(
  request: Request,
  provider: string,
  headers?: ConstructorParameters<typeof Headers>[0],
): 'chat/completions' | 'embeddings' | Response {
  const { pathname } = splitRequestURL(request.url);
  const endpoint = openaiEndpoint(pathname);
  if ((endpoint === 'chat/completions' || endpoint === 'embeddings') && request.method === 'POST') {
    return endpoint;
  }
  return errorResponse(
    404,
    `${provider}: ${request.method} ${pathname} is not supported; use POST /v1/chat/completions or /v1/embeddings`,
    { code: 'unsupported_endpoint', headers },
  );
}
