export type { ClientHostPolicy, ConfigOrigin } from './client-hosts.js';
export {
  type CompileOptions,
  type ConfigCompiler,
  compileConfig,
  createConfigCompiler,
  type ProviderDefaults,
} from './compile-config.js';
export { type ConditionContext, matchesQuery, queryProblems } from './condition-query.js';
export { type ConditionalOptions, type ConditionalTarget, conditional } from './conditional.js';
export type {
  CacheConfig,
  ConditionQuery,
  ConfigNode,
  HookConfig,
  ProviderSettings,
  RetryConfig,
  StrategyConfig,
  StrategyMode,
} from './config-types.js';
export { type CustomHostPolicy, customHostProblem } from './custom-host.js';
export { forwardHeaders } from './forward-headers.js';
export { parseConfig } from './parse-config.js';
export { builtinProviders, type ProviderFactory } from './provider-factory.js';
export { type ConfigRegistry, createRegistry, isConfigId, registryFromDirectory } from './registry.js';
export {
  createVault,
  type Vault,
  type VaultOptions,
  type VirtualKeyEntry,
  vaultFromEnv,
  vaultFromFile,
} from './vault.js';
