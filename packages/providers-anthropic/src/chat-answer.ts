import { errorResponse } from '@switchyard/core';
import { awaitFirstContent, readUpstreamJson, transportSignal } from '@switchyard/core/internal';
import { refusalMessage } from './anthropic-error.js';
import { translateAnthropicStream } from './anthropic-stream.js';
import type { AnthropicMessage } from './anthropic-types.js';
import { fromAnthropicMessage } from './from-anthropic-message.js';
import type { TranslatedRequest } from './to-anthropic-request.js';

/**
 * The chat completion for a Claude answer that succeeded (from Anthropic's API, or from Vertex AI's
 * rawPredict): its event stream translated, or its message. A stream that fails before its first
 * content, and a refusal without any content, are answered as the errors they are, so a fallback or
 * a retry can act on them.
 *
 * @param request the caller's request (its signal ends a stream still waiting for content).
 * @param headers the answer's headers so far (`upstreamHeaders`); content type set here.
 * @param name the provider's name, for messages.
 */
export async function chatAnswerOfClaude(
  response: Response,
  request: Request,
  translated: Pick<TranslatedRequest, 'jsonToolName' | 'includeUsage' | 'body'>,
  headers: Headers,
  name: string,
): Promise<Response> {
  const created = Math.floor(Date.now() / 1000);
  if (translated.body.stream === true) {
    if (response.body === null) {
      return errorResponse(502, `${name} answered a stream request without a body`, {
        code: 'server_error',
        headers,
      });
    }
    headers.set('content-type', 'text/event-stream; charset=utf-8');
    headers.set('cache-control', 'no-cache');
    const stream = translateAnthropicStream(response.body, {
      jsonToolName: translated.jsonToolName,
      includeUsage: translated.includeUsage,
      created,
    });
    return awaitFirstContent(
      new Response(stream, { status: response.status, headers }),
      transportSignal(request),
    );
  }
  const message = await readUpstreamJson<AnthropicMessage>(response, name);
  if (message.stop_reason === 'refusal' && (message.content ?? []).length === 0) {
    // A refusal without any content is an error answer, as Azure's content filter gives one.
    return errorResponse(400, refusalMessage, {
      type: 'invalid_request_error',
      code: 'content_filter',
      headers,
    });
  }
  const completion = fromAnthropicMessage(message, translated.jsonToolName, created);
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(completion), { status: response.status, headers });
}
