import {
  type ChatCompletionRequest,
  compose,
  type EmbeddingRequest,
  errorCodeForStatus,
  errorResponse,
  type Handler,
  type Middleware,
  RequestTranslationError,
  UpstreamProtocolError,
} from '@switchyard/core';
import {
  awaitFirstContent,
  chatOrEmbeddingsEndpoint,
  deriveRequest,
  embeddingResponse,
  parseBaseURL,
  readModelRequest,
  readUpstreamJson,
  responseHeaders,
  transportSignal,
  withOptionHeaders,
} from '@switchyard/core/internal';
import { messagesOverChat } from '@switchyard/messages-api';
import { responsesOverChat } from '@switchyard/responses-api';
import {
  type AwsCredentials,
  type AwsCredentialsSource,
  resolveAuth,
  resolveRegion,
} from './aws-credentials.js';
import { embeddingCalls } from './bedrock-embeddings.js';
import { filteredMessage, toOpenAIError } from './bedrock-errors.js';
import { toConverseRequest } from './converse-request.js';
import { completionIdentity, toChatCompletion } from './converse-response.js';
import { translateConverseStream } from './converse-stream.js';
import type { ConverseResponse } from './converse-types.js';
import { requestSigner } from './sign-request.js';

/** Options of `bedrock`. Credentials come from the options or, when none are given, the environment. */
export interface BedrockOptions {
  /** The AWS region. Default: `AWS_REGION`, else `AWS_DEFAULT_REGION` from the environment. */
  region?: string;
  /**
   * An Amazon Bedrock API key, sent as `Authorization: Bearer` instead of SigV4 signing. Default:
   * `AWS_BEARER_TOKEN_BEDROCK` from the environment when no SigV4 credentials are given in options.
   */
  apiKey?: string;
  /** Default: `AWS_ACCESS_KEY_ID` from the environment (when no credentials are given in options). */
  accessKeyId?: string;
  /** Default: `AWS_SECRET_ACCESS_KEY` from the environment (when no credentials are given in options). */
  secretAccessKey?: string;
  /** For temporary credentials. Default: `AWS_SESSION_TOKEN` from the environment when the keys come from there too. */
  sessionToken?: string;
  /** Credentials, or an async function returning fresh ones per request (instead of the three fields above). Default: none. */
  credentials?: AwsCredentialsSource;
  /** The Bedrock Runtime API root. Default: `https://bedrock-runtime.{region}.amazonaws.com`. */
  baseURL?: string | URL;
}

const providerHeaders = { [responseHeaders.provider]: 'bedrock' };
/** Titan embedding calls in flight at once for one OpenAI embeddings request. */
const embeddingConcurrency = 8;
// The headers core's `sseResponse` sets, for the stream this provider writes itself.
const sseHeaders = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache',
  ...providerHeaders,
};

/**
 * AWS Bedrock as a Switchyard provider: OpenAI chat completions (streaming, tools, JSON answers,
 * images, documents) on the Converse / ConverseStream API for Anthropic, Meta, Mistral, Amazon Nova
 * and Cohere models, and embeddings (Titan text, Cohere embed) on InvokeModel. Every request is
 * signed with SigV4, or carries an Amazon Bedrock API key. OpenAI's Responses API (`/responses`)
 * is answered through the chat translation (`responsesOverChat`).
 *
 * @throws TypeError when the region or credentials are missing or malformed.
 */
export function bedrock(options: BedrockOptions = {}): Middleware {
  const region = resolveRegion(options.region);
  const auth = resolveAuth(options);
  const base = parseBaseURL('bedrock', options.baseURL ?? `https://bedrock-runtime.${region}.amazonaws.com`);
  const root = `${base.origin}${base.pathname.replace(/\/$/, '')}`;
  const apiKey = 'apiKey' in auth ? auth.apiKey : undefined;
  const signer = 'credentials' in auth ? requestSigner('bedrock', region, auth.credentials) : undefined;

  const fail = (status: number, message: string, param: string | null) =>
    errorResponse(status, `bedrock: ${message}`, {
      param,
      code: errorCodeForStatus(status),
      headers: providerHeaders,
    });

  const chatProvider: Middleware = (next: Handler): Handler =>
    async function bedrock(request) {
      const endpoint = chatOrEmbeddingsEndpoint(request, 'bedrock', providerHeaders);
      if (endpoint instanceof Response) return endpoint;
      const body = await readModelRequest<ChatCompletionRequest & EmbeddingRequest>(
        request,
        'bedrock',
        providerHeaders,
      );
      if (body instanceof Response) return body;
      const model = body.model;
      const modelPath = `/model/${encodeURIComponent(model)}`;

      let signedWith: AwsCredentials | undefined;
      const send = async (action: string, native: unknown, accept: string): Promise<Response> => {
        const url = new URL(`${root}${modelPath}/${action}`);
        const text = JSON.stringify(native);
        let headers: Headers;
        if (signer) {
          const signed = await signer.sign({
            method: 'POST',
            url,
            headers: { 'content-type': 'application/json', accept },
            body: text,
          });
          signedWith = signed.credentials;
          headers = signed.headers;
        } else {
          headers = new Headers({
            'content-type': 'application/json',
            accept,
            authorization: `Bearer ${apiKey}`,
          });
        }
        // Per-request options travel on unsigned: the transport strips them before sending.
        withOptionHeaders(headers, request);
        return next(deriveRequest(request, { url: url.href, method: 'POST', headers, body: text }, next));
      };
      const redact = (text: string): string =>
        redactSecrets(text, [
          signedWith?.secretAccessKey,
          signedWith?.sessionToken,
          signedWith?.accessKeyId,
          apiKey,
        ]);

      if (endpoint === 'embeddings') {
        let calls: ReturnType<typeof embeddingCalls>;
        try {
          calls = embeddingCalls(body, model);
        } catch (error) {
          if (error instanceof RequestTranslationError) return fail(400, error.message, error.param);
          throw error;
        }
        // Titan embeds one text per call: a few calls at a time, stopping at the first failure.
        const answers: unknown[] = [];
        let failed: Response | undefined;
        let nextCall = 0;
        let threw = false;
        const worker = async (): Promise<void> => {
          while (!threw && failed === undefined && nextCall < calls.length) {
            const index = nextCall++;
            const response = await send('invoke', calls[index]!.body, 'application/json').catch(
              (error: unknown) => {
                threw = true;
                throw error;
              },
            );
            if (!response.ok) {
              if (failed === undefined) failed = response;
              else await response.body?.cancel();
              return;
            }
            answers[index] = await readUpstreamJson(response, 'bedrock');
          }
        };
        await Promise.all(Array.from({ length: Math.min(embeddingConcurrency, calls.length) }, worker));
        if (failed) return toOpenAIError(failed, redact);
        const vectors: number[][] = [];
        let promptTokens = 0;
        for (const [i, call] of calls.entries()) {
          try {
            const read = call.read(answers[i]);
            vectors.push(...read.vectors);
            promptTokens += read.promptTokens;
          } catch (error) {
            throw new UpstreamProtocolError(
              `bedrock: unexpected embeddings answer: ${(error as Error).message}`,
            );
          }
        }
        return jsonAnswer(embeddingResponse(vectors, promptTokens, model, body.encoding_format));
      }

      let translation: ReturnType<typeof toConverseRequest>;
      try {
        translation = toConverseRequest(body, model);
      } catch (error) {
        if (error instanceof RequestTranslationError) return fail(400, error.message, error.param);
        throw error;
      }
      const stream = body.stream === true;
      const response = await send(
        stream ? 'converse-stream' : 'converse',
        translation.request,
        stream ? 'application/vnd.amazon.eventstream' : 'application/json',
      );
      if (!response.ok) return toOpenAIError(response, redact);
      const identity = completionIdentity(response, model);
      if (stream) {
        if (response.body === null) throw new UpstreamProtocolError('bedrock: stream answer has no body');
        const sse = translateConverseStream(response.body, {
          identity,
          includeUsage: body.stream_options?.include_usage === true,
          jsonTool: translation.jsonTool,
          redact,
        });
        // A stream that fails before its first content is answered as the error it is, so a
        // fallback or a retry can act on it as on an error answer.
        return awaitFirstContent(new Response(sse, { headers: sseHeaders }), transportSignal(request));
      }
      const native = (await readUpstreamJson(response, 'bedrock')) as ConverseResponse;
      const completion = toChatCompletion(native, identity, translation.jsonTool);
      const choice = completion.choices[0];
      if (
        choice?.finish_reason === 'content_filter' &&
        !choice.message.content &&
        !choice.message.tool_calls
      ) {
        // A filter stop without any content is an error answer, as Azure's content filter gives one.
        return errorResponse(400, filteredMessage(native.stopReason ?? 'content_filtered'), {
          type: 'invalid_request_error',
          code: 'content_filter',
          headers: providerHeaders,
        });
      }
      return jsonAnswer(completion);
    };
  // Anthropic's Messages API and OpenAI's Responses API, answered through the chat translation above.
  return compose(messagesOverChat(), responsesOverChat(), chatProvider);
}

function jsonAnswer(body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json', ...providerHeaders },
  });
}

/**
 * `text` without credentials, and without the canonical request and string-to-sign that AWS
 * appends to signature-mismatch messages.
 */
function redactSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let result = text;
  const cut = result.indexOf('The Canonical String for this request');
  if (cut !== -1) result = result.slice(0, cut).trimEnd();
  for (const secret of secrets) {
    if (secret && secret.length >= 4) result = result.split(secret).join('[redacted]');
  }
  return result.replace(/Signature=[0-9a-f]{64}/g, 'Signature=[redacted]');
}
