import { readFileSync } from 'node:fs';
import { ConfigError } from '@switchyard/core';
import { configSchemas } from './config-schema.js';
import type { ProviderSettings } from './config-types.js';
import { didYouMean } from './did-you-mean.js';
import { formatIssues } from './format-issues.js';
import { yaml } from './on-first-use.js';

/** A virtual key's provider and its settings; string values may be `env:NAME` references. */
export type VirtualKeyEntry = ProviderSettings & { provider: string };

/** Maps virtual-key names to providers and their secrets, so configs and clients never hold secrets. */
export interface Vault {
  /**
   * The settings behind `name`, with `env:NAME` references read from the environment now.
   *
   * @throws ConfigError naming the virtual key when it is unknown or a referenced variable is unset.
   */
  resolve(name: string): VirtualKeyEntry;
  /** The names this vault holds. */
  names(): string[];
}

/** Options of the vault constructors. */
export interface VaultOptions {
  /** Where `env:NAME` references are read. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * A vault from entries given in code, validated now: `createVault({ 'openai-key': { provider:
 * 'openai', api_key: 'env:OPENAI_API_KEY' } })`. camelCase setting names are accepted.
 *
 * @throws ConfigError naming the entry and the problem.
 */
export function createVault(entries: Readonly<Record<string, unknown>>, options: VaultOptions = {}): Vault {
  const env = options.env ?? process.env;
  const validated = new Map<string, VirtualKeyEntry>();
  const problems: string[] = [];
  for (const [name, entry] of Object.entries(entries)) {
    const result = configSchemas().providerSettingsSchema.safeParse(entry);
    if (result.success) validated.set(name, result.data as VirtualKeyEntry);
    else
      problems.push(
        ...formatIssues(result.error.issues).map(
          (line) => `virtual key "${name}": ${line.replace(/^config: /, '')}`,
        ),
      );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    names: () => [...validated.keys()],
    resolve(name) {
      const entry = validated.get(name);
      if (!entry) {
        const suggestion = didYouMean(name, [...validated.keys()]);
        throw new ConfigError([
          `virtual key "${name}" is not in the vault${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
        ]);
      }
      return resolveReferences(name, entry, env);
    },
  };
}

/**
 * A vault read from a JSON or YAML file (by extension: `.yaml`/`.yml` is YAML) mapping names to
 * entries. Keep secrets out of the file with `env:NAME` references.
 *
 * @throws ConfigError naming the file when it cannot be read or parsed, or an entry is invalid.
 */
export function vaultFromFile(path: string, options: VaultOptions = {}): Vault {
  let entries: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    entries = /\.ya?ml$/i.test(path) ? yaml().parse(text) : JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`vault file ${path}: ${(error as Error).message}`]);
  }
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
    throw new ConfigError([`vault file ${path}: must map virtual-key names to entries`]);
  }
  return createVault(entries as Record<string, unknown>, options);
}

/**
 * A vault from environment variables `<prefix><NAME>` holding an entry as JSON:
 * `SWITCHYARD_VK_OPENAI_KEY='{"provider":"openai","api_key":"sk-..."}'` defines `openai-key`
 * (lower case, `_` read as `-`).
 *
 * @param prefix Default: `SWITCHYARD_VK_`.
 * @throws ConfigError naming the variable (never its value) when it is not a valid entry.
 */
export function vaultFromEnv(prefix = 'SWITCHYARD_VK_', options: VaultOptions = {}): Vault {
  const env = options.env ?? process.env;
  const entries: Record<string, unknown> = {};
  for (const [variable, value] of Object.entries(env)) {
    if (!variable.startsWith(prefix) || value === undefined) continue;
    const name = variable.slice(prefix.length).toLowerCase().replace(/_/g, '-');
    try {
      entries[name] = JSON.parse(value);
    } catch {
      throw new ConfigError([
        `${variable}: must hold a JSON object such as {"provider":"openai","api_key":"env:OPENAI_API_KEY"}`,
      ]);
    }
  }
  return createVault(entries, options);
}

function resolveReferences(
  name: string,
  entry: VirtualKeyEntry,
  env: Readonly<Record<string, string | undefined>>,
): VirtualKeyEntry {
  const resolved: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (typeof value === 'string' && value.startsWith('env:')) {
      const variable = value.slice(4);
      const actual = env[variable];
      if (actual === undefined || actual === '') {
        throw new ConfigError([`virtual key "${name}": ${key} refers to env:${variable}, which is not set`]);
      }
      resolved[key] = actual;
    } else resolved[key] = value;
  }
  return resolved as VirtualKeyEntry;
}
