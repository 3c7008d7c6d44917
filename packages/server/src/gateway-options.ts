import type { CompileOptions, ConfigRegistry, Vault } from '@switchyard/config';
import type { Handler, Middleware } from '@switchyard/core';

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
}
