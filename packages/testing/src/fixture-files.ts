import { readFileSync } from 'node:fs';

/** Reads the fixture files of one directory. */
export interface FixtureFiles {
  /** The file `name` in the directory, as UTF-8 text. */
  text(name: string): string;
  /** The file `name` in the directory, parsed as JSON. */
  json<T = unknown>(name: string): T;
}

/**
 * Fixture files in `directory` (a `file:` URL ending in `/`, e.g.
 * `new URL('./fixtures/', import.meta.url)`), read synchronously on each call.
 *
 * @throws TypeError when `directory` does not end in `/` (names would resolve beside it, not in it).
 */
export function fixtureFiles(directory: URL): FixtureFiles {
  if (!directory.href.endsWith('/')) {
    throw new TypeError(`fixtureFiles: directory must end in '/'; got ${directory.href}`);
  }
  const text = (name: string): string => readFileSync(new URL(name, directory), 'utf8');
  return { text, json: <T = unknown>(name: string): T => JSON.parse(text(name)) as T };
}
