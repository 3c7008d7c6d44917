import { InvalidRequestOptionsError, type RequestOptions } from '@switchyard/core';
import { validateRequestOptions } from '@switchyard/core/internal';

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

/** Request headers as Node's `IncomingMessage` holds them: lower-case names, repeats as arrays. */
export type NodeHeaders = Readonly<Record<string, string | string[] | undefined>>;

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

/** Every header suffix read below, for a source that can only be asked name by name. */
const knownSuffixes = [
  ...Object.keys(settingHeaders),
  'vertex-service-account-json',
  'forward-headers',
  'trace-id',
  'metadata',
  'request-timeout',
  'timeout-ms',
  'cache-force-refresh',
  'cache-namespace',
  'config',
  'provider',
  'virtual-key',
  'api-key',
];

/** A request's `x-switchyard-*` and `x-portkey-*` headers by suffix, its `Authorization` and `x-api-key`. */
interface GatewayHeaderValues {
  authorization: string | undefined;
  /** Where Anthropic's SDK sends its key. */
  xApiKey: string | undefined;
  ours: Map<string, string>;
  portkey: Map<string, string>;
}

/**
 * Collects the headers that matter in one pass over the request's headers: a request carries a
 * handful, and asking for each of the ~30 names Portkey defines, in both families, costs more.
 */
function collect(source: Headers | HeaderLookup | NodeHeaders): GatewayHeaderValues {
  const values: GatewayHeaderValues = {
    authorization: undefined,
    xApiKey: undefined,
    ours: new Map(),
    portkey: new Map(),
  };
  const take = (name: string, value: string) => {
    if (name === 'authorization') values.authorization = value;
    else if (name === 'x-api-key') values.xApiKey = value;
    else if (name.startsWith('x-switchyard-')) values.ours.set(name.slice(13), value);
    else if (name.startsWith('x-portkey-')) values.portkey.set(name.slice(10), value);
  };
  if (typeof source === 'function') {
    values.authorization = source('authorization');
    values.xApiKey = source('x-api-key');
    for (const suffix of knownSuffixes) {
      const ours = source(`x-switchyard-${suffix}`);
      if (ours !== undefined) values.ours.set(suffix, ours);
      const portkey = source(`x-portkey-${suffix}`);
      if (portkey !== undefined) values.portkey.set(suffix, portkey);
    }
  } else if (source instanceof Headers) {
    for (const [name, value] of source) take(name, value);
  } else {
    for (const name in source) {
      const value = source[name];
      if (value !== undefined) take(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }
  return values;
}

/**
 * Reads the routing and option headers of a gateway request.
 *
 * @param source the request's headers: a `Headers`, Node's `IncomingMessage.headers`, or a lookup.
 * @param expectsGatewayKey true when gateway keys are configured, so a lone `Authorization` is
 *   the gateway key rather than a provider credential.
 * @throws InvalidRequestOptionsError naming the header that is malformed.
 */
export function readGatewayHeaders(
  source: Headers | HeaderLookup | NodeHeaders,
  expectsGatewayKey: boolean,
): GatewayHeaders {
  const values = collect(source);
  // Both header families may carry a setting: ours first, then Portkey's.
  const read = (suffix: string) => values.ours.get(suffix) ?? values.portkey.get(suffix);
  // An Anthropic SDK sends its key as x-api-key, as an OpenAI SDK sends it as Authorization.
  const authorization = bearer(values.authorization) ?? values.xApiKey;
  const portkeyKey = values.portkey.get('api-key') ?? values.ours.get('api-key');
  const gatewayKey = portkeyKey ?? (expectsGatewayKey ? authorization : undefined);
  // A client may send the gateway key both as x-portkey-api-key and as Authorization (an OpenAI
  // client given the gateway key as its apiKey): then Authorization is no provider credential.
  const apiKey =
    (portkeyKey !== undefined || !expectsGatewayKey) && authorization !== portkeyKey
      ? authorization
      : undefined;

  const settings: Record<string, unknown> = {};
  for (const [suffix, key] of Object.entries(settingHeaders)) {
    const value = read(suffix);
    if (value !== undefined) settings[key] = value;
  }
  const serviceAccount = read('vertex-service-account-json');
  if (serviceAccount !== undefined)
    settings.vertex_service_account_json = parseJson('vertex-service-account-json', serviceAccount);
  const forward = read('forward-headers');
  if (forward !== undefined)
    settings.forward_headers = forward
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);

  const options: RequestOptions = {};
  const traceId = read('trace-id');
  if (traceId !== undefined) options.traceId = traceId;
  const metadata = read('metadata');
  if (metadata !== undefined) options.metadata = parseJson('metadata', metadata) as Record<string, string>;
  const timeoutMs = read('request-timeout') ?? values.ours.get('timeout-ms');
  if (timeoutMs !== undefined) options.timeoutMs = parseInteger('request-timeout', timeoutMs);
  const forceRefresh = read('cache-force-refresh');
  if (forceRefresh !== undefined)
    options.cacheForceRefresh = parseBoolean('cache-force-refresh', forceRefresh);
  const namespace = read('cache-namespace');
  if (namespace !== undefined) options.cacheNamespace = namespace;

  const result: GatewayHeaders = { settings, options: validated(options) };
  const config = read('config');
  if (config !== undefined) result.config = config;
  const provider = read('provider');
  if (provider !== undefined) result.provider = provider;
  const virtualKey = read('virtual-key');
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
