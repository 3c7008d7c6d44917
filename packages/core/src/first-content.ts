import { createParser } from 'eventsource-parser';
import { tappedStream } from './body-tap.js';
import { concatBytes } from './concat-bytes.js';
import { type ErrorCode, isErrorCode } from './error-codes.js';
import { errorResponse } from './error-response.js';
import { UpstreamProtocolError } from './errors/upstream-protocol-error.js';
import { markFirstByteSettled } from './first-byte.js';

/** The status a stream that failed before its first content is answered with, by its code. */
const statusOfCode: Record<ErrorCode, number> = {
  context_length_exceeded: 400,
  content_filter: 400,
  rate_limit_exceeded: 429,
  overloaded: 503,
  invalid_api_key: 401,
  permission_denied: 403,
  model_not_found: 404,
  invalid_request: 400,
  server_error: 502,
  timeout: 504,
};

interface StreamError {
  message?: unknown;
  type?: unknown;
  code?: unknown;
}

/**
 * For a successful chat completion event stream a provider translated into OpenAI's chunks: waits
 * until it carries content (text, a tool call, a refusal or a finish reason), so that a stream
 * that fails before any (its first event is an error event, or it ends having sent only its role)
 * is answered as the error it is, with a status a fallback or a retry acts on: the error event's
 * `code` (one of `errorCodes`; any other is `server_error`) gives the status, `overloaded` 503,
 * `rate_limit_exceeded` 429, `server_error` 502, ...; its message and type are kept. Otherwise the
 * stream is handed on with every byte, those read included, and marked first-byte settled. Other
 * responses are returned as they are. `signal`: the caller's (`undefined`: nothing can abort).
 *
 * @throws UpstreamProtocolError when the body itself fails before its first content (the caller's
 *   abort is rethrown as its reason).
 */
export async function awaitFirstContent(
  response: Response,
  signal: AbortSignal | undefined,
): Promise<Response> {
  if (!response.ok || response.body === null) return response;
  if (response.headers.get('content-type')?.startsWith('text/event-stream') !== true) return response;
  const reader = response.body.getReader();
  const held: Uint8Array[] = [];
  let state = 'waiting' as 'waiting' | 'content' | StreamError;
  const parser = createParser({
    onEvent(event) {
      if (state === 'waiting') state = judge(event.data);
    },
  });
  const decoder = new TextDecoder();
  const cancel = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  let ended = false;
  try {
    while (state === 'waiting') {
      const next = await reader.read();
      if (next.done) {
        ended = true;
        break;
      }
      held.push(next.value);
      parser.feed(decoder.decode(next.value, { stream: true }));
    }
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new UpstreamProtocolError('The event stream failed before its first content', { cause: error });
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  if (signal?.aborted) throw signal.reason;
  if (state === 'content') {
    const body = tappedStream(reader, concatBytes(held));
    const answer = new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    return markFirstByteSettled(answer);
  }
  if (!ended) await reader.cancel().catch(() => undefined);
  const failure: StreamError =
    state === 'waiting' ? { message: 'The event stream ended before its first content' } : state;
  const code = isErrorCode(failure.code) ? failure.code : 'server_error';
  const message =
    typeof failure.message === 'string' && failure.message !== ''
      ? failure.message
      : 'The event stream failed before its first content';
  return errorResponse(statusOfCode[code], message, {
    type: typeof failure.type === 'string' ? failure.type : undefined,
    code,
    headers: response.headers,
  });
}

/** What one event says: content has come, the stream failed (its error), or nothing yet. */
function judge(data: string): 'waiting' | 'content' | StreamError {
  if (data === '[DONE]') return 'content';
  let event: { error?: unknown; choices?: unknown };
  try {
    event = JSON.parse(data) as typeof event;
  } catch {
    return { message: `The event stream sent an event that is not JSON: ${data.slice(0, 80)}` };
  }
  if (typeof event?.error === 'object' && event.error !== null) return event.error as StreamError;
  if (!Array.isArray(event?.choices)) return 'waiting';
  for (const choice of event.choices as Array<{ delta?: Record<string, unknown>; finish_reason?: unknown }>) {
    if (choice?.finish_reason) return 'content';
    const delta = choice?.delta;
    if (delta && (delta.content || delta.refusal || delta.tool_calls || delta.function_call))
      return 'content';
  }
  return 'waiting';
}
