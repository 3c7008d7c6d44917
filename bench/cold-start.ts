/**
 * Cold start, as a serverless function pays it: a fresh Node process per sample imports the built
 * packages, as users do, and reports the time since the process started and its peak RSS. Rows:
 * - `node`: a process that imports nothing (this machine's floor);
 * - `openai`: the official `openai` package alone (the baseline, measured in the same run);
 * - `openai, fetch loaded`: the same, then `new Headers()`, which loads Node's fetch implementation
 *   (undici, built in): a client pays that on its first request at the latest;
 * - `import client`: `import('@switchyard/client')`;
 * - `createClient openai`: the import, then `createClient({ provider: 'openai', apiKey: 'x' })`,
 *   which compiles the config and builds the pipeline (no request is sent);
 * - `createClient config`: the same target as a config object, which is validated (loading zod).
 * Rows take turns within each round, in an order that rotates, so drift in the machine's load
 * affects every row alike. Target: `createClient openai` under 100 ms and 60 MB, set when `openai`
 * alone took 59 ms and 51 MB: on a slower or busier machine, 1.7x the time of `openai`.
 *
 * Run: pnpm build && pnpm exec tsx bench/cold-start.ts [--samples=N]
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { assertFreshBuild, percentile, printRows, writeResults } from './lib/index.js';
import { argumentValue } from './lib/isolated-rounds.js';

assertFreshBuild();

const samples = Number(argumentValue('samples') ?? 20);
// Run from the client package, so `@switchyard/client` resolves to its build through its exports
// (a self-reference, as from a user's node_modules) and `openai` to the version it depends on.
const clientDirectory = fileURLToPath(new URL('../packages/client/', import.meta.url));

const rows: { name: string; code: string }[] = [
  { name: 'node', code: '' },
  { name: 'openai', code: "await import('openai');" },
  { name: 'openai, fetch loaded', code: "await import('openai'); new Headers();" },
  { name: 'import client', code: "await import('@switchyard/client');" },
  {
    name: 'createClient openai',
    code: "const { createClient } = await import('@switchyard/client'); createClient({ provider: 'openai', apiKey: 'x' });",
  },
  {
    name: 'createClient config',
    code: "const { createClient } = await import('@switchyard/client'); createClient({ config: { provider: 'openai', api_key: 'x' } });",
  },
];

interface Sample {
  /** Milliseconds from the process's start until the code has run. */
  ms: number;
  /** CPU time of the process (all its threads) until then, ms: its cost apart from waiting for a core. */
  cpuMs: number;
  /** Peak resident set size, MB. */
  rssMb: number;
}

const report =
  'const usage = process.resourceUsage(); console.log(JSON.stringify({ ms: performance.now(), ' +
  'cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, rssMb: usage.maxRSS / 1024 }));';

/** Runs `code` in a fresh Node process and returns what it reports. */
function sample(code: string): Sample {
  const output = execFileSync(process.execPath, ['--input-type=module', '--eval', `${code}\n${report}`], {
    cwd: clientDirectory,
    encoding: 'utf8',
  });
  return JSON.parse(output.trimEnd().split('\n').at(-1)!) as Sample;
}

const measured = new Map<string, Sample[]>(rows.map((row) => [row.name, []]));
// One round unmeasured, so the file system cache holds every module before the first sample.
for (const row of rows) sample(row.code);
for (let round = 0; round < samples; round++) {
  for (let turn = 0; turn < rows.length; turn++) {
    const row = rows[(round + turn) % rows.length]!;
    measured.get(row.name)!.push(sample(row.code));
  }
}

const median = (values: number[]) => percentile(Float64Array.from(values).sort(), 0.5);
const results = rows.map(({ name }) => {
  const taken = measured.get(name)!;
  return {
    name,
    medianMs: median(taken.map((item) => item.ms)),
    medianCpuMs: median(taken.map((item) => item.cpuMs)),
    medianRssMb: median(taken.map((item) => item.rssMb)),
  };
});
const baseline = results.find((result) => result.name === 'openai')!;

// CPU time is the steadier ratio where other processes compete for the cores: wall time then
// includes waiting for one.
printRows(`cold start: a fresh process per sample, ${samples} samples per row (medians)`, [
  ['row', 'ms', 'ratio to openai', 'CPU ms', 'CPU ratio', 'peak RSS MB'],
  ...results.map((result) => [
    result.name,
    result.medianMs.toFixed(1),
    `${(result.medianMs / baseline.medianMs).toFixed(2)}×`,
    result.medianCpuMs.toFixed(1),
    `${(result.medianCpuMs / baseline.medianCpuMs).toFixed(2)}×`,
    result.medianRssMb.toFixed(1),
  ]),
]);
const target = results.find((result) => result.name === 'createClient openai')!;
console.log(
  `\ntarget: createClient openai ${target.medianMs.toFixed(1)} ms (target < 100; ` +
    `${(target.medianMs / baseline.medianMs).toFixed(2)}× openai in time, ` +
    `${(target.medianCpuMs / baseline.medianCpuMs).toFixed(2)}× in CPU; openai took 59 ms when the target was set), ` +
    `${target.medianRssMb.toFixed(1)} MB (target < 60); load average ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
);
const path = writeResults('cold-start', { samples, results, loadavg: loadavg() });
console.log(`results: ${path}`);
