import { compose, errorResponse, type Handler, type Middleware, type ModelList } from '@switchyard/core';
import { deriveRequest, openaiEndpoint, parseBaseURL, upstreamHeaders } from '@switchyard/core/internal';
import { messagesOverChat } from '@switchyard/messages-api';
import { forwardedHeaders, passThroughAnswer } from '@switchyard/providers-openai';
import { responsesOverChat } from '@switchyard/responses-api';
import { type AzureAuth, type EntraToken, entraBearer, resolveAzureAuth } from './azure-auth.js';

/** Options of `azureAIInference`. Give one of `apiKey` or `entraToken`. */
export interface AzureAIInferenceOptions {
  /** The inference endpoint, e.g. `https://<resource>.services.ai.azure.com/models` or a serverless `https://<name>.<region>.models.ai.azure.com`. Required. */
  endpoint: string | URL;
  /** An API key, sent as `api-key` and as `Authorization: Bearer`, as Azure's own inference SDK does. Default: none. */
  apiKey?: string;
  /** A Microsoft Entra ID token (scope `https://cognitiveservices.azure.com/.default`) or a function returning a fresh one per request. Default: none. */
  entraToken?: EntraToken;
  /** The `api-version` query parameter. Default: `'2024-05-01-preview'` (the Azure AI Model Inference API version). */
  apiVersion?: string;
  /** The `extra-parameters` header: what the service does with parameters its API does not define. Default: not sent (the service answers 400). */
  extraParameters?: 'pass-through' | 'drop' | 'error';
  /** The value of the `x-switchyard-provider` response header. Default: `'azure-ai-inference'`. */
  name?: string;
}

/**
 * Azure AI Model Inference (Azure AI Foundry models: Mistral, Llama, Phi, DeepSeek, Cohere, ...)
 * as a provider. `/chat/completions` and `/embeddings` go to `<endpoint>/<path>?api-version=...`
 * (bodies and streams pass through: the API speaks OpenAI's format, `model` picks the deployment);
 * `/models` reads `GET <endpoint>/info` and answers an OpenAI model list of that one model.
 * Other endpoints answer 404. Error bodies are normalised to OpenAI's shape. OpenAI's Responses API
 * (`/responses`) is answered through chat completions (`responsesOverChat`).
 *
 * @throws TypeError at factory time naming the invalid option.
 */
export function azureAIInference(options: AzureAIInferenceOptions): Middleware {
  const settings = resolveOptions(options);
  const chatProvider: Middleware = (next: Handler) =>
    async function azureAIInference(request) {
      const url = new URL(request.url);
      const endpoint = openaiEndpoint(url);
      if (endpoint !== 'chat/completions' && endpoint !== 'embeddings' && endpoint !== 'models') {
        return errorResponse(404, `${settings.name} does not serve ${request.method} ${url.pathname}`, {
          code: 'unsupported_endpoint',
          headers: upstreamHeaders(new Response(null), settings.name),
        });
      }
      const target = new URL(`${settings.root}/${endpoint === 'models' ? 'info' : endpoint}`);
      target.searchParams.set('api-version', settings.apiVersion);
      const headers = forwardedHeaders(request.headers);
      await setAuth(headers, settings.auth, settings.name);
      if (settings.extraParameters) headers.set('extra-parameters', settings.extraParameters);
      const response = await next(deriveRequest(request, { url: target, headers }, next));
      if (endpoint === 'models' && response.ok) {
        return modelList(response, upstreamHeaders(response, settings.name));
      }
      return passThroughAnswer(response, settings.name, endpoint);
    };
  // Anthropic's Messages API and OpenAI's Responses API, answered through chat completions.
  return compose(messagesOverChat(), responsesOverChat(), chatProvider);
}

/** `GET /info` answers `{ model_name, model_type, model_provider_name }` for the endpoint's model. */
async function modelList(response: Response, headers: Headers): Promise<Response> {
  const info = (await response.json()) as { model_name?: string; model_provider_name?: string };
  const list: ModelList = {
    object: 'list',
    data:
      typeof info.model_name === 'string'
        ? [
            {
              id: info.model_name,
              object: 'model',
              created: 0,
              owned_by: info.model_provider_name ?? 'azure',
            },
          ]
        : [],
  };
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(list), { status: response.status, headers });
}

async function setAuth(headers: Headers, auth: AzureAuth, name: string): Promise<void> {
  if (auth.kind === 'apiKey') {
    headers.set('api-key', auth.apiKey);
    headers.set('authorization', `Bearer ${auth.apiKey}`);
  } else headers.set('authorization', await entraBearer(name, auth.token));
}

interface Settings {
  root: string;
  apiVersion: string;
  auth: AzureAuth;
  extraParameters: string | undefined;
  name: string;
}

function resolveOptions(options: AzureAIInferenceOptions): Settings {
  const where = 'azureAIInference';
  if (typeof options !== 'object' || options === null)
    throw new TypeError(`${where}: options must be an object`);
  if (options.endpoint === undefined) throw new TypeError(`${where}: endpoint is required`);
  const root = parseBaseURL(where, options.endpoint).href.replace(/\/+$/, '');
  const apiVersion = options.apiVersion ?? '2024-05-01-preview';
  if (typeof apiVersion !== 'string' || apiVersion === '')
    throw new TypeError(`${where}: apiVersion must be a non-empty string`);
  const extra = options.extraParameters;
  if (extra !== undefined && extra !== 'pass-through' && extra !== 'drop' && extra !== 'error') {
    throw new TypeError(
      `${where}: extraParameters must be 'pass-through', 'drop' or 'error'; got ${JSON.stringify(extra)}`,
    );
  }
  return {
    root,
    apiVersion,
    auth: resolveAzureAuth(where, options.apiKey, options.entraToken),
    extraParameters: extra,
    name: options.name ?? 'azure-ai-inference',
  };
}
