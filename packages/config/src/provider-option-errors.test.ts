import { ConfigError } from '@switchyard/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileConfig } from './compile-config.js';

/** Compiles `leaf` as the second target of a fallback; the ConfigError it throws, or `undefined`. */
function refusal(leaf: Record<string, unknown>): ConfigError | undefined {
  try {
    compileConfig({
      strategy: { mode: 'fallback' },
      targets: [{ provider: 'openai', api_key: 'sk-1' }, leaf],
    });
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}

// The environment must not fill in what a config leaves out.
const environment = ['AWS_REGION', 'AWS_DEFAULT_REGION', 'GEMINI_API_KEY', 'GOOGLE_API_KEY'];
const saved = new Map<string, string | undefined>();
beforeEach(() => {
  for (const name of environment) {
    saved.set(name, process.env[name]);
    delete process.env[name];
  }
});
afterEach(() => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("a provider's option checks, from a config", () => {
  it.each([
    [
      { provider: 'openai', api_key: 'sk-1', openai_organization: '' },
      'targets[1].openai_organization: openai_organization must be a non-empty string (provider "openai")',
    ],
    [
      { provider: 'anthropic', api_key: 'k', anthropic_version: '' },
      'targets[1].anthropic_version: anthropic_version must be a non-empty string (provider "anthropic")',
    ],
    [
      {
        provider: 'azure-openai',
        resource_name: 'r',
        custom_host: 'https://r.openai.azure.com',
        deployment_id: 'd',
        api_key: 'k',
      },
      'targets[1].resource_name: give exactly one of resource_name, custom_host or baseURL (provider "azure-openai")',
    ],
    [
      { provider: 'azure-openai', resource_name: 'r', deployment_id: 'd', api_key: 'k', azure_ad_token: 't' },
      'targets[1].api_key: give api_key or azure_ad_token, not both (provider "azure-openai")',
    ],
    [
      {
        provider: 'azure-ai',
        azure_foundry_url: 'https://x.services.ai.azure.com',
        api_key: 'k',
        api_version: '',
      },
      'targets[1].api_version: api_version must be a non-empty string (provider "azure-ai")',
    ],
    [
      { provider: 'bedrock', aws_access_key_id: 'AKIA', aws_secret_access_key: 's' },
      'targets[1].aws_region: aws_region must be an AWS region like us-east-1 (or set AWS_REGION); got undefined (provider "bedrock")',
    ],
    [
      { provider: 'bedrock', aws_region: 'us-east-1', aws_access_key_id: 'AKIA' },
      'targets[1].aws_secret_access_key: aws_secret_access_key is missing in options (provider "bedrock")',
    ],
    [
      { provider: 'google', api_key: '' },
      'targets[1].api_key: api_key is required (or set GEMINI_API_KEY / GOOGLE_API_KEY) (provider "google")',
    ],
    [
      { provider: 'vertex-ai', vertex_project_id: 'p', vertex_region: 'not a region', api_key: 'ya29.t' },
      'targets[1].vertex_region: ',
    ],
    [
      { provider: 'groq', api_key: '' },
      'targets[1].api_key: api_key must be a non-empty string (provider "groq")',
    ],
  ])('reports %j as a ConfigError at the key that set the option', (leaf, message) => {
    const error = refusal(leaf);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.issues).toHaveLength(1);
    expect(error!.issues[0]!.startsWith(message)).toBe(true);
  });
});
