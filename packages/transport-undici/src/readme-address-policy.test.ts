import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

it('runs the README address policy snippet and prints what its comments say', async () => {
  const readme = readFileSync(`${packageDir}/README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('\n## Address policy\n'));
  const snippet = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  expect(snippet).toContain('addressPolicy({');
  const expected = [...snippet.matchAll(/^\/\/ (?!A local)(.*)$/gm)].map((match) => `${match[1]}\n`).join('');
  // Run from the package directory, so the packages resolve to their sources.
  const { stdout } = await promisify(execFile)(
    tsx,
    ['--conditions=@switchyard/source', '--input-type=module', '-e', snippet],
    { cwd: packageDir, timeout: 15_000 },
  );
  expect(stdout).toBe(expected);
  expect(stdout).toContain('127.0.0.1 is a loopback address');
});
