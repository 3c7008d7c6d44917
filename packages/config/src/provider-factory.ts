import { ConfigError, type Middleware } from '@switchyard/core';
import { anthropic } from '@switchyard/providers-anthropic';
import { azureAIInference, azureOpenAI } from '@switchyard/providers-azure';
import { bedrock } from '@switchyard/providers-bedrock';
import { cohere } from '@switchyard/providers-cohere';
import { gemini, type ServiceAccountKey, vertex } from '@switchyard/providers-google';
import {
  hostedPresets,
  openai,
  openaiCompatible,
  openaiCompatiblePresets,
  workersAI,
} from '@switchyard/providers-openai';
import type { ProviderSettings } from './config-types.js';
import { didYouMean } from './did-you-mean.js';
import { withConfigPath } from './provider-option-errors.js';

/** Builds a provider middleware from a leaf's settings; `path` names the leaf in errors. */
export type ProviderFactory = (settings: ProviderSettings, path: string) => Middleware;

/** Portkey provider slugs Switchyard speaks natively, mapped to their factories. */
export const builtinProviders: Readonly<Record<string, ProviderFactory>> = {
  openai: (s, path) =>
    openai({
      apiKey: required(s.api_key, `${path}.api_key`, 'openai'),
      baseURL: s.custom_host,
      organization: s.openai_organization,
      project: s.openai_project,
    }),
  anthropic: (s, path) =>
    anthropic({
      apiKey: required(s.api_key, `${path}.api_key`, 'anthropic'),
      baseURL: s.custom_host,
      anthropicVersion: s.anthropic_version,
      beta: s.anthropic_beta,
    }),
  'azure-openai': (s, path) =>
    azureOpenAI({
      resourceName: s.resource_name,
      endpoint: s.custom_host,
      deploymentId: required(s.deployment_id, `${path}.deployment_id`, 'azure-openai'),
      apiVersion: s.api_version,
      apiKey: s.api_key,
      entraToken: s.azure_ad_token,
    }),
  'azure-ai': (s, path) =>
    azureAIInference({
      endpoint: required(s.azure_foundry_url ?? s.custom_host, `${path}.azure_foundry_url`, 'azure-ai'),
      apiKey: s.api_key,
      apiVersion: s.api_version,
    }),
  bedrock: (s) =>
    bedrock({
      region: s.aws_region,
      accessKeyId: s.aws_access_key_id,
      secretAccessKey: s.aws_secret_access_key,
      sessionToken: s.aws_session_token,
      baseURL: s.custom_host,
    }),
  cohere: (s, path) =>
    atPath(path, () =>
      cohere({ apiKey: required(s.api_key, `${path}.api_key`, 'cohere'), baseURL: s.custom_host }),
    ),
  google: (s) => gemini({ apiKey: s.api_key, baseURL: s.custom_host }),
  'vertex-ai': (s, path) =>
    vertex({
      project: required(
        s.vertex_project_id ?? s.vertex_service_account_json?.project_id,
        `${path}.vertex_project_id`,
        'vertex-ai',
      ),
      region: required(s.vertex_region, `${path}.vertex_region`, 'vertex-ai'),
      credentials: serviceAccount(s.vertex_service_account_json, `${path}.vertex_service_account_json`),
      accessToken: s.vertex_service_account_json ? undefined : s.api_key,
      baseURL: s.custom_host,
    }),
  ...Object.fromEntries(
    Object.entries(openaiCompatiblePresets).map(([slug, preset]) => [
      slug,
      (s: ProviderSettings) => preset({ apiKey: s.api_key, baseURL: s.custom_host }),
    ]),
  ),
  // Hosted providers: a missing key is named by its config path before the preset sees it.
  ...Object.fromEntries(
    Object.entries(hostedPresets).map(([slug, preset]) => [
      slug,
      (s: ProviderSettings, path: string) =>
        atPath(path, () =>
          preset({ apiKey: required(s.api_key, `${path}.api_key`, slug), baseURL: s.custom_host }),
        ),
    ]),
  ),
  'workers-ai': (s, path) =>
    atPath(path, () =>
      workersAI({
        apiKey: required(s.api_key, `${path}.api_key`, 'workers-ai'),
        accountId: s.custom_host
          ? s.workers_ai_account_id
          : required(s.workers_ai_account_id, `${path}.workers_ai_account_id`, 'workers-ai'),
        baseURL: s.custom_host,
      }),
    ),
};

/** What a provider slug of the user's choosing may look like (`my-local-llm`). */
const providerName = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * The provider middleware for a leaf. An unknown slug with a `custom_host` is treated as an
 * OpenAI-compatible server; without one it is an error naming the leaf and suggesting a slug.
 */
export function createProvider(
  settings: ProviderSettings,
  path: string,
  factories: Readonly<Record<string, ProviderFactory>>,
): Middleware {
  const slug = settings.provider!;
  // Own entries only: a slug such as "__proto__" or "toString" names no provider.
  const factory = Object.hasOwn(factories, slug) ? factories[slug] : undefined;
  if (typeof factory === 'function') {
    // A built-in provider's bad option is reported at the config key that set it.
    if (factory === builtinProviders[slug]) return withConfigPath(slug, path, () => factory(settings, path));
    return factory(settings, path);
  }
  if (settings.custom_host) {
    // The name travels in response headers (`x-switchyard-provider`), which hold Latin-1 only.
    if (!providerName.test(slug)) {
      throw new ConfigError([
        `${path}.provider: ${JSON.stringify(slug)} cannot name an OpenAI-compatible server: use letters, digits, ".", "_" or "-" (at most 64)`,
      ]);
    }
    return openaiCompatible({ name: slug, baseURL: settings.custom_host, apiKey: settings.api_key });
  }
  const suggestion = didYouMean(slug, Object.keys(factories));
  throw new ConfigError([
    `${path}.provider: unknown provider "${slug}"${suggestion ? ` — did you mean "${suggestion}"?` : ''}; set custom_host to use an OpenAI-compatible server`,
  ]);
}

/**
 * The provider `build` makes; a `ConfigError` its options checks throw (`"workers-ai: accountId
 * must be ..."`) is thrown again prefixed with the leaf's path, unless it already names one.
 */
function atPath(path: string, build: () => Middleware): Middleware {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new ConfigError(
      error.issues.map((issue) => (issue.startsWith(`${path}.`) ? issue : `${path}: ${issue}`)),
    );
  }
}

function required(value: string | undefined, path: string, provider: string): string {
  if (value === undefined || value === '')
    throw new ConfigError([`${path}: is required for provider "${provider}"`]);
  return value;
}

function serviceAccount(
  json: Record<string, string> | undefined,
  path: string,
): ServiceAccountKey | undefined {
  if (json === undefined) return undefined;
  if (!json.client_email || !json.private_key) {
    throw new ConfigError([`${path}: must be a service-account key with client_email and private_key`]);
  }
  return json as ServiceAccountKey;
}
