import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const readme = readFileSync(`${packageDir}/README.md`, 'utf8');

it('runs the README snippet and prints what its comments say', async () => {
  const snippet = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(snippet).toContain('toFetch(pipeline)');
  const expected = [...snippet!.matchAll(/^\/\/ (\/v1.*|switchyard .*)$/gm)].map((match) => match[1]);
  // Run from the package directory, so `@switchyard/core` resolves to this package's source.
  const { stdout } = await promisify(execFile)(
    tsx,
    ['--conditions=@switchyard/source', '--input-type=module', '-e', snippet!],
    { cwd: packageDir, timeout: 15_000 },
  );
  expect(expected).toHaveLength(2);
  expect(stdout).toBe(`${expected.join('\n')}\n`);
});

// The middleware example and its test run in test/readme-snippets.test.ts, where @switchyard/testing
// resolves. Here: what a reader outside this repository copies imports only the public entry.
it('shows users only the public entry', () => {
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
  expect(blocks.length).toBeGreaterThanOrEqual(3);
  for (const block of blocks) expect(block).not.toContain('@switchyard/core/internal');
  expect(blocks[1]).toContain('export function retryOnce503');
  expect(blocks[2]).toContain("from './retry-once-503.js'");
});

it('documents every public export in the API table and every internal one in its paragraph', () => {
  const start = readme.indexOf('## API');
  const internalStart = readme.indexOf('### `@switchyard/core/internal`');
  expect(start).toBeGreaterThan(-1);
  expect(internalStart).toBeGreaterThan(start);
  const api = readme.slice(start, internalStart);
  const internal = readme.slice(internalStart);
  const publicNames = exportedNames('index.ts');
  const internalNames = exportedNames('internal.ts', { valuesOnly: true });
  expect(publicNames.length).toBeGreaterThan(20);
  for (const name of publicNames) expect(api, `${name} in the API table`).toMatch(mentions(name));
  for (const name of internalNames) {
    expect(internal, `${name} in the internal paragraph`).toMatch(mentions(name));
    expect(api, `${name} is internal, not in the public table`).not.toMatch(mentions(name));
  }
});

/** The names a core entry exports by name (`export type *` re-exports are left out). */
function exportedNames(entry: string, { valuesOnly = false } = {}): string[] {
  const source = readFileSync(`${packageDir}/src/${entry}`, 'utf8');
  const names: string[] = [];
  for (const [, typeOnly, list] of source.matchAll(/export (type )?\{([^}]*)\} from/g)) {
    for (const item of list!.split(',')) {
      const entryText = item.trim();
      if (entryText === '') continue;
      const isType = typeOnly !== undefined || entryText.startsWith('type ');
      if (valuesOnly && isType) continue;
      names.push(entryText.replace(/^type /, ''));
    }
  }
  return names;
}

function mentions(name: string): RegExp {
  return new RegExp(`\`${name}\\b`);
}
