// `pnpm bench`: runs every benchmark in bench/ one after another, each in its own process so one
// benchmark's servers, caches and JIT state never skew the next. `pnpm bench pipeline gateway` runs
// only those. Each prints its table and writes bench/results/<topic>.json. They run Switchyard's
// built packages, as users import them (`pnpm bench` builds first; each checks the build is fresh).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const directory = fileURLToPath(new URL('.', import.meta.url));
const all = readdirSync(directory)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && !file.startsWith('zz-'))
  .map((file) => file.slice(0, -3))
  .sort();
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; choose from ${all.join(', ')}`);
  process.exit(2);
}
const chosen = asked.length > 0 ? asked : all;
const failed: string[] = [];
for (const name of chosen) {
  console.log(`\n=== bench/${name}.ts ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${name}.ts`], {
    cwd: directory,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed.push(name);
}
if (failed.length > 0) {
  console.error(`\nbenchmarks that failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nran ${chosen.length} benchmark(s); results in bench/results/`);
