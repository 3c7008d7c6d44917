import type { CompileOptions, ConfigCompiler, ConfigRegistry, Vault } from '@switchyard/config';
import type { Handler, Middleware } from '@switchyard/core';

/** Options of `createClient`, and of `withOptions` for one call. */
export interface ClientOptions {
  /**
   * The provider's API key, used with `provider` (Portkey's `Authorization`). In remote mode it is
   * sent as `Authorization: Bearer`. Default: none.
   */
  apiKey?: string;
  /** A provider slug such as `openai` or `anthropic`, used with `apiKey`. Default: none. */
  provider?: string;
  /** A virtual-key name resolved by `vault` (or by the gateway in remote mode). Default: none. */
  virtualKey?: string;
  /** A Portkey config: an object, JSON text, or a config id in `registry`. Default: none. */
  config?: unknown;
  /** Trace id sent with every request (Portkey's `trace_id`). Default: one per request, generated. */
  traceId?: string;
  /** Metadata sent with every request (Portkey's `metadata`): a flat map of strings. Default: none. */
  metadata?: Record<string, string>;
  /** Deadline of each attempt in milliseconds (Portkey's `request_timeout`). Default: none. */
  requestTimeout?: number;
  /** Skip cache reads and store fresh answers (Portkey's `cache_force_refresh`). Default: false. */
  cacheForceRefresh?: boolean;
  /** Separates cache entries of different users of one cache. Default: none. */
  cacheNamespace?: string;
  /**
   * URL of a Switchyard or Portkey-compatible gateway, e.g. `http://127.0.0.1:8787/v1`. When set
   * the client is remote: options travel as `x-portkey-*` headers. Default: none (in-process).
   */
  baseURL?: string;
  /** Remote mode: the gateway's own API key, sent as `x-portkey-api-key`. Default: none. */
  gatewayApiKey?: string;
  /** In-process: resolves `virtualKey` and `virtual_key`s in configs. Default: none. */
  vault?: Vault;
  /** In-process: resolves config ids. Default: none. */
  registry?: ConfigRegistry;
  /** In-process: further config-compiler options (trusted hosts, cache stores, providers). Default: none. */
  compile?: Omit<CompileOptions, 'vault' | 'registry' | 'defaults'>;
  /** In-process: middlewares placed around the compiled config, outermost first (e.g. `trace()`). Default: none. */
  use?: Middleware[];
  /** In-process: the transport. Default: `fetchTransport()`. */
  transport?: Handler;
  /** Remote mode: the `fetch` used to reach the gateway. Default: global `fetch`. */
  fetch?: typeof fetch;
}

/** What a client keeps between `withOptions` calls: built once, shared by derived clients. */
export interface ClientShared {
  compiler: ConfigCompiler;
  transport: Handler;
}
