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

/** What a config id looks like: a name (`pc-prod-xyz`), never text that could hold a config or a key. */
const configIdShape = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * True when `config` names a config in a registry (`"pc-prod-xyz"`) rather than being one: a
 * string of letters, digits, `.`, `_` and `-` (at most 128, starting with a letter or digit). Any
 * other string is config text (JSON), checked and reported as such, never quoted back as a name.
 */
export function isConfigId(config: unknown): config is string {
  return typeof config === 'string' && configIdShape.test(config);
}

/**
 * A registry of configs given in code: `createRegistry({ 'pc-prod': { strategy: ..., targets: ... } })`.
 *
 * @throws ConfigError naming an id that is not a config id (see `isConfigId`): no request could name it.
 */
export function createRegistry(configs: Readonly<Record<string, unknown>>): ConfigRegistry {
  const entries = new Map(Object.entries(configs));
  const unusable = [...entries.keys()].filter((id) => !isConfigId(id));
  if (unusable.length > 0) {
    throw new ConfigError(
      unusable.map(
        (id) =>
          `config id ${JSON.stringify(id)}: must be letters, digits, ".", "_" or "-" (at most 128, starting with a letter or digit)`,
      ),
    );
  }
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
