import {
  type ChatCompletionRequest,
  compose,
  type EmbeddingRequest,
  errorCodeForStatus,
  errorResponse,
  type Handler,
  type Middleware,
  RequestTranslationError,
  sseResponse,
  UpstreamProtocolError,
} from '@switchyard/core';
import {
  awaitFirstContent,
  chatOrEmbeddingsEndpoint,
  deriveRequest,
  embeddingResponse,
  readModelRequest,
  readUpstreamJson,
  responseHeaders,
  transportSignal,
  withOptionHeaders,
} from '@switchyard/core/internal';
import { messagesOverChat } from '@switchyard/messages-api';
import { responsesOverChat } from '@switchyard/responses-api';
import type { EmbeddingCall } from './embeddings.js';
import { toGenerateContentRequest } from './gemini-chat-request.js';
import { completionIdentity, toChatCompletion, withheldReason } from './gemini-chat-response.js';
import { translateGeminiStream } from './gemini-stream.js';
import type { GenerateContentResponse } from './gemini-types.js';
import { toOpenAIError, withheldMessage } from './google-errors.js';

/** Credentials for one native request, and the secret values that must never be shown. */
export interface GoogleAuthentication {
  headers: Record<string, string>;
  secrets: string[];
}

/** How one Google API (Gemini API or Vertex AI) is reached. */
export interface GoogleTarget {
  /** The `x-switchyard-provider` value. */
  name: string;
  /** The URL of a model, to which `:method` is appended. */
  modelURL: (model: string) => string;
  /** Auth headers for the next request; may fetch a token. */
  authenticate: () => Promise<GoogleAuthentication>;
  /** The native embeddings call for an OpenAI embeddings body. */
  embeddingCall: (body: EmbeddingRequest, model: string) => EmbeddingCall;
}

/** The middleware shared by `gemini()` and `vertex()`: routing, translation and error shaping. */
export function googleProvider(target: GoogleTarget): Middleware {
  const providerHeaders = { [responseHeaders.provider]: target.name };
  const fail = (status: number, message: string, param: string | null = null) =>
    errorResponse(status, `${target.name}: ${message}`, {
      param,
      code: errorCodeForStatus(status),
      headers: providerHeaders,
    });

  const chatProvider: Middleware = (next: Handler): Handler =>
    async function googleProvider(request) {
      const endpoint = chatOrEmbeddingsEndpoint(request, target.name, providerHeaders);
      if (endpoint instanceof Response) return endpoint;
      const body = await readModelRequest<ChatCompletionRequest & EmbeddingRequest>(
        request,
        target.name,
        providerHeaders,
      );
      if (body instanceof Response) return body;
      const model = body.model.startsWith('models/') ? body.model.slice('models/'.length) : body.model;
      const stream = endpoint === 'chat/completions' && body.stream === true;
      let method: string;
      let nativeBody: unknown;
      let embeddingCall: EmbeddingCall | undefined;
      try {
        if (endpoint === 'chat/completions') {
          method = stream ? 'streamGenerateContent?alt=sse' : 'generateContent';
          nativeBody = toGenerateContentRequest(body);
        } else {
          embeddingCall = target.embeddingCall(body, model);
          method = embeddingCall.method;
          nativeBody = embeddingCall.body;
        }
      } catch (error) {
        if (error instanceof RequestTranslationError) return fail(400, error.message, error.param);
        throw error;
      }

      let auth: GoogleAuthentication;
      try {
        auth = await target.authenticate();
      } catch (error) {
        return fail(401, `could not obtain credentials: ${describeAuthFailure(error)}`);
      }
      const redact = redactor(auth.secrets);
      const headers = new Headers(auth.headers);
      headers.set('content-type', 'application/json');
      // Per-request options travel on; the transport strips them before sending.
      withOptionHeaders(headers, request);
      const nativeRequest = deriveRequest(
        request,
        {
          url: `${target.modelURL(model)}:${method}`,
          method: 'POST',
          headers,
          body: JSON.stringify(nativeBody),
        },
        next,
      );
      const response = await next(nativeRequest);
      if (!response.ok) return toOpenAIError(response, target.name, redact);

      if (stream) {
        if (response.body === null)
          throw new UpstreamProtocolError(`${target.name}: stream answer has no body`);
        const events = translateGeminiStream(response.body, {
          model,
          includeUsage: body.stream_options?.include_usage === true,
          redact,
        });
        // A stream that fails (or is refused) before its first content is answered as the error it
        // is, so a fallback or a retry can act on it as on an error answer.
        return awaitFirstContent(
          sseResponse(events, { status: response.status, headers: providerHeaders }),
          transportSignal(request),
        );
      }
      const native = await readUpstreamJson(response, target.name);
      let answer: unknown;
      if (embeddingCall) {
        let read: ReturnType<EmbeddingCall['read']>;
        try {
          read = embeddingCall.read(native);
        } catch (error) {
          throw new UpstreamProtocolError(
            `${target.name}: unexpected embeddings answer: ${(error as Error).message}`,
          );
        }
        answer = embeddingResponse(read.vectors, read.promptTokens, model, body.encoding_format);
      } else {
        const completion = native as GenerateContentResponse;
        const withheld = withheldReason(completion);
        if (withheld) {
          // A refusal without any content is an error answer, as Azure's content filter gives one.
          return errorResponse(400, withheldMessage(withheld.what, withheld.reason), {
            type: 'invalid_request_error',
            code: 'content_filter',
            headers: providerHeaders,
          });
        }
        answer = toChatCompletion(completion, completionIdentity(completion, model));
      }
      return new Response(JSON.stringify(answer), {
        status: response.status,
        headers: { 'content-type': 'application/json', ...providerHeaders },
      });
    };
  // Anthropic's Messages API and OpenAI's Responses API, answered through the chat translation above.
  return compose(messagesOverChat(), responsesOverChat(), chatProvider);
}

/** Replaces every secret with `[redacted]`. */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const present = secrets.filter((secret) => secret.length >= 4);
  if (present.length === 0) return (text) => text;
  return (text) => {
    let result = text;
    for (const secret of present) result = result.split(secret).join('[redacted]');
    return result;
  };
}

// Token endpoint failures may echo the signed assertion: keep only a short, JWT-free reason.
function describeAuthFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[redacted]').slice(0, 200);
}
