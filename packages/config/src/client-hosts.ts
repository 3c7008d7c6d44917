import type { Handler } from '@switchyard/core';

/** Who wrote a config: the operator (server config, named configs, vault), or a client (its headers). */
export type ConfigOrigin = 'operator' | 'client';

/**
 * What a client's config may do with `custom_host`, the one setting that lets a caller choose where
 * a request goes. A server-held key (a `virtual_key` from the vault) is never sent to a host a
 * client chose, whatever this says.
 */
export interface ClientHostPolicy {
  /** Whether a client config may name a `custom_host` at all (with its own credentials). Default: true. */
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
];
