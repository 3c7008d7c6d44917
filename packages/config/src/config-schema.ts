import { type ErrorCode, errorCodes } from '@switchyard/core';
import type { z } from 'zod';
import type { ConfigNode } from './config-types.js';
import { zod } from './on-first-use.js';

/** Keys each nested object may have, for "did you mean" suggestions. */
export const nestedKeys: Readonly<Record<string, readonly string[]>> = {
  strategy: ['mode', 'on_status_codes', 'on_error_codes', 'conditions', 'default'],
  retry: ['attempts', 'on_status_codes', 'on_error_codes', 'use_retry_after_header'],
  cache: ['mode', 'max_age'],
  conditions: ['query', 'then'],
};

const providerKeys = [
  'provider',
  'api_key',
  'custom_host',
  'openai_organization',
  'openai_project',
  'anthropic_version',
  'anthropic_beta',
  'resource_name',
  'deployment_id',
  'api_version',
  'azure_ad_token',
  'azure_model_name',
  'azure_endpoint_name',
  'azure_foundry_url',
  'aws_access_key_id',
  'aws_secret_access_key',
  'aws_session_token',
  'aws_region',
  'vertex_project_id',
  'vertex_region',
  'vertex_service_account_json',
  'workers_ai_account_id',
] as const;

/** Keys a virtual-key entry may hold: a provider and its secret and settings. */
export const providerSettingKeys: readonly string[] = providerKeys;

/** The zod schemas of configs and virtual-key entries, with the keys a config node may have. */
export interface ConfigSchemas {
  /** One config node (recursive through `targets`). */
  nodeSchema: z.ZodType<ConfigNode>;
  /** A virtual-key entry; `provider` is required. */
  providerSettingsSchema: z.ZodType;
  /** Every key a config node may have, in snake_case. */
  configNodeKeys: readonly string[];
}

let schemas: ConfigSchemas | undefined;

/**
 * The schemas, built on first use rather than when the package loads (zod and the schemas are about
 * 40 ms and 13 MB of a cold start, `bench/cold-start.ts`): a client given only a provider compiles
 * an empty config, which has nothing to validate.
 */
export function configSchemas(): ConfigSchemas {
  schemas ??= buildSchemas();
  return schemas;
}

/** Portkey writes snake_case; camelCase is accepted too and renamed before validation. */
function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function buildSchemas(): ConfigSchemas {
  const { z } = zod();
  const statusCode = z.number().int().min(100).max(599);
  const statusCodes = z.array(statusCode).min(1);
  // Switchyard's extension of Portkey's schema: route on what went wrong, whichever provider said it.
  const errorCodeList = z.array(z.enum(errorCodes as [ErrorCode, ...ErrorCode[]])).min(1);
  const hook = z.record(z.string(), z.unknown());

  /**
   * A strict object whose known keys may also be written in camelCase. Only this object's own keys
   * are renamed: values such as `override_params` keep the caller's spelling.
   */
  function configObject<Shape extends z.ZodRawShape>(shape: Shape) {
    const known = new Set(Object.keys(shape));
    return z.preprocess((value, context) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      const renamed: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const snake = snakeCase(key);
        const name = known.has(key) || !known.has(snake) ? key : snake;
        if (name in renamed) {
          context.addIssue({
            code: 'custom',
            message: `both ${name} and ${key} are set; keep one`,
            path: [key],
          });
        }
        renamed[name] = item;
      }
      return renamed;
    }, z.strictObject(shape));
  }

  const strategySchema = configObject({
    mode: z.enum(['single', 'fallback', 'loadbalance', 'conditional']),
    on_status_codes: statusCodes.optional(),
    on_error_codes: errorCodeList.optional(),
    conditions: z
      .array(configObject({ query: z.record(z.string(), z.unknown()), then: z.string().min(1) }))
      .optional(),
    default: z.string().min(1).optional(),
  });

  const retrySchema = configObject({
    attempts: z.number().int().min(0),
    on_status_codes: statusCodes.optional(),
    on_error_codes: errorCodeList.optional(),
    use_retry_after_header: z.boolean().optional(),
  });

  const cacheSchema = configObject({
    mode: z.enum(['simple', 'semantic']),
    max_age: z.number().int().positive().optional(),
  });

  const headerName = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'must be a valid HTTP header name');

  const nodeShape = {
    strategy: strategySchema.optional(),
    get targets() {
      return z.array(nodeSchema).min(1).optional();
    },
    name: z.string().min(1).optional(),
    weight: z.number().min(0).optional(),
    on_status_codes: statusCodes.optional(),
    provider: z.string().min(1).optional(),
    api_key: z.string().optional(),
    virtual_key: z.string().min(1).optional(),
    custom_host: z.string().min(1).optional(),
    override_params: z.record(z.string(), z.unknown()).optional(),
    forward_headers: z
      .array(headerName)
      .refine((names) => !names.some((name) => name.toLowerCase() === 'x-portkey-forward-headers'), {
        message: 'must not contain x-portkey-forward-headers',
      })
      .optional(),
    // Node's timers hold at most 2^31 - 1 ms (about 24.8 days); a longer one fires at once.
    request_timeout: z.number().int().positive().max(2_147_483_647).optional(),
    retry: retrySchema.optional(),
    cache: cacheSchema.optional(),
    before_request_hooks: z.array(hook).optional(),
    after_request_hooks: z.array(hook).optional(),
    input_guardrails: z.array(z.union([z.string(), hook])).optional(),
    output_guardrails: z.array(z.union([z.string(), hook])).optional(),
    strict_open_ai_compliance: z.boolean().optional(),
    openai_organization: z.string().optional(),
    openai_project: z.string().optional(),
    anthropic_version: z.string().optional(),
    anthropic_beta: z.string().optional(),
    resource_name: z.string().optional(),
    deployment_id: z.string().optional(),
    api_version: z.string().optional(),
    azure_ad_token: z.string().optional(),
    azure_model_name: z.string().optional(),
    azure_endpoint_name: z.string().optional(),
    azure_foundry_url: z.string().optional(),
    aws_access_key_id: z.string().optional(),
    aws_secret_access_key: z.string().optional(),
    aws_session_token: z.string().optional(),
    aws_region: z.string().optional(),
    vertex_project_id: z.string().optional(),
    vertex_region: z.string().optional(),
    vertex_service_account_json: z.record(z.string(), z.string()).optional(),
    workers_ai_account_id: z.string().optional(),
  };

  /** Every key a config node may have, in snake_case. */
  const configNodeKeys: readonly string[] = Object.keys(nodeShape);

  /** The zod schema of a virtual-key entry; `provider` is required. */
  const providerSettingsSchema: z.ZodType = configObject({
    ...Object.fromEntries(providerKeys.map((key) => [key, nodeShape[key]])),
    provider: z.string().min(1),
  });

  /** The zod schema of one config node (recursive through `targets`). */
  const nodeSchema: z.ZodType<ConfigNode> = configObject(nodeShape) as unknown as z.ZodType<ConfigNode>;

  return { nodeSchema, providerSettingsSchema, configNodeKeys };
}
