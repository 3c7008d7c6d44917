import { type ConfigOrigin, createConfigCompiler, isConfigId } from '@switchyard/config';
import {
  ConfigError,
  compose,
  errorResponse,
  type Handler,
  type RequestOptions,
  withRequestOptions,
} from '@switchyard/core';
import { detachedRequest, isDetachSafe, rememberBody, requestSignal } from '@switchyard/core/internal';
import type { UsageStore } from '@switchyard/limits';
import { setDefaultResponseStore } from '@switchyard/responses-api';
import type { TraceSink } from '@switchyard/trace';
import { newTraceId } from '@switchyard/trace/internal';
import { undiciTransport } from '@switchyard/transport-undici';
import { type LiveFeed, liveRowOf, memoryLiveFeed, redisLiveFeed } from './dashboard/live-feed.js';
import { errorToResponse } from './error-to-response.js';
import {
  type GatewayKey,
  gatewayKeyChecker,
  gatewayKeysOf,
  isKeyed,
  type ResolvedGatewayKey,
} from './gateway-keys.js';
import { gatewayObserver } from './gateway-observer.js';
import type { GatewayOptions } from './gateway-options.js';
import { withSharedStores } from './gateway-redis.js';
import { limitedHandlers } from './key-limits.js';
import { configRefusal, modelRefusal } from './key-policy.js';
import type { GatewayHeaders } from './request-headers.js';

/** What every front of the gateway (the Hono app, `serve`'s Node listener) runs for a request. */
export interface GatewayCore {
  /** True when gateway API keys are configured. */
  readonly keyed: boolean;
  /**
   * Replaces the gateway keys with policies (`apiKeys` stay), for a keys file read again. Requests
   * in flight finish under the keys they started with.
   *
   * @throws ConfigError naming a mistake in `keys`; the old keys then stay.
   * @throws TypeError when the gateway was started without keys.
   */
  setKeys(keys: readonly GatewayKey[]): void;
  /** The gateway keys in force (with policies, and `apiKeys` as keys without one). */
  keys(): readonly ResolvedGatewayKey[];
  /**
   * Where usage per tenant and provider is summed (see `GatewayOptions.usage`); undefined when the
   * gateway records none.
   */
  readonly usage: UsageStore | undefined;
  /** The dashboard's live rows; undefined without an admin key. */
  readonly live: LiveFeed | undefined;
  /** Aborts once `close()` is called: what ends the dashboard's open live streams at shutdown. */
  readonly closing: AbortSignal;
  /** Ends the dashboard's live streams and lets go of what the core opened itself (the live feed's Redis subscription). */
  close(): Promise<void>;
  /**
   * The answer to `request` (its gateway headers already removed, `headers` read from them): a 401
   * without a valid gateway key, the pipeline's response, or an OpenAI-shaped error response. A
   * `ReadRequest` (the body already in memory) becomes a `Request` once the pipeline is chosen: a
   * detached one when every part of that pipeline is Switchyard's own.
   */
  handle(request: Request | ReadRequest, headers: GatewayHeaders): Promise<Response>;
}

/** A request whose body the gateway has read into memory itself (`serve`'s Node listener). */
export interface ReadRequest {
  url: string;
  method: string;
  /** Without the gateway's own headers. */
  headers: Record<string, string>;
  body: Uint8Array | null;
  /** Aborts when the client goes away. */
  signal: AbortSignal;
}

/** A compiled pipeline, and whether every part of it is Switchyard's own. */
interface Pipeline {
  handler: Handler;
  takesDetached: boolean;
}

/**
 * Builds the shared part of the gateway: key check, compiled pipelines by routing headers, usage
 * and the dashboard's live rows, errors.
 */
export function createGatewayCore(given: GatewayOptions): GatewayCore {
  const options = withSharedStores(given);
  const maxPipelines = options.maxCompiledConfigs ?? 256;
  if (!Number.isInteger(maxPipelines) || maxPipelines < 1) {
    throw new TypeError(`createGateway: maxCompiledConfigs must be an integer >= 1; got ${maxPipelines}`);
  }
  const keyed = isKeyed(options);
  let keys = gatewayKeysOf(options);
  let checkKey = gatewayKeyChecker(keys);
  const compiler = createConfigCompiler(
    {
      ...options.compile,
      ...(options.vault ? { vault: options.vault } : {}),
      ...(options.registry ? { registry: options.registry } : {}),
    },
    maxPipelines,
  );
  const transport = options.transport ?? undiciTransport();
  // One store for every key's limits, kept when the keys are read again, so counts carry over.
  const withLimits = limitedHandlers(options.limitStore);
  const usage = recordsUsage(given, keyed) && options.usage !== false ? options.usage : undefined;
  // Outermost, so a request the limits refuse is counted too; one handler per handler it observes.
  const live = given.adminKey === undefined ? undefined : liveFeedOf(options);
  const promptLogging = options.promptLogging === true;
  const sinks: TraceSink[] =
    live === undefined
      ? []
      : [
          (record) => {
            if (record.kind === 'request') live.publish(liveRowOf(record, { promptLogging }));
          },
        ];
  const observer = gatewayObserver(usage, sinks, promptLogging);
  const shutdown = new AbortController();
  const observed = new WeakMap<Handler, Handler>();
  const observe = (handler: Handler): Handler => {
    if (observer === undefined) return handler;
    let wrapped = observed.get(handler);
    if (wrapped === undefined) {
      wrapped = observer(handler);
      observed.set(handler, wrapped);
    }
    return wrapped;
  };
  // Every provider's Responses translation reads the process-wide store per request.
  if (options.responseStore !== undefined) setDefaultResponseStore(options.responseStore);
  const outer = [...(options.use ?? [])];
  // Pipelines by the raw routing headers, so a repeated request costs one Map lookup: no JSON
  // serialisation, hashing or compilation on the hot path.
  const pipelines = new Map<string, Pipeline>();

  function pipelineFor(headers: GatewayHeaders): Pipeline {
    const key = routingKey(headers);
    let pipeline = pipelines.get(key);
    if (pipeline) return pipeline;
    const { config, origin } = configOf(options.config, headers);
    const compiled = compiler.compile(
      config ?? {},
      { provider: headers.provider, apiKey: headers.apiKey, virtualKey: headers.virtualKey },
      origin,
    );
    pipeline = {
      handler: compose(...outer, compiled)(transport),
      // The operator's middlewares, transport or providers would see an empty body: never for them.
      takesDetached: outer.length === 0 && isDetachSafe(compiled) && isDetachSafe(transport),
    };
    if (pipelines.size >= maxPipelines) pipelines.delete(pipelines.keys().next().value as string);
    pipelines.set(key, pipeline);
    return pipeline;
  }

  return {
    keyed,
    usage,
    live,
    closing: shutdown.signal,
    close: async () => {
      shutdown.abort();
      if (live !== undefined && options.live === undefined) await live.close();
    },
    keys: () => keys,
    setKeys(replacement) {
      if (!keyed) throw new TypeError('setKeys: this gateway was started without keys');
      // Checked whole before it replaces anything: a bad list leaves the old one in place.
      const resolved = gatewayKeysOf({ keys: replacement, apiKeys: options.apiKeys });
      checkKey = gatewayKeyChecker(resolved);
      keys = resolved;
    },
    async handle(request, headers) {
      const key = keyed ? checkKey(headers.gatewayKey) : undefined;
      if (keyed && key === undefined) {
        return errorResponse(
          401,
          'Missing or invalid gateway API key (send x-portkey-api-key, Authorization: Bearer or x-api-key)',
          { code: 'invalid_api_key' },
        );
      }
      const refused = key && configRefusal(key, headers);
      if (refused) return refused;
      try {
        const pipeline = pipelineFor(headers);
        const built = request instanceof Request ? request : requestFrom(request, pipeline.takesDetached);
        if (built instanceof Response) return built;
        const wrongModel = key && (await modelRefusal(key, built));
        if (wrongModel) return wrongModel;
        // The gateway's own trace and any the operator added share one id, which the client sees.
        const options =
          observer !== undefined && headers.options.traceId === undefined
            ? { ...headers.options, traceId: newTraceId() }
            : headers.options;
        const sent = withKeyOptions(built, options, key);
        return await observe(key ? withLimits(key, pipeline.handler) : pipeline.handler)(sent);
      } catch (error) {
        const signal = request instanceof Request ? requestSignal(request) : request.signal;
        if (signal.aborted) return errorResponse(499, 'Client closed the request');
        return errorToResponse(error);
      }
    },
  };
}

/** The live feed the dashboard reads: the one given, else in Redis when there is one, else in memory. */
function liveFeedOf(options: GatewayOptions): LiveFeed {
  if (options.live !== undefined) return options.live;
  return options.redis === undefined ? memoryLiveFeed() : redisLiveFeed(options.redis);
}

/**
 * Whether the gateway sums usage: when it has keys (tenants), an admin key to read it, Redis to
 * share it, or a usage store given; a plain local gateway keeps the fast path without `trace`.
 */
function recordsUsage(options: GatewayOptions, keyed: boolean): boolean {
  return (
    keyed || options.adminKey !== undefined || options.redis !== undefined || options.usage !== undefined
  );
}

/**
 * The `Request` for `read`: detached (body and signal in its record, see core's
 * `detachedRequest`) when the pipeline takes that, else a standard one whose body Switchyard reads
 * from the bytes in memory. A 400 when the URL or a header cannot make a `Request`.
 */
function requestFrom(read: ReadRequest, detached: boolean): Request | Response {
  try {
    if (detached) return detachedRequest(read.url, read);
    const request = new Request(read.url, read);
    if (read.body !== null) rememberBody(request, read.body);
    return request;
  } catch (error) {
    return errorResponse(400, `Malformed request: ${(error as Error).message}`);
  }
}

/**
 * `request` with the per-request options of its headers and of its gateway key: each key is a
 * tenant (caches never share entries across keys, records name it), and the key's metadata is
 * laid over the client's, so a client cannot pass for another team.
 */
function withKeyOptions(
  request: Request,
  fromHeaders: RequestOptions,
  key: ResolvedGatewayKey | undefined,
): Request {
  let options = fromHeaders;
  if (key !== undefined) {
    options = { ...fromHeaders, tenant: key.name };
    if (key.metadata !== undefined) options.metadata = { ...fromHeaders.metadata, ...key.metadata };
  }
  return hasOptions(options) ? withRequestOptions(request, options) : request;
}

function hasOptions(options: RequestOptions): boolean {
  for (const _ in options) return true;
  return false;
}

/** Everything that decides which pipeline serves a request, as one string. */
function routingKey(headers: GatewayHeaders): string {
  let settings = '';
  for (const name in headers.settings) settings += `${name}=${JSON.stringify(headers.settings[name])};`;
  return [
    headers.config ?? '',
    headers.provider ?? '',
    headers.virtualKey ?? '',
    headers.apiKey ?? '',
    settings,
  ].join('\u0000');
}

/** Header settings that name where a request goes. */
const hostSettings = ['custom_host', 'azure_foundry_url', 'resource_name', 'azure_endpoint_name'];

/**
 * The config a request runs and who wrote it: a config id names one of the operator's; config
 * JSON or settings in headers are the client's; without either, the gateway's default config.
 */
function configOf(
  defaultConfig: unknown,
  headers: GatewayHeaders,
): { config: unknown; origin: ConfigOrigin } {
  if (headers.config !== undefined) {
    return { config: headers.config, origin: isConfigId(headers.config) ? 'operator' : 'client' };
  }
  const fromHeaders = Object.keys(headers.settings).length > 0 ? headers.settings : undefined;
  // A client-level provider or virtual key with no config: the client chose the target.
  const clientTarget = headers.provider !== undefined || headers.virtualKey !== undefined;
  if (defaultConfig === undefined) return { config: fromHeaders, origin: 'client' };
  if (!fromHeaders || typeof defaultConfig !== 'object' || defaultConfig === null) {
    return { config: defaultConfig, origin: clientTarget ? 'client' : 'operator' };
  }
  const root = defaultConfig as Record<string, unknown>;
  // As Portkey: header settings fill a config that names no provider and no targets.
  if ('provider' in root || 'targets' in root || 'virtual_key' in root) {
    return { config: defaultConfig, origin: 'operator' };
  }
  const host = hostSettings.find((key) => key in fromHeaders);
  if ('api_key' in root && host !== undefined) {
    throw new ConfigError([
      `x-portkey-${host.replaceAll('_', '-')}: the gateway's default config holds an api_key, which is sent only where the operator configured it`,
    ]);
  }
  return { config: { ...root, ...fromHeaders }, origin: 'client' };
}
