import { InvalidRequestOptionsError, type RequestOptions, validateRequestOptions } from '@switchyard/core';

/** What a gateway request says about routing and options in its `x-portkey-*` / `x-switchyard-*` headers. */
export interface GatewayHeaders {
  /** `x-portkey-config` / `x-switchyard-config`: JSON text or a config id. */
  config?: string;
  provider?: string;
  virtualKey?: string;
  /** The provider credential: `Authorization: Bearer` when it is not the gateway key. */
  apiKey?: string;
  /** The gateway key offered, from `x-portkey-api-key` or else `Authorization`. */
  gatewayKey?: string;
  /** Provider settings from headers, in config (snake_case) form. */
  settings: Record<string, unknown>;
  options: RequestOptions;
}

/** Reads one request header by lower-case name; `undefined` when absent. */
export type HeaderLookup = (name: string) => string | undefined;

/** Both header families a request may use for one setting: ours first, then Portkey's. */
function read(get: HeaderLookup, name: string): string | undefined {
  return get(`x-switchyard-${name}`) ?? get(`x-portkey-${name}`);
}

/** Provider settings Portkey reads from headers, by header suffix → config key. */
const settingHeaders: Record<string, string> = {
  'custom-host': 'custom_host',
  'openai-organization': 'openai_organization',
  'openai-project': 'openai_project',
  'anthropic-version': 'anthropic_version',
  'anthropic-beta': 'anthropic_beta',
  'azure-resource-name': 'resource_name',
  'azure-deployment-id': 'deployment_id',
  'azure-api-version': 'api_version',
  'azure-ad-token': 'azure_ad_token',
  'azure-model-name': 'azure_model_name',
  'azure-endpoint-name': 'azure_endpoint_name',
  'azure-foundry-url': 'azure_foundry_url',
  'aws-access-key-id': 'aws_access_key_id',
  'aws-secret-access-key': 'aws_secret_access_key',
  'aws-session-token': 'aws_session_token',
  'aws-region': 'aws_region',
  'vertex-project-id': 'vertex_project_id',
  'vertex-region': 'vertex_region',
};

/**
 * Reads the routing and option headers of a gateway request.
 *
 * @param expectsGatewayKey true when gateway keys are configured, so a lone `Authorization` is
 *   the gateway key rather than a provider credential.
 * @throws InvalidRequestOptionsError naming the header that is malformed.
 */
export function readGatewayHeaders(
  source: Headers | HeaderLookup,
  expectsGatewayKey: boolean,
): GatewayHeaders {
  const headers: HeaderLookup =
    typeof source === 'function' ? source : (name) => source.get(name) ?? undefined;
  const authorization = bearer(headers('authorization'));
  const portkeyKey = headers('x-portkey-api-key') ?? headers('x-switchyard-api-key');
  const gatewayKey = portkeyKey ?? (expectsGatewayKey ? authorization : undefined);
  // A client may send the gateway key both as x-portkey-api-key and as Authorization (an OpenAI
  // client given the gateway key as its apiKey): then Authorization is no provider credential.
  const apiKey =
    (portkeyKey !== undefined || !expectsGatewayKey) && authorization !== portkeyKey
      ? authorization
      : undefined;

  const settings: Record<string, unknown> = {};
  for (const [suffix, key] of Object.entries(settingHeaders)) {
    const value = read(headers, suffix);
    if (value !== undefined) settings[key] = value;
  }
  const serviceAccount = read(headers, 'vertex-service-account-json');
  if (serviceAccount !== undefined)
    settings.vertex_service_account_json = parseJson('vertex-service-account-json', serviceAccount);
  const forward = read(headers, 'forward-headers');
  if (forward !== undefined)
    settings.forward_headers = forward
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);

  const options: RequestOptions = {};
  const traceId = read(headers, 'trace-id');
  if (traceId !== undefined) options.traceId = traceId;
  const metadata = read(headers, 'metadata');
  if (metadata !== undefined) options.metadata = parseJson('metadata', metadata) as Record<string, string>;
  const timeoutMs = read(headers, 'request-timeout') ?? headers('x-switchyard-timeout-ms');
  if (timeoutMs !== undefined) options.timeoutMs = parseInteger('request-timeout', timeoutMs);
  const forceRefresh = read(headers, 'cache-force-refresh');
  if (forceRefresh !== undefined)
    options.cacheForceRefresh = parseBoolean('cache-force-refresh', forceRefresh);
  const namespace = read(headers, 'cache-namespace');
  if (namespace !== undefined) options.cacheNamespace = namespace;

  const result: GatewayHeaders = { settings, options: validated(options) };
  const config = read(headers, 'config');
  if (config !== undefined) result.config = config;
  const provider = read(headers, 'provider');
  if (provider !== undefined) result.provider = provider;
  const virtualKey = read(headers, 'virtual-key');
  if (virtualKey !== undefined) result.virtualKey = virtualKey;
  if (apiKey !== undefined) result.apiKey = apiKey;
  if (gatewayKey !== undefined) result.gatewayKey = gatewayKey;
  return result;
}

/** The header each per-request option comes from, for errors that name what the client sent. */
const optionHeaders: Record<string, string> = {
  traceId: 'x-portkey-trace-id',
  metadata: 'x-portkey-metadata',
  timeoutMs: 'x-portkey-request-timeout',
  cacheForceRefresh: 'x-portkey-cache-force-refresh',
  cacheNamespace: 'x-portkey-cache-namespace',
};

/** The options checked as `withRequestOptions` would, with errors naming the header at fault. */
function validated(options: RequestOptions): RequestOptions {
  if (Object.keys(options).length === 0) return options;
  try {
    return validateRequestOptions(options);
  } catch (error) {
    if (!(error instanceof InvalidRequestOptionsError)) throw error;
    const [option = '', ...path] = error.option.split('.');
    const header = optionHeaders[option];
    if (header === undefined) throw error;
    const problem = error.message.slice(error.option.length + 1);
    throw new InvalidRequestOptionsError(path.length > 0 ? `${header} (${path.join('.')})` : header, problem);
  }
}

function bearer(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(value.trim());
  return match ? match[1] : value.trim() || undefined;
}

function parseJson(name: string, value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw new InvalidRequestOptionsError(`x-portkey-${name}`, 'must be valid JSON');
  }
}

function parseInteger(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    throw new InvalidRequestOptionsError(
      `x-portkey-${name}`,
      'must be a positive integer number of milliseconds',
    );
  }
  return number;
}

function parseBoolean(name: string, value: string): boolean {
  const lower = value.trim().toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  throw new InvalidRequestOptionsError(`x-portkey-${name}`, 'must be true or false');
}
