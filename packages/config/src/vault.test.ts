import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@switchyard/core';
import { describe, expect, it } from 'vitest';
import { createRegistry, isConfigId, registryFromDirectory } from './registry.js';
import { createVault, vaultFromEnv, vaultFromFile } from './vault.js';

describe('vault', () => {
  it('resolves entries and env: references at resolve time', () => {
    const env: Record<string, string> = { OPENAI_API_KEY: 'sk-secret-1' };
    const vault = createVault(
      { 'openai-key': { provider: 'openai', apiKey: 'env:OPENAI_API_KEY' } },
      { env },
    );
    expect(vault.resolve('openai-key')).toEqual({ provider: 'openai', api_key: 'sk-secret-1' });
    env.OPENAI_API_KEY = 'sk-secret-2';
    expect(vault.resolve('openai-key').api_key).toBe('sk-secret-2');
  });

  it('names an unknown virtual key, suggests a close one, and never shows secrets', () => {
    const vault = createVault({ 'openai-key': { provider: 'openai', api_key: 'sk-do-not-show' } });
    expect(() => vault.resolve('openai-kye')).toThrow(
      'virtual key "openai-kye" is not in the vault — did you mean "openai-key"?',
    );
    const missing = createVault({ a: { provider: 'openai', api_key: 'env:NOPE_NOT_SET' } }, { env: {} });
    expect(() => missing.resolve('a')).toThrow(
      'virtual key "a": api_key refers to env:NOPE_NOT_SET, which is not set',
    );
  });

  it('validates entries with their name and path', () => {
    const error = (() => {
      try {
        createVault({ broken: { provider: 'openai', apikey: 'sk-x' } });
      } catch (caught) {
        return caught as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.issues).toEqual(['virtual key "broken": apikey: unknown key — did you mean api_key?']);
    expect(error?.message).not.toContain('sk-x');
  });

  it('loads JSON and YAML files, and environment variables', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vault-'));
    writeFileSync(
      join(dir, 'keys.yaml'),
      'anthropic-key:\n  provider: anthropic\n  api_key: env:ANTHROPIC_KEY\n',
    );
    writeFileSync(
      join(dir, 'keys.json'),
      JSON.stringify({ 'bedrock-key': { provider: 'bedrock', aws_region: 'us-east-1' } }),
    );
    const env = {
      ANTHROPIC_KEY: 'sk-ant-1',
      SWITCHYARD_VK_GROQ_KEY: '{"provider":"groq","api_key":"gsk-1"}',
    };
    expect(vaultFromFile(join(dir, 'keys.yaml'), { env }).resolve('anthropic-key')).toEqual({
      provider: 'anthropic',
      api_key: 'sk-ant-1',
    });
    expect(vaultFromFile(join(dir, 'keys.json')).resolve('bedrock-key').aws_region).toBe('us-east-1');
    expect(vaultFromEnv(undefined, { env }).resolve('groq-key')).toEqual({
      provider: 'groq',
      api_key: 'gsk-1',
    });
    expect(() => vaultFromEnv('SWITCHYARD_VK_', { env: { SWITCHYARD_VK_BAD: 'sk-raw' } })).toThrow(
      /^SWITCHYARD_VK_BAD: must hold a JSON object/,
    );
  });
});

describe('config registry', () => {
  it('finds configs by id in code and in a folder', () => {
    const registry = createRegistry({ 'pc-prod': { provider: 'openai' } });
    expect(registry.get('pc-prod')).toEqual({ provider: 'openai' });
    expect(() => registry.get('pc-prd')).toThrow(
      'config id "pc-prd" is not in the registry — did you mean "pc-prod"?',
    );
    const dir = mkdtempSync(join(tmpdir(), 'configs-'));
    writeFileSync(join(dir, 'pc-a.json'), '{"retry":{"attempts":1}}');
    expect(registryFromDirectory(dir).get('pc-a')).toEqual({ retry: { attempts: 1 } });
    writeFileSync(join(dir, 'pc-b.json'), '{oops');
    expect(() => registryFromDirectory(dir)).toThrow(/config file .*pc-b\.json/);
  });
  it('knows a config id by its shape, a name, so config text is never taken for one and quoted back', () => {
    for (const id of ['pc-prod', 'pc-config-xxx', 'prod.v2', 'A_1']) expect(isConfigId(id)).toBe(true);
    for (const text of [
      '{"provider":"openai"}',
      ' {',
      '[]',
      '"pc-prod"',
      'pc prod',
      '',
      '-pc',
      'x'.repeat(129),
    ]) {
      expect(isConfigId(text)).toBe(false);
    }
    // An id no request could name is refused where it is registered, naming it.
    expect(() => createRegistry({ 'my config': {} })).toThrow(
      /^config id "my config": must be letters, digits/,
    );
  });
});
