import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ConfigError } from '@switchyard/core';
import { didYouMean } from './did-you-mean.js';

/** Named configs ("config ids"), so `config: "pc-prod-xyz"` works as it does with Portkey. */
export interface ConfigRegistry {
  /**
   * The config stored under `id`.
   *
   * @throws ConfigError naming the id when it is unknown.
   */
  get(id: string): unknown;
  /** The ids this registry holds. */
  ids(): string[];
}

/**
 * True when `config` names a config in a registry (`"pc-prod-xyz"`) rather than being one: a string
 * that is not JSON object text.
 */
export function isConfigId(config: unknown): config is string {
  return typeof config === 'string' && !config.trimStart().startsWith('{');
}

/** A registry of configs given in code: `createRegistry({ 'pc-prod': { strategy: ..., targets: ... } })`. */
export function createRegistry(configs: Readonly<Record<string, unknown>>): ConfigRegistry {
  const entries = new Map(Object.entries(configs));
  return {
    ids: () => [...entries.keys()],
    get(id) {
      if (!entries.has(id)) {
        const suggestion = didYouMean(id, [...entries.keys()]);
        throw new ConfigError([
          `config id "${id}" is not in the registry${suggestion ? ` — did you mean "${suggestion}"?` : ''}`,
        ]);
      }
      return entries.get(id);
    },
  };
}

/**
 * A registry of the `<id>.json` files in `directory`, read now.
 *
 * @throws ConfigError naming the file that cannot be read or is not JSON.
 */
export function registryFromDirectory(directory: string): ConfigRegistry {
  const configs: Record<string, unknown> = {};
  let files: string[];
  try {
    files = readdirSync(directory).filter((file) => file.endsWith('.json'));
  } catch (error) {
    throw new ConfigError([`config directory ${directory}: ${(error as Error).message}`]);
  }
  for (const file of files) {
    try {
      configs[basename(file, '.json')] = JSON.parse(readFileSync(join(directory, file), 'utf8'));
    } catch (error) {
      throw new ConfigError([`config file ${join(directory, file)}: ${(error as Error).message}`]);
    }
  }
  return createRegistry(configs);
}
