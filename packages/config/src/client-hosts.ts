import type { Handler } from '@switchyard/core';
import { presetDefaults } from '@switchyard/providers-openai';

/** Who wrote a config: the operator (server config, named configs, vault), or a client (its headers). */
export type ConfigOrigin = 'operator' | 'client';

/**
 * What a client's config may do with `custom_host`, the setting that lets a caller choose where a
 * request goes (and with what amounts to one: an `azure_foundry_url` its provider uses, or a
 * local-model provider such as `ollama`, whose default host is localhost). A server-held key (a
 * `virtual_key` from the vault) is never sent to a host a client chose, whatever this says.
 */
export interface ClientHostPolicy {
  /**
   * Whether a client config may choose a host at all (with its own credentials): a `custom_host`,
   * an `azure_foundry_url`, or a provider whose default host is on loopback. Default: true.
   */
  allowed?: boolean;
  /**
   * Whether a client-chosen host may be a loopback address. Default: the compile options'
   * `allowLoopback` (true). Private, link-local and metadata addresses need `trustedHosts`.
   */
  allowLoopback?: boolean;
  /**
   * The transport for targets whose `custom_host` a client chose, in place of the pipeline's own:
   * the gateway gives one that checks every resolved address at connect time (`undiciTransport`'s
   * `addressPolicy`), which a host name checked as text cannot promise. Default: none, so such
   * targets end at the pipeline's `next` like any other.
   */
  transport?: Handler;
}

/** Settings that decide where a leaf's request goes: a client may not change them on a vault entry. */
export const destinationSettings: readonly string[] = [
  'provider',
  'custom_host',
  'resource_name',
  'azure_foundry_url',
  'azure_endpoint_name',
  'aws_region',
  'vertex_project_id',
  'vertex_region',
  'workers_ai_account_id',
];

/**
 * Settings that hold a credential. A virtual key the client names brings the vault's own: the
 * config around it (the gateway's default config) never replaces them, so its key never reaches
 * the vault entry's host.
 */
export const credentialSettings: readonly string[] = [
  'api_key',
  'azure_ad_token',
  'aws_access_key_id',
  'aws_secret_access_key',
  'aws_session_token',
  'vertex_service_account_json',
];

/**
 * The default API root of a built-in `provider` when it is on loopback — the local-model presets
 * `ollama`, `vllm` and `lm-studio` send to `http://localhost:<port>/v1` unless given a
 * `custom_host` — else `undefined`. A client naming such a provider chooses a host on the
 * gateway's own machine, as a `custom_host` of `http://localhost:...` would.
 */
export function loopbackDefaultHost(provider: string): string | undefined {
  if (!Object.hasOwn(presetDefaults, provider)) return undefined;
  const baseURL: string = presetDefaults[provider as keyof typeof presetDefaults].baseURL;
  const host = new URL(baseURL).hostname;
  return host === 'localhost' || host.startsWith('127.') || host === '[::1]' ? baseURL : undefined;
}
