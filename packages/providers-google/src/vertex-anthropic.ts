import {
  type ChatCompletionRequest,
  compose,
  errorResponse,
  type Handler,
  type Middleware,
  RequestTranslationError,
  readJsonBody,
} from '@switchyard/core';
import { deriveRequest, openaiEndpoint, upstreamHeaders, withOptionHeaders } from '@switchyard/core/internal';
import { messagesOverChat } from '@switchyard/messages-api';
import { chatAnswerOfClaude, toAnthropicRequest } from '@switchyard/providers-anthropic';
import { responsesOverChat } from '@switchyard/responses-api';
import { fromVertexAnthropicError } from './vertex-anthropic-error.js';

/** Where Claude models of one Vertex AI project and region are reached. */
export interface VertexAnthropicTarget {
  /** The `x-switchyard-provider` value. */
  name: string;
  /** The API root with its version, e.g. `https://us-east5-aiplatform.googleapis.com/v1`. */
  root: string;
  /** `projects/{project}/locations/{region}`. */
  location: string;
  /** An OAuth access token for the next request. */
  token: () => Promise<string>;
  /** `max_tokens` sent when the request has none (Anthropic requires one). */
  defaultMaxTokens: number;
}

/** The `anthropic_version` Vertex AI requires in the body of every Claude request. */
export const vertexAnthropicVersion = 'vertex-2023-10-16';

/** A model id of Anthropic's on Vertex AI: `claude-...` (optionally `@date`) or its publisher path. */
export function isVertexClaudeModel(model: unknown): model is string {
  return typeof model === 'string' && /^(publishers\/anthropic\/models\/)?claude-/.test(model);
}

const modelId = /^[\w.-]+(@[\w.-]+)?$/;

/**
 * Vertex AI in front of two model families: requests naming a Claude model (`claude-*`) go to
 * `claude`, everything else to `google`. Anthropic's Messages API and OpenAI's Responses API are
 * translated to chat completions first, so both families serve them.
 */
export function routeVertexModels(claude: Middleware, google: Middleware): Middleware {
  return compose(messagesOverChat(), responsesOverChat(), (next: Handler) => {
    const toClaude = claude(next);
    const toGoogle = google(next);
    return async function routeVertexModels(request) {
      if (request.method !== 'POST' || openaiEndpoint(new URL(request.url)) !== 'chat/completions') {
        return toGoogle(request);
      }
      let model: unknown;
      try {
        model = (await readJsonBody<{ model?: unknown }>(request))?.model;
      } catch {
        return toGoogle(request);
      }
      return isVertexClaudeModel(model) ? toClaude(request) : toGoogle(request);
    };
  });
}

/**
 * Claude on Vertex AI: an OpenAI chat completion request (JSON or streaming) translated by
 * `@switchyard/providers-anthropic` to Anthropic's Messages API and sent to the model's
 * `:rawPredict` (`:streamRawPredict` when streaming) with the model in the URL, not the body, and
 * `anthropic_version: "vertex-2023-10-16"` in the body. Answers and streams come back in OpenAI's
 * shapes; errors, in Anthropic's shape or Google's, in OpenAI's with a code from core's `errorCodes`.
 */
export function vertexAnthropicChat(target: VertexAnthropicTarget): Middleware {
  const providerHeaders = () => upstreamHeaders(new Response(null), target.name);
  const refuse = (message: string, param: string | null) =>
    errorResponse(400, `${target.name}: ${message}`, {
      param,
      code: 'invalid_request',
      headers: providerHeaders(),
    });
  return (next: Handler) =>
    async function vertexAnthropic(request) {
      let body: ChatCompletionRequest;
      try {
        body = await readJsonBody<ChatCompletionRequest>(request);
      } catch {
        return refuse('the request body is not valid JSON', null);
      }
      const model = body.model.replace(/^publishers\/anthropic\/models\//, '');
      if (!modelId.test(model))
        return refuse(`model ${JSON.stringify(body.model)} is not a Claude model id`, 'model');
      let translated: ReturnType<typeof toAnthropicRequest>;
      try {
        translated = toAnthropicRequest(body, target.defaultMaxTokens);
      } catch (error) {
        if (!(error instanceof RequestTranslationError)) throw error;
        return refuse(`${error.param}: ${error.message}`, error.param);
      }
      const { model: _inURL, ...rest } = translated.body;
      const streaming = rest.stream === true;
      const token = await target.token();
      const headers = withOptionHeaders(
        new Headers({
          accept: streaming ? 'text/event-stream' : 'application/json',
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        }),
        request,
      );
      const method = streaming ? 'streamRawPredict' : 'rawPredict';
      const url = `${target.root}/${target.location}/publishers/anthropic/models/${model}:${method}`;
      const native = deriveRequest(
        request,
        {
          url,
          method: 'POST',
          headers,
          body: JSON.stringify({ anthropic_version: vertexAnthropicVersion, ...rest }),
        },
        next,
      );
      const response = await next(native);
      const outHeaders = upstreamHeaders(response, target.name);
      if (!response.ok) return fromVertexAnthropicError(response, outHeaders, target.name);
      return chatAnswerOfClaude(response, request, translated, outHeaders, target.name);
    };
}
