import type { CompileOptions, ConfigRegistry, Vault } from '@switchyard/config';
import type { Handler, Middleware } from '@switchyard/core';
import type { LimitStore, UsageStore } from '@switchyard/limits';
import type { ResponseStore } from '@switchyard/responses-api';
import type { LiveFeed } from './dashboard/live-feed.js';
import type { GatewayLogger } from './failure-log.js';
import type { GatewayKey } from './gateway-keys.js';
import type { GatewayRedisClient } from './gateway-redis.js';

/** Options of `createGateway`. */
export interface GatewayOptions {
  /** The config used by requests that bring none (`x-portkey-config`). Default: none. */
  config?: unknown;
  /** Resolves virtual keys in configs and `x-portkey-virtual-key`. Default: none. */
  vault?: Vault;
  /** Resolves config ids sent as `x-portkey-config: pc-...`. Default: none. */
  registry?: ConfigRegistry;
  /** Further compile options (trusted custom hosts, cache stores, provider factories). Default: none. */
  compile?: Omit<CompileOptions, 'vault' | 'registry'>;
  /**
   * Gateway API keys; when any is set, every request must carry one as `x-portkey-api-key` or
   * `Authorization: Bearer`. Default: none (then `serve` listens on loopback only).
   */
  apiKeys?: readonly string[];
  /**
   * Gateway keys with policies (`serve --keys keys.yaml`): each a tenant with the models and config
   * ids it may use, its rate limits, budget and metadata (see `GatewayKey`). Sent as `apiKeys`
   * are. Default: none.
   */
  keys?: readonly GatewayKey[];
  /**
   * Where the keys' rate limits and budgets are counted: share a `redisLimitStore` (from
   * `@switchyard/limits`) between replicas so a limit holds across them. Default: a memory store,
   * per process.
   */
  limitStore?: LimitStore;
  /**
   * Where the Responses API keeps responses for `previous_response_id` and `GET /v1/responses/{id}`;
   * give a `redisResponseStore` (from `@switchyard/responses-api`) to share them between replicas.
   * It becomes the process's default store (`setDefaultResponseStore`), which every provider's
   * Responses translation reads, so it applies to every gateway in the process.
   * Default: the process's memory store.
   */
  responseStore?: ResponseStore;
  /**
   * Where requests, tokens, cost, errors, cache hits, retries and latency are summed per tenant and
   * per provider (minute, hour and day buckets), read at `GET /admin/usage` and by the dashboard;
   * `false` records nothing. Recorded when the gateway has keys, an `adminKey`, `redis` or this
   * option. Default: a `redisUsageStore` in `redis` when given, else a memory store.
   */
  usage?: UsageStore | false;
  /**
   * The operator's key for `GET /admin/usage` (and the dashboard at `/ui`), sent as
   * `Authorization: Bearer <admin key>`; a tenant's gateway key is never accepted there, and the
   * admin key is not a gateway key. At least 16 characters. Default: none (the admin routes are off).
   */
  adminKey?: string;
  /**
   * Where the dashboard's live table (`/ui`, with an `adminKey`) gets finished requests from. Default:
   * a `redisLiveFeed` in `redis` when given (every replica's rows), else a memory feed of 200 rows.
   */
  live?: LiveFeed;
  /**
   * Circuit breakers the dashboard's providers panel shows, by the name it shows them under: the
   * `breaker()` middlewares (from `@switchyard/breaker`) the operator put in `use` or in provider
   * factories, e.g. `{ openai: openaiBreaker }`. Default: none.
   */
  circuits?: Readonly<Record<string, { readonly state: 'closed' | 'open' | 'half-open' }>>;
  /**
   * Show prompt and completion text in the dashboard's live table (the gateway's trace then records
   * content). Default: false: only figures, never text.
   */
  promptLogging?: boolean;
  /**
   * A connected node-redis 5 client (`createClient()` from `redis`, with `disableOfflineQueue: true`
   * so commands fail at once while Redis is down) that every replica shares: rate limits and
   * budgets, usage, the simple cache and the Responses API's responses are kept in it unless a
   * store is given for them. While Redis is unreachable, limits fail open (with a warning), the
   * cache answers misses and usage is not recorded; requests are still answered. The client stays
   * yours to close. Default: none (memory stores, per process).
   */
  redis?: GatewayRedisClient;
  /** Middlewares around every request's compiled config, outermost first (e.g. `trace()`). Default: none. */
  use?: readonly Middleware[];
  /** The transport. Default: `undiciTransport()`. */
  transport?: Handler;
  /** Largest request body accepted, in bytes. Default: 25 MiB (audio uploads). */
  maxBodyBytes?: number;
  /**
   * CORS for browsers: `false` (default, no CORS headers) or the allowed origins (`'*'` for any).
   */
  cors?: false | string | readonly string[];
  /**
   * The path the gateway's routes sit under, for a host that hands it requests with their full
   * path: a Next.js route handler at `app/api/llm/[...path]/route.ts` gets
   * `/api/llm/v1/chat/completions`, so it needs `basePath: '/api/llm'`. Hosts that route by their
   * mount path need none: Express's `app.use('/llm', ...)` strips it from the URL, Hono's
   * `app.route('/llm', gateway)` puts it in front of the gateway's routes.
   * Applies to every route (`/health` too) and to `serve`. Default: `''`, routes at `/v1/...`.
   */
  basePath?: string;
  /** Compiled configs kept, by text. Default: 256. */
  maxCompiledConfigs?: number;
  /**
   * The whole request, in milliseconds, from its body read to the last byte of the answer (under
   * `serve`, and for JSON answers and event streams under any host): an answer still missing then
   * is a 504 in OpenAI's error shape; a stream still open ends with an error event. `0` turns it off. Default: 600000 (10 minutes, the default timeout of OpenAI's and
   * Anthropic's own SDKs, so a long non-streaming completion is not cut before its client gives up).
   */
  requestDeadlineMs?: number;
  /**
   * The longest silence inside an event stream, in milliseconds: a stream that sends nothing for
   * this long ends with an error event in OpenAI's error shape, and its upstream is closed (other
   * answers are bounded by `requestDeadlineMs`). `0` turns it off. Default: 300000 (5 minutes: room for a reasoning model that thinks for minutes between
   * tokens, while a dead stream's connection is freed well before the deadline; undici's own body
   * timeout has the same default).
   */
  streamIdleTimeoutMs?: number;
  /**
   * Receives one entry per request that failed with a 5xx of the gateway's own making (a bug, an
   * unreachable upstream, a deadline passed): the request id the client also received, the error
   * with its detail (the upstream URL without its query), never a credential. Default: one line of
   * JSON per entry on stderr.
   */
  logger?: GatewayLogger;
}
