import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

it('runs the README snippet and prints what the README says', async () => {
  const readme = readFileSync(`${packageDir}/README.md`, 'utf8');
  const snippet = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  const printed = /prints\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(snippet).toContain('guardrails(');
  // Run from the package directory, so `@switchyard/guardrails` resolves to this package's source.
  const { stdout } = await promisify(execFile)(
    tsx,
    ['--conditions=@switchyard/source', '--input-type=module', '-e', snippet as string],
    { cwd: packageDir, timeout: 15_000 },
  );
  expect(stdout).toBe(printed);
});
