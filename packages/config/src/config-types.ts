import type { ErrorCode } from '@switchyard/core';

/** Portkey's strategy modes. */
export type StrategyMode = 'single' | 'fallback' | 'loadbalance' | 'conditional';

/** A conditional-routing query: `{ "metadata.plan": { "$eq": "pro" } }`, `$and`/`$or` lists. */
export type ConditionQuery = Record<string, unknown>;

/** `strategy` of a config node. */
export interface StrategyConfig {
  mode: StrategyMode;
  on_status_codes?: number[];
  /** Switchyard's extension: error codes (core's `errorCodes`) that move on to the next target. */
  on_error_codes?: ErrorCode[];
  conditions?: Array<{ query: ConditionQuery; then: string }>;
  default?: string;
}

/** `retry` of a config node; `attempts` are retries after the first try. */
export interface RetryConfig {
  attempts: number;
  on_status_codes?: number[];
  /** Switchyard's extension: error codes (core's `errorCodes`) that are retried. */
  on_error_codes?: ErrorCode[];
  use_retry_after_header?: boolean;
}

/** `cache` of a config node; `max_age` in seconds. */
export interface CacheConfig {
  mode: 'simple' | 'semantic';
  max_age?: number;
}

/** A Portkey guardrail hook object; validated by `@switchyard/guardrails`. */
export type HookConfig = Record<string, unknown>;

/**
 * One node of a Portkey config, in snake_case after normalisation: a routing node (`strategy` +
 * `targets`) or a leaf that calls a provider. Every field is optional at this level; the compiler
 * says what a node lacks.
 */
export interface ConfigNode {
  strategy?: StrategyConfig;
  targets?: ConfigNode[];
  name?: string;
  weight?: number;
  on_status_codes?: number[];
  provider?: string;
  api_key?: string;
  virtual_key?: string;
  custom_host?: string;
  override_params?: Record<string, unknown>;
  forward_headers?: string[];
  request_timeout?: number;
  retry?: RetryConfig;
  cache?: CacheConfig;
  before_request_hooks?: HookConfig[];
  after_request_hooks?: HookConfig[];
  input_guardrails?: Array<string | HookConfig>;
  output_guardrails?: Array<string | HookConfig>;
  strict_open_ai_compliance?: boolean;
  openai_organization?: string;
  openai_project?: string;
  anthropic_version?: string;
  anthropic_beta?: string;
  resource_name?: string;
  deployment_id?: string;
  api_version?: string;
  azure_ad_token?: string;
  azure_model_name?: string;
  azure_endpoint_name?: string;
  azure_foundry_url?: string;
  aws_access_key_id?: string;
  aws_secret_access_key?: string;
  aws_session_token?: string;
  aws_region?: string;
  vertex_project_id?: string;
  vertex_region?: string;
  vertex_service_account_json?: Record<string, string>;
  /** Cloudflare account id of a `workers-ai` leaf. */
  workers_ai_account_id?: string;
}

/** The provider settings a leaf carries, after virtual keys are resolved. */
export type ProviderSettings = Pick<
  ConfigNode,
  | 'provider'
  | 'api_key'
  | 'custom_host'
  | 'openai_organization'
  | 'openai_project'
  | 'anthropic_version'
  | 'anthropic_beta'
  | 'resource_name'
  | 'deployment_id'
  | 'api_version'
  | 'azure_ad_token'
  | 'azure_model_name'
  | 'azure_endpoint_name'
  | 'azure_foundry_url'
  | 'aws_access_key_id'
  | 'aws_secret_access_key'
  | 'aws_session_token'
  | 'aws_region'
  | 'vertex_project_id'
  | 'vertex_region'
  | 'vertex_service_account_json'
  | 'workers_ai_account_id'
>;
