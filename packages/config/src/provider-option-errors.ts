import { ConfigError, type Middleware } from '@switchyard/core';
import { openaiCompatiblePresets } from '@switchyard/providers-openai';

/**
 * For each built-in provider, the config key that sets each option of its factory, so that a
 * factory's complaint about `resourceName` reaches the user as one about `resource_name`, the key
 * they wrote.
 */
const configKeysOfOptions: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  openai: {
    apiKey: 'api_key',
    baseURL: 'custom_host',
    organization: 'openai_organization',
    project: 'openai_project',
  },
  anthropic: {
    apiKey: 'api_key',
    baseURL: 'custom_host',
    anthropicVersion: 'anthropic_version',
    beta: 'anthropic_beta',
  },
  'azure-openai': {
    resourceName: 'resource_name',
    endpoint: 'custom_host',
    deploymentId: 'deployment_id',
    apiVersion: 'api_version',
    apiKey: 'api_key',
    entraToken: 'azure_ad_token',
  },
  'azure-ai': { endpoint: 'azure_foundry_url', apiKey: 'api_key', apiVersion: 'api_version' },
  bedrock: {
    region: 'aws_region',
    accessKeyId: 'aws_access_key_id',
    secretAccessKey: 'aws_secret_access_key',
    sessionToken: 'aws_session_token',
    baseURL: 'custom_host',
  },
  google: { apiKey: 'api_key', baseURL: 'custom_host' },
  'vertex-ai': {
    project: 'vertex_project_id',
    region: 'vertex_region',
    credentials: 'vertex_service_account_json',
    accessToken: 'api_key',
    baseURL: 'custom_host',
  },
};

/** The keys of every OpenAI-compatible preset. */
const presetKeys: Readonly<Record<string, string>> = { apiKey: 'api_key', baseURL: 'custom_host' };

/**
 * Makes a built-in provider from a leaf's settings with `make`, turning the `TypeError` its factory
 * throws for a bad option into a `ConfigError` at the config path of the key that set it:
 * `config.targets[0].resource_name: give exactly one of resource_name, custom_host or baseURL
 * (provider "azure-openai")`. Option names in the message (each at its first mention) become the
 * config keys the user wrote; a message naming none is reported at `path`, the leaf.
 *
 * @throws ConfigError for an option the factory refused; any other error as it is.
 */
export function withConfigPath(slug: string, path: string, make: () => Middleware): Middleware {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const keys =
      configKeysOfOptions[slug] ?? (Object.hasOwn(openaiCompatiblePresets, slug) ? presetKeys : {});
    // The factory names itself (`azureOpenAI: ...`); the config names the provider by its slug.
    const reason = error.message.replace(/^[\w-]+: /, '');
    let firstKey: string | undefined;
    let firstAt = Number.POSITIVE_INFINITY;
    // Only an option's first mention is its name: a later "region" may be the English word.
    const renamed = new Set<string>();
    const message = reason.replace(/\b[a-zA-Z]+\b/g, (word, at: number) => {
      const key = Object.hasOwn(keys, word) && !renamed.has(word) ? keys[word] : undefined;
      if (key === undefined) return word;
      renamed.add(word);
      if (at < firstAt) [firstKey, firstAt] = [key, at];
      return key;
    });
    const where = firstKey === undefined ? path : `${path}.${firstKey}`;
    throw new ConfigError([`${where}: ${message} (provider ${JSON.stringify(slug)})`]);
  }
}
