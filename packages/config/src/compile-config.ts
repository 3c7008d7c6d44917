import { createHash } from 'node:crypto';
import type { CacheSemanticOptions } from '@switchyard/cache-semantic';
import type { CacheStore } from '@switchyard/cache-simple';
import { ConfigError, compose, type Middleware, overrideParams, timeout } from '@switchyard/core';
import { isDetachSafe, markDetachSafe } from '@switchyard/core/internal';
import { fallback } from '@switchyard/fallback';
import { type GuardrailHook, guardrailsFromHooks } from '@switchyard/guardrails';
import { loadbalance } from '@switchyard/loadbalance';
import { retry } from '@switchyard/retry';
import {
  type ClientHostPolicy,
  type ConfigOrigin,
  credentialSettings,
  destinationSettings,
  loopbackDefaultHost,
} from './client-hosts.js';
import { queryProblems } from './condition-query.js';
import { conditional } from './conditional.js';
import { providerSettingKeys } from './config-schema.js';
import type { CacheConfig, ConfigNode, ProviderSettings, RetryConfig } from './config-types.js';
import { type CustomHostPolicy, customHostProblem } from './custom-host.js';
import { formatPath } from './format-issues.js';
import { forwardHeaders } from './forward-headers.js';
import { lazyMiddleware } from './lazy.js';
import { parseConfig } from './parse-config.js';
import { builtinProviders, createProvider, type ProviderFactory } from './provider-factory.js';
import { type ConfigRegistry, isConfigId } from './registry.js';
import type { Vault } from './vault.js';

/** Options of `compileConfig` and `createConfigCompiler`. */
export interface CompileOptions extends CustomHostPolicy {
  /** Resolves `virtual_key` names. Default: none, so a `virtual_key` is an error naming it. */
  vault?: Vault;
  /** Resolves config ids (`"pc-prod-xyz"`). Default: none, so an id is an error naming it. */
  registry?: ConfigRegistry;
  /** Extra or replacement provider factories by slug. Default: the built-in providers. */
  providers?: Readonly<Record<string, ProviderFactory>>;
  /** The store of `cache.mode: "simple"`. Default: one in-memory store shared by the compiled config. */
  simpleCacheStore?: CacheStore;
  /** Settings of `cache.mode: "semantic"` other than `maxAge`. Default: the package defaults. */
  semanticCache?: Omit<CacheSemanticOptions, 'maxAge'>;
  /** Guardrail hooks referenced by id from `input_guardrails`/`output_guardrails`. Default: none. */
  guardrails?: Readonly<Record<string, GuardrailHook>>;
  /** What a config compiled with origin `'client'` may do with `custom_host`. Default: `{}` (see its fields). */
  clientHosts?: ClientHostPolicy;
}

/**
 * What a leaf without `provider` or `virtual_key` uses, as Portkey's client-level `provider`,
 * `api_key` and `virtual_key` (or its `x-portkey-*` headers) do.
 */
export interface ProviderDefaults {
  provider?: string | undefined;
  apiKey?: string | undefined;
  virtualKey?: string | undefined;
}

/** What a node passes to its targets, as Portkey's gateway does. */
interface Inherited {
  /** The compiled config and its client-level credential, hashed: the cache's tenant. */
  identity: string;
  /** Who wrote the config. */
  origin: ConfigOrigin;
  override_params: Record<string, unknown>;
  retry?: RetryConfig;
  cache?: CacheConfig;
  /** Where the `cache` in force was declared: leaves under one declaration share its entries. */
  cacheDeclaredAt?: string;
  request_timeout?: number;
  custom_host?: string;
  forward_headers?: string[];
  /** `before_request_hooks` and `input_guardrails` of the nearest node declaring either. */
  beforeHooks?: HookKeys;
  /** `after_request_hooks` and `output_guardrails` of the nearest node declaring either. */
  afterHooks?: HookKeys;
}

/** A node's own hook keys, as Portkey writes them. */
type HookKeys = Pick<
  ConfigNode,
  'before_request_hooks' | 'after_request_hooks' | 'input_guardrails' | 'output_guardrails'
>;

function beforeHooksOf(node: ConfigNode): HookKeys | undefined {
  if (!node.before_request_hooks && !node.input_guardrails) return undefined;
  return {
    ...(node.before_request_hooks ? { before_request_hooks: node.before_request_hooks } : {}),
    ...(node.input_guardrails ? { input_guardrails: node.input_guardrails } : {}),
  };
}

function afterHooksOf(node: ConfigNode): HookKeys | undefined {
  if (!node.after_request_hooks && !node.output_guardrails) return undefined;
  return {
    ...(node.after_request_hooks ? { after_request_hooks: node.after_request_hooks } : {}),
    ...(node.output_guardrails ? { output_guardrails: node.output_guardrails } : {}),
  };
}

/**
 * Compiles a Portkey config — an object, JSON text, or a config id in `options.registry` — into one
 * middleware. Every node's `retry`, `cache`, `request_timeout`, `custom_host`, `forward_headers` and
 * hooks pass to its targets (a target's own `retry`/`cache` replaces them) and `override_params`
 * merge, then apply at each leaf around its provider.
 *
 * @throws ConfigError listing every problem with its path.
 */
export function compileConfig(
  config: unknown,
  options: CompileOptions = {},
  defaults: ProviderDefaults = {},
  origin: ConfigOrigin = 'operator',
): Middleware {
  return new Compiler(options).compile(config, defaults, origin);
}

/** A compiler that keeps compiled configs by their text, so a config is parsed once. */
export interface ConfigCompiler {
  /**
   * The middleware for `config` (object, JSON text or config id) with `defaults` for leaves that
   * name no provider, compiled on first use. `origin` (default `'operator'`) says who wrote it: a
   * client's config follows `clientHosts`, and may not send a server-held key to a host it chose.
   */
  compile(config: unknown, defaults?: ProviderDefaults, origin?: ConfigOrigin): Middleware;
}

/**
 * A `ConfigCompiler` with fixed options, caching up to `maxEntries` compiled configs by text.
 *
 * @param maxEntries Default: 256.
 */
export function createConfigCompiler(options: CompileOptions = {}, maxEntries = 256): ConfigCompiler {
  const compiler = new Compiler(options);
  const compiled = new Map<string, Middleware>();
  return {
    compile(config, defaults = {}, origin = 'operator') {
      const text = typeof config === 'string' ? config : JSON.stringify(config);
      const credential =
        defaults.apiKey === undefined ? '' : createHash('sha256').update(defaults.apiKey).digest('hex');
      const key = [origin, text, defaults.provider ?? '', defaults.virtualKey ?? '', credential].join(
        '\u0000',
      );
      let middleware = compiled.get(key);
      if (middleware) {
        compiled.delete(key);
        compiled.set(key, middleware);
        return middleware;
      }
      middleware = compiler.compile(config, defaults, origin);
      if (compiled.size >= maxEntries) compiled.delete(compiled.keys().next().value as string);
      compiled.set(key, middleware);
      return middleware;
    },
  };
}

class Compiler {
  private readonly options: CompileOptions;
  private readonly factories: Readonly<Record<string, ProviderFactory>>;
  private simpleStore: CacheStore | undefined;
  private readonly caches = new Map<string, Middleware>();
  /** Set while compiling when a provider factory or transport of the user's is used. */
  private usesForeignParts = false;

  constructor(options: CompileOptions) {
    this.options = options;
    this.factories = { ...builtinProviders, ...options.providers };
  }

  compile(config: unknown, defaults: ProviderDefaults, origin: ConfigOrigin = 'operator'): Middleware {
    const node = parseConfig(this.lookup(config), this.hostPolicy(origin));
    const problems: string[] = [];
    const identity = createHash('sha256')
      .update(JSON.stringify([node, defaults.provider, defaults.virtualKey, defaults.apiKey]))
      .digest('hex');
    const clientTransport = this.options.clientHosts?.transport;
    this.usesForeignParts = clientTransport !== undefined && !isDetachSafe(clientTransport);
    const middleware = this.node(node, [], { identity, origin, override_params: {} }, defaults, problems);
    if (problems.length > 0) throw new ConfigError(problems);
    // Every part is Switchyard's own: given a detach-safe transport, the pipeline takes detached requests.
    return this.usesForeignParts ? middleware : markDetachSafe(middleware);
  }

  /** The `custom_host` check for a config of `origin`: a client's follows `clientHosts`. */
  private hostPolicy(origin: ConfigOrigin): CustomHostPolicy {
    const { trustedHosts, allowLoopback } = this.options;
    const policy: CustomHostPolicy = {
      ...(trustedHosts === undefined ? {} : { trustedHosts }),
      ...(allowLoopback === undefined ? {} : { allowLoopback }),
    };
    const clientLoopback = this.options.clientHosts?.allowLoopback;
    if (origin === 'client' && clientLoopback !== undefined) policy.allowLoopback = clientLoopback;
    return policy;
  }

  private lookup(config: unknown): unknown {
    if (typeof config === 'string' && !config.trimStart().startsWith('{') && !isConfigId(config)) {
      // Not echoed: text a client sent where a config goes may hold its keys.
      throw new ConfigError([
        'config: must be a config id (letters, digits, ".", "_" or "-", at most 128) or a JSON object',
      ]);
    }
    if (!isConfigId(config)) return config;
    if (!this.options.registry) {
      throw new ConfigError([`config id "${config}" given, but no registry of named configs is configured`]);
    }
    return this.options.registry.get(config);
  }

  private node(
    node: ConfigNode,
    path: PropertyKey[],
    parent: Inherited,
    defaults: ProviderDefaults,
    problems: string[],
  ): Middleware {
    const where = formatPath(path);
    const inherited = inherit(parent, node, where);
    this.checkHooks(node, where, problems);
    if (!node.strategy || !node.targets) return this.leaf(node, path, inherited, defaults, problems);
    const children = node.targets.map((target, index) =>
      this.node(target, [...path, 'targets', index], inherited, defaults, problems),
    );
    const strategy = node.strategy;
    switch (strategy.mode) {
      case 'single':
        return children[0]!;
      case 'fallback': {
        const codes = strategy.on_status_codes ?? node.on_status_codes;
        return fallback(children, {
          ...(codes ? { onStatusCodes: codes } : {}),
          ...(strategy.on_error_codes ? { onErrorCodes: strategy.on_error_codes } : {}),
        });
      }
      case 'loadbalance':
        return loadbalance(
          node.targets.map((target, index) => ({ weight: target.weight ?? 1, use: children[index]! })),
        );
      case 'conditional': {
        strategy.conditions?.forEach((condition, index) => {
          problems.push(
            ...queryProblems(
              condition.query,
              formatPath([...path, 'strategy', 'conditions', index, 'query']),
            ),
          );
        });
        const named = node.targets.flatMap((target, index) =>
          target.name === undefined ? [] : [{ name: target.name, use: children[index]! }],
        );
        return conditional(named, {
          conditions: strategy.conditions ?? [],
          ...(strategy.default === undefined ? {} : { default: strategy.default }),
        });
      }
    }
  }

  private leaf(
    node: ConfigNode,
    path: PropertyKey[],
    inherited: Inherited,
    defaults: ProviderDefaults,
    problems: string[],
  ): Middleware {
    const where = formatPath(path);
    let provider: Middleware;
    let settings: ProviderSettings;
    try {
      settings = this.settings(node, inherited, defaults, where);
      provider = createProvider(settings, where, this.factories);
      if (Object.hasOwn(this.options.providers ?? {}, settings.provider ?? '')) this.usesForeignParts = true;
    } catch (error) {
      // A provider refuses bad settings with a TypeError when it is made: a config problem here.
      if (error instanceof TypeError) problems.push(`${where}: ${error.message}`);
      else if (error instanceof ConfigError) problems.push(...error.issues);
      else throw error;
      return (next) => next;
    }
    const clientTransport =
      this.clientChosenHost(node, inherited, defaults, settings) === undefined
        ? undefined
        : this.options.clientHosts?.transport;
    const hooks = this.hooks(inherited, where);
    return compose(
      hooks,
      inherited.cache &&
        this.cache(inherited.cache, inherited.cacheDeclaredAt ?? 'config', inherited.identity),
      inherited.retry &&
        retry({
          attempts: inherited.retry.attempts,
          ...(inherited.retry.on_status_codes ? { onStatusCodes: inherited.retry.on_status_codes } : {}),
          ...(inherited.retry.on_error_codes ? { onErrorCodes: inherited.retry.on_error_codes } : {}),
          ...(inherited.retry.use_retry_after_header === undefined
            ? {}
            : { respectRetryAfter: inherited.retry.use_retry_after_header }),
        }),
      timeout(inherited.request_timeout),
      Object.keys(inherited.override_params).length > 0 && overrideParams(inherited.override_params),
      forwardHeaders(inherited.forward_headers ?? [], provider),
      // A host the client chose is reached only through the transport that checks its addresses.
      clientTransport && (() => clientTransport),
    );
  }

  private settings(
    node: ConfigNode,
    inherited: Inherited,
    defaults: ProviderDefaults,
    where: string,
  ): ProviderSettings {
    const virtualKey = virtualKeyOf(node, defaults);
    // A virtual key the client names (not the config) brings its own credentials.
    const keepsVaultCredentials = node.virtual_key === undefined && virtualKey !== undefined;
    let settings: ProviderSettings = {};
    if (virtualKey !== undefined) {
      if (!this.options.vault) {
        throw new ConfigError([`${where}.virtual_key: "${virtualKey}" given, but no vault is configured`]);
      }
      settings = { ...this.options.vault.resolve(virtualKey) };
      if (inherited.origin === 'client') checkClientVaultUse(node, inherited, settings, virtualKey, where);
    } else if (!node.provider && defaults.provider) {
      settings = {
        provider: defaults.provider,
        ...(defaults.apiKey === undefined ? {} : { api_key: defaults.apiKey }),
      };
    }
    for (const [key, value] of Object.entries(node)) {
      if (value === undefined || !isProviderSetting(key)) continue;
      if (keepsVaultCredentials && credentialSettings.includes(key)) continue;
      (settings as Record<string, unknown>)[key] = value;
    }
    if (inherited.custom_host !== undefined && settings.custom_host === undefined)
      settings.custom_host = inherited.custom_host;
    if (!settings.provider) {
      throw new ConfigError([
        `${where}: no provider; set provider, virtual_key, or give the client a provider`,
      ]);
    }
    // JSON may spell an unpaired surrogate ("\ud800"); no URL, header or name can hold one.
    const malformed = Object.entries(settings).filter(
      ([, value]) => typeof value === 'string' && unpairedSurrogate.test(value),
    );
    if (malformed.length > 0) {
      throw new ConfigError(
        malformed.map(([key]) => `${where}.${key}: must be well-formed text; it holds an unpaired surrogate`),
      );
    }
    const chosen = this.clientChosenHost(node, inherited, defaults, settings);
    if (chosen === 'provider') {
      // A local-model preset's default host is on the gateway's own machine.
      const host = loopbackDefaultHost(settings.provider)!;
      const goes = `${where}.provider: "${settings.provider}" sends requests to ${host}, on the gateway's own machine`;
      if (this.options.clientHosts?.allowed === false) {
        throw new ConfigError([
          `${goes}; this gateway does not let clients choose the host a request goes to`,
        ]);
      }
      const problem = customHostProblem(host, this.hostPolicy('client'));
      if (problem !== undefined) throw new ConfigError([`${goes}: a client's host ${problem}`]);
    } else if (chosen !== undefined && this.options.clientHosts?.allowed === false) {
      throw new ConfigError([
        `${where}.${chosen}: this gateway does not let clients choose the host a request goes to`,
      ]);
    }
    return settings;
  }

  /**
   * The setting by which a client's leaf chose the host its requests go to: a `custom_host` (its
   * own or inherited), an `azure_foundry_url` its provider uses, or a built-in `provider` whose
   * default host is on loopback (`ollama`, `vllm`, `lm-studio`) without a virtual key; `undefined`
   * when the operator or the provider's public API decides. Such hosts follow `clientHosts`.
   */
  private clientChosenHost(
    node: ConfigNode,
    inherited: Inherited,
    defaults: ProviderDefaults,
    settings: ProviderSettings,
  ): 'custom_host' | 'azure_foundry_url' | 'provider' | undefined {
    if (inherited.origin !== 'client') return undefined;
    if (inherited.custom_host !== undefined) return 'custom_host';
    const provider = settings.provider ?? '';
    const builtin =
      Object.hasOwn(builtinProviders, provider) && this.factories[provider] === builtinProviders[provider];
    // Only azure-ai reads azure_foundry_url among the built-ins; a factory of the user's may.
    if (node.azure_foundry_url !== undefined && (!builtin || provider === 'azure-ai'))
      return 'azure_foundry_url';
    // A vault entry's provider is the operator's choice, its host too.
    const fromVault = virtualKeyOf(node, defaults) !== undefined;
    if (
      builtin &&
      !fromVault &&
      settings.custom_host === undefined &&
      loopbackDefaultHost(provider) !== undefined
    ) {
      return 'provider';
    }
    return undefined;
  }

  /**
   * One cache per declaration, shared by every leaf under it (so an answer a fallback target gave
   * serves the next identical request whichever target it reaches first), partitioned by the
   * compiled config and its client-level credential: another config or tenant never shares entries.
   */
  private cache(cache: CacheConfig, declaredAt: string, identity: string): Middleware {
    const key = `${identity}\u0000${declaredAt}`;
    let middleware = this.caches.get(key);
    if (middleware) return middleware;
    const maxAge = cache.max_age === undefined ? {} : { maxAge: cache.max_age };
    const tenant = createHash('sha256').update(key).digest('hex').slice(0, 32);
    // The cache packages are imported when a config first declares a cache.
    if (cache.mode === 'semantic') {
      const options = { ...this.options.semanticCache, ...maxAge, partition: () => tenant };
      middleware = lazyMiddleware(async () =>
        (await import('@switchyard/cache-semantic')).cacheSemantic(options),
      );
    } else {
      middleware = lazyMiddleware(async () => {
        const { cacheSimple, memoryStore } = await import('@switchyard/cache-simple');
        this.simpleStore ??= this.options.simpleCacheStore ?? memoryStore();
        return cacheSimple({ store: this.simpleStore, ...maxAge, partition: () => tenant });
      });
    }
    this.caches.set(key, middleware);
    return middleware;
  }

  /**
   * The guardrails of a leaf: the before and after hooks in force, each taken whole from the nearest
   * node that declares them (Portkey's inheritance). Each declaring node's hooks were already checked
   * at its own path by `checkHooks`.
   */
  private hooks(inherited: Inherited, where: string): Middleware | undefined {
    if (!inherited.beforeHooks && !inherited.afterHooks) return undefined;
    try {
      return guardrailsFromHooks(
        { ...inherited.beforeHooks, ...inherited.afterHooks },
        { path: where, ...(this.options.guardrails ? { named: this.options.guardrails } : {}) },
      );
    } catch {
      // Reported with the declaring node's path by `checkHooks`.
      return undefined;
    }
  }

  /** Checks the hook keys a node declares, naming the node's path in any problem. */
  private checkHooks(node: ConfigNode, where: string, problems: string[]): void {
    const keys = { ...beforeHooksOf(node), ...afterHooksOf(node) };
    if (Object.keys(keys).length === 0) return;
    try {
      guardrailsFromHooks(keys, {
        ...(where === 'config' ? {} : { path: where }),
        ...(this.options.guardrails ? { named: this.options.guardrails } : {}),
      });
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
}

const unpairedSurrogate = /\p{Cs}/u;

/** The virtual key a leaf uses: its own, or the client-level one when it names no provider. */
function virtualKeyOf(node: ConfigNode, defaults: ProviderDefaults): string | undefined {
  return node.virtual_key ?? (node.provider ? undefined : defaults.virtualKey);
}

/**
 * Refuses a client config that would send the vault's key for `virtualKey` anywhere but where the
 * operator configured it: a `custom_host` of the client's, or another provider, region or resource.
 */
function checkClientVaultUse(
  node: ConfigNode,
  inherited: Inherited,
  entry: ProviderSettings,
  virtualKey: string,
  where: string,
): void {
  const changed = destinationSettings.filter((key) => {
    const given = key === 'custom_host' ? inherited.custom_host : (node as Record<string, unknown>)[key];
    return given !== undefined && given !== (entry as Record<string, unknown>)[key];
  });
  if (changed.length === 0) return;
  throw new ConfigError(
    changed.map(
      (key) =>
        `${where}.${key}: cannot be set with virtual_key "${virtualKey}" by a client: the server's key is sent only where the operator configured it`,
    ),
  );
}

function inherit(parent: Inherited, node: ConfigNode, path: string): Inherited {
  return {
    identity: parent.identity,
    origin: parent.origin,
    override_params: { ...parent.override_params, ...node.override_params },
    ...pick('retry', node.retry ?? parent.retry),
    ...pick('cache', node.cache ?? parent.cache),
    ...pick('cacheDeclaredAt', node.cache ? path : parent.cacheDeclaredAt),
    ...pick('request_timeout', node.request_timeout ?? parent.request_timeout),
    ...pick('custom_host', node.custom_host ?? parent.custom_host),
    ...pick('forward_headers', node.forward_headers ?? parent.forward_headers),
    ...pick('beforeHooks', beforeHooksOf(node) ?? parent.beforeHooks),
    ...pick('afterHooks', afterHooksOf(node) ?? parent.afterHooks),
  };
}

function pick<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function isProviderSetting(key: string): boolean {
  return providerSettingKeys.includes(key);
}
