import { compose, errorResponse, type Handler, type Middleware } from '@switchyard/core';
import { deriveRequest, openaiEndpoint, parseBaseURL, upstreamHeaders } from '@switchyard/core/internal';
import { messagesOverChat } from '@switchyard/messages-api';
import { forwardedHeaders, passThroughAnswer } from '@switchyard/providers-openai';
import { type AzureAuth, type EntraToken, entraBearer, resolveAzureAuth } from './azure-auth.js';

/** Options of `azureOpenAI`. Give one of `resourceName`, `endpoint` or `baseURL`, and one of `apiKey` or `entraToken`. */
export interface AzureOpenAIOptions {
  /** The Azure OpenAI resource name; the endpoint is `https://<resourceName>.openai.azure.com`. Default: none. */
  resourceName?: string;
  /** The resource endpoint, e.g. `https://my-resource.openai.azure.com`; `/openai` is appended. Default: none. */
  endpoint?: string | URL;
  /** The API root as the official SDK defines it (`<endpoint>/openai`), for proxies and tests. Default: none. */
  baseURL?: string | URL;
  /** The deployment that serves every request (`/openai/deployments/<deploymentId>/...`). Required unless `apiVersion` is `'v1'`. */
  deploymentId?: string;
  /** The `api-version` query parameter, or `'v1'` for Azure's v1 API (`/openai/v1/...`, no `api-version`, the body's `model` names the deployment). Default: `'2024-10-21'` (the latest dated GA version when written). */
  apiVersion?: string;
  /** An API key, sent as the `api-key` header. Default: none. */
  apiKey?: string;
  /** A Microsoft Entra ID token (scope `https://cognitiveservices.azure.com/.default`), or a function returning a fresh one per request (cache it there), sent as `Authorization: Bearer`. Default: none. */
  entraToken?: EntraToken;
  /** The value of the `x-switchyard-provider` response header. Default: `'azure-openai'`. */
  name?: string;
}

/**
 * Azure OpenAI as a provider: OpenAI-shaped requests go to
 * `<endpoint>/openai/deployments/<deploymentId>/<path>?api-version=<apiVersion>` (and `/models` to
 * `<endpoint>/openai/models`), or with `apiVersion: 'v1'` to `<endpoint>/openai/v1/<path>`, with `api-key` or an Entra ID bearer token in place of the caller's
 * auth. Bodies and streams pass through (Azure speaks OpenAI's format; its content-filter fields
 * are kept); error bodies are normalised to OpenAI's shape. OpenAI's Responses API passes through
 * natively to `<endpoint>/openai/v1/responses...` (with `apiVersion: 'v1'`) or
 * `<endpoint>/openai/responses...?api-version=<apiVersion>` (a preview version that has it).
 *
 * @throws TypeError at factory time naming the invalid option.
 */
export function azureOpenAI(options: AzureOpenAIOptions): Middleware {
  const settings = resolveOptions(options);
  const chatProvider: Middleware = (next: Handler) =>
    async function azureOpenAI(request) {
      const url = new URL(request.url);
      const endpoint = openaiEndpoint(url);
      const responses = responsesPath(url.pathname);
      if (endpoint === undefined && responses === undefined) {
        return errorResponse(404, `${settings.name} does not serve ${request.method} ${url.pathname}`, {
          code: 'unsupported_endpoint',
          headers: upstreamHeaders(new Response(null), settings.name),
        });
      }
      const path =
        responses === undefined
          ? nativePath(endpoint!, settings)
          : `${settings.apiVersion === 'v1' ? '/v1' : ''}${responses}`;
      const target = new URL(settings.root + path);
      for (const [name, value] of url.searchParams) target.searchParams.append(name, value);
      if (settings.apiVersion !== 'v1') target.searchParams.set('api-version', settings.apiVersion);
      const headers = forwardedHeaders(request.headers);
      await setAuth(headers, settings.auth, settings.name);
      return passThroughAnswer(
        await next(deriveRequest(request, { url: target, headers }, next)),
        settings.name,
        endpoint,
      );
    };
  // Anthropic's Messages API, answered through chat completions.
  return compose(messagesOverChat(), chatProvider);
}

/**
 * The Responses API path (`/responses`, `/responses/{id}`, `/responses/{id}/input_items`, ...) of
 * a request, or `undefined`. Azure serves it beside the deployments, not under one: the body's
 * `model` names the deployment, on the v1 API (`/openai/v1/responses`) or a preview `api-version`.
 */
function responsesPath(pathname: string): string | undefined {
  return /\/responses(?:\/.*)?$/.exec(pathname)?.[0];
}

function nativePath(endpoint: string, settings: Settings): string {
  if (settings.apiVersion === 'v1') return `/v1/${endpoint}`;
  return endpoint === 'models' ? '/models' : `/deployments/${settings.deployment}/${endpoint}`;
}

async function setAuth(headers: Headers, auth: AzureAuth, name: string): Promise<void> {
  if (auth.kind === 'apiKey') headers.set('api-key', auth.apiKey);
  else headers.set('authorization', await entraBearer(name, auth.token));
}

interface Settings {
  root: string;
  deployment: string;
  apiVersion: string;
  auth: AzureAuth;
  name: string;
}

function resolveOptions(options: AzureOpenAIOptions): Settings {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('azureOpenAI: options must be an object');
  const where = 'azureOpenAI';
  const given = [options.resourceName, options.endpoint, options.baseURL].filter(
    (value) => value !== undefined,
  );
  if (given.length !== 1)
    throw new TypeError(`${where}: give exactly one of resourceName, endpoint or baseURL`);
  let root: string;
  if (options.baseURL !== undefined) root = trim(parseBaseURL(where, options.baseURL).href);
  else if (options.endpoint !== undefined)
    root = `${trim(parseBaseURL(where, options.endpoint).href)}/openai`;
  else {
    const resource = options.resourceName;
    if (typeof resource !== 'string' || !/^[a-zA-Z0-9][a-zA-Z0-9-]*$/.test(resource)) {
      throw new TypeError(
        `${where}: resourceName must be letters, digits and hyphens; got ${JSON.stringify(resource)}`,
      );
    }
    root = `https://${resource}.openai.azure.com/openai`;
  }
  const apiVersion = options.apiVersion ?? '2024-10-21';
  if (typeof apiVersion !== 'string' || apiVersion === '') {
    throw new TypeError(`${where}: apiVersion must be a non-empty string`);
  }
  const deployment = options.deploymentId;
  if (
    (deployment !== undefined || apiVersion !== 'v1') &&
    (typeof deployment !== 'string' || deployment === '')
  ) {
    throw new TypeError(
      `${where}: deploymentId must be a non-empty string (it may be left out only with apiVersion 'v1')`,
    );
  }
  return {
    root,
    deployment: deployment === undefined ? '' : encodeURIComponent(deployment),
    apiVersion,
    auth: resolveAzureAuth(where, options.apiKey, options.entraToken),
    name: options.name ?? 'azure-openai',
  };
}

function trim(href: string): string {
  return href.replace(/\/+$/, '');
}
