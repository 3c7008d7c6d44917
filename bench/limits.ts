/**
 * What `@switchyard/limits` costs per request: the same pipeline (the OpenAI provider on
 * `undiciTransport()`, to a local server answering a chat completion with usage) without limits,
 * with `rateLimit` counting requests only, with `rateLimit` counting requests and tokens (estimate
 * reserved, settled from the answer's usage), and with that plus `budget` (cost from the catalog's
 * prices) — on the memory store, and on Redis when `redis-server` is installed — at concurrency 1 and
 * 64, interleaved in rounds in one run. Limits are set far above what the run can reach, so every
 * request is admitted and settled: the cost measured is the happy path's. Subjects rotate over 1000
 * tenants, so the store holds many keys, as a gateway's does.
 *
 * The server runs in its own process. Ratios are req/s against the pipeline without limits in the
 * same round (the target is the memory store's: under 5% of throughput, a ratio >= 0.95), and
 * CPU µs per request of this process (client, pipeline and transport). A last table runs the memory
 * variants over an in-process transport that answers as `undiciTransport` does (the JSON's bytes in
 * memory), without network or server: its "added cpu µs" is what the limits themselves cost.
 *
 * Run: pnpm build && pnpm exec tsx bench/limits.ts [--quick]
 */
import { cpus, loadavg } from 'node:os';
import { compose, type Handler, type Middleware, toFetch } from '@switchyard/core';
import { rememberResponseBytes } from '@switchyard/core/internal';
import { budget, type LimitStore, memoryLimitStore, rateLimit, redisLimitStore } from '@switchyard/limits';
import { openai } from '@switchyard/providers-openai';
import { undiciTransport } from '@switchyard/transport-undici';
import { createClient } from 'redis';
import {
  redisInstallCommand,
  redisServerAvailability,
  startRedisServer,
} from '../packages/cache-simple/src/test-support/redis-server.js';
import {
  assertFreshBuild,
  type ComparedResult,
  compareTo,
  printTable,
  runRounds,
  startBenchServer,
  type Variant,
  writeResults,
} from './lib/index.js';

assertFreshBuild();

const quick = process.argv.includes('--quick');
const rounds = quick ? 2 : 8;
const slotMs = quick ? 300 : 500;
const concurrencies = [1, 64];

const server = await startBenchServer({ kind: 'json' });
const url = 'https://api.openai.com/v1/chat/completions';
const init = {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
  body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Say hello.' }] }),
};

const undici = undiciTransport();
const provider = openai({ apiKey: 'sk-bench', baseURL: `${server.origin}/v1` });

// 1000 tenants in turn; never limited (far above what a run reaches).
const tenants = Array.from({ length: 1000 }, (_, index) => `tenant-${index}`);
let turn = 0;
const tenant = () => tenants[turn++ % tenants.length];
const huge = 1_000_000_000;

const requestsOnly = (store: LimitStore) => rateLimit({ key: tenant, requestsPerMinute: huge, store });
const requestsAndTokens = (store: LimitStore) =>
  rateLimit({ key: tenant, requestsPerMinute: huge, tokensPerMinute: huge, store });
const withBudget = (store: LimitStore): Middleware[] => [
  requestsAndTokens(store),
  budget({ key: tenant, usd: huge, store }),
];

/** An SDK-like call: fetch-style, reading the whole JSON answer. */
function sdkCall(handler: Handler): () => Promise<unknown> {
  const fetchLike = toFetch(handler);
  return async () => {
    const response = await fetchLike(url, init);
    if (response.status !== 200)
      throw new Error(`unexpected status ${response.status}: ${await response.text()}`);
    return response.json();
  };
}

const pipeline = (...limits: Middleware[]) => sdkCall(compose(...limits, provider)(undici));
const baseline = 'pipeline without limits';

function variantsFor(label: string, makeStore: () => LimitStore): Variant[] {
  return [
    { name: `rateLimit requests, ${label}`, call: pipeline(requestsOnly(makeStore())) },
    { name: `rateLimit requests+tokens, ${label}`, call: pipeline(requestsAndTokens(makeStore())) },
    { name: `rateLimit + budget, ${label}`, call: pipeline(...withBudget(makeStore())) },
  ];
}

// The same pipelines over an in-process transport answering as undiciTransport does (the JSON's
// bytes held in memory), so that no network or server noise blurs the CPU the limits add.
const answerBytes = new TextEncoder().encode(
  JSON.stringify({
    id: 'chatcmpl-bench',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, message: { role: 'assistant', content: 'Hello!' }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 },
  }),
);
const inProcess: Handler = async () =>
  rememberResponseBytes(
    new Response(answerBytes, { headers: { 'content-type': 'application/json' } }),
    answerBytes,
  );
const inProcessBaseline = 'in-process: pipeline without limits';
const inProcessCall = (...limits: Middleware[]) => sdkCall(compose(...limits, provider)(inProcess));
const inProcessVariants: Variant[] = [
  { name: inProcessBaseline, call: inProcessCall() },
  { name: 'in-process: rateLimit requests, memory', call: inProcessCall(requestsOnly(memoryLimitStore())) },
  {
    name: 'in-process: rateLimit requests+tokens, memory',
    call: inProcessCall(requestsAndTokens(memoryLimitStore())),
  },
  { name: 'in-process: rateLimit + budget, memory', call: inProcessCall(...withBudget(memoryLimitStore())) },
];

const results: ComparedResult[] = [];
let redisSkipped: string | undefined;
const availability = redisServerAvailability();
const redis = availability.available ? await startRedisServer() : undefined;
const client = redis ? createClient({ url: redis.url, disableOfflineQueue: true }) : undefined;
if (!availability.available) {
  redisSkipped = `${availability.reason}; install it with: ${redisInstallCommand}`;
  console.log(`\nSKIPPED Redis variants: ${redisSkipped}`);
}

try {
  if (client) {
    client.on('error', () => undefined);
    await client.connect();
  }
  const variants: Variant[] = [
    { name: baseline, call: pipeline() },
    ...variantsFor('memory', memoryLimitStore),
    ...(client ? variantsFor('Redis', () => redisLimitStore(client, { prefix: 'bench:' })) : []),
  ];
  for (const concurrency of concurrencies) {
    const measured = compareTo(baseline, await runRounds({ variants, concurrency, rounds, slotMs }));
    printTable(
      `concurrency ${concurrency} (${rounds} rounds × ${slotMs} ms per variant, interleaved)`,
      measured,
    );
    results.push(...measured);
  }
  const measured = compareTo(
    inProcessBaseline,
    await runRounds({ variants: inProcessVariants, concurrency: 1, rounds: rounds * 2, slotMs }),
  );
  printTable(
    `in-process transport, concurrency 1 (${rounds * 2} rounds × ${slotMs} ms per variant, interleaved)`,
    measured,
  );
  results.push(...measured);
} finally {
  await client?.close();
  await redis?.stop();
  await undici.close();
  await server.close();
}

const find = (name: string, concurrency: number) =>
  results.find((result) => result.name === name && result.concurrency === concurrency);
const targets = concurrencies.flatMap((concurrency) => {
  const full = find('rateLimit + budget, memory', concurrency)!;
  return [
    {
      target: `rateLimit + budget on the memory store >= 0.95x the pipeline without limits (concurrency ${concurrency})`,
      ratio: full.ratio,
      cpuRatio: full.cpuRatio,
      met: full.ratio >= 0.95,
    },
  ];
});
console.log('\nTargets');
for (const target of targets) {
  console.log(
    `${target.met ? 'met ' : 'MISS'}  ${target.target}: ${target.ratio.toFixed(3)}× req/s, ${target.cpuRatio.toFixed(3)}× CPU`,
  );
}
console.log('\nRatios to the pipeline without limits (req/s, CPU)');
for (const result of results.filter((result) => ![baseline, inProcessBaseline].includes(result.name))) {
  console.log(
    `  c=${String(result.concurrency).padStart(2)}  ${result.name.padEnd(40)} ${result.ratio.toFixed(3)}×  ${result.cpuRatio.toFixed(3)}×  (+${result.addedCpuUsPerRequest.toFixed(1)} CPU µs/req)`,
  );
}
// The machine is shared: the load average says how far absolute req/s are from an idle machine's.
const loadAverage = loadavg().map((value) => Number(value.toFixed(2)));
console.log(`load average during the run: ${loadAverage.join(', ')} on ${cpus().length} cores`);
const path = writeResults('limits', {
  baseline,
  rounds,
  slotMs,
  loadAverage,
  results,
  targets,
  redisSkipped: redisSkipped ?? null,
});
console.log(`\nwrote ${path}`);
