import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Writes the `index`-th ```ts block of a README (path relative to the repository root) to a module
 * under test/.tmp, so a test can import and run it exactly as written.
 *
 * @param name the module's path under test/.tmp, for a block that other blocks import by name.
 *   Default: one derived from the README and the index. Avoid names ending in `.test.ts`, which
 *   vitest would collect on its own.
 */
export function readmeSnippetModule(readme: string, index = 0, name?: string): string {
  const text = readFileSync(join(root, readme), 'utf8');
  const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const block = blocks[index];
  if (block === undefined) throw new Error(`${readme} has no ts block ${index}`);
  const file = join(root, 'test', '.tmp', name ?? `${readme.replace(/[^\w]+/g, '-')}-${index}.ts`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${block}\nexport {};\n`);
  return file;
}
