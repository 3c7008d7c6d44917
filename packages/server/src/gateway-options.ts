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
  /** Compiled configs kept, by text. Default: 256. */
  maxCompiledConfigs?: number;
}
