import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

// A fresh process sees what the package loads, module by module: ES modules through a resolve hook
// that appends each URL to a file (synchronously, before the module runs), CommonJS ones in
// `require.cache`. This test's own process has loaded zod long ago.
const hooks = `
import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(log, resolved.url + '\\n');
  return resolved;
}`;

const program = (log: string, vaultFile: string) => `
import { readFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)}, { data: { log: ${JSON.stringify(log)} } });
const loaded = (name) =>
  [...readFileSync(${JSON.stringify(log)}, 'utf8').split('\\n'), ...Object.keys(createRequire(import.meta.url).cache)]
    .some((path) => path.includes('/node_modules/' + name + '/'));
const seen = {};
const see = (step) => { seen[step] = { zod: loaded('zod'), yaml: loaded('yaml') }; };
const { createConfigCompiler, parseConfig, vaultFromFile } = await import('@switchyard/config');
see('import');
createConfigCompiler().compile({}, { provider: 'openai', apiKey: 'sk-test' });
see('provider only');
parseConfig({ retry: { attempts: 2 } });
see('config validated');
vaultFromFile(${JSON.stringify(vaultFile)}).resolve('openai-key');
see('YAML vault read');
// The hook saw the package's own modules, so "not loaded" above is no blind spot.
seen.hookSawConfig = readFileSync(${JSON.stringify(log)}, 'utf8').includes('/packages/config/src/index.ts');
console.log(JSON.stringify(seen));
`;

it('loads zod when a config is first validated and yaml when a YAML file is first read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'on-first-use-'));
  const log = join(dir, 'resolved.log');
  const vaultFile = join(dir, 'keys.yaml');
  writeFileSync(log, '');
  writeFileSync(vaultFile, 'openai-key:\n  provider: openai\n  api_key: sk-test\n');
  // Run from the package directory, so `@switchyard/config` resolves to this package's source.
  const { stdout } = await promisify(execFile)(
    tsx,
    ['--conditions=@switchyard/source', '--input-type=module', '-e', program(log, vaultFile)],
    { cwd: packageDir, timeout: 20_000 },
  );
  expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({
    import: { zod: false, yaml: false },
    'provider only': { zod: false, yaml: false },
    'config validated': { zod: true, yaml: false },
    'YAML vault read': { zod: true, yaml: true },
    hookSawConfig: true,
  });
});
