/**
 * What a simple-cache hit costs, in one run:
 * 1. memory hits vs the bare pipeline to a local server (the same request without a cache), both
 *    through `toFetch` like an SDK would call them, at concurrency 1 and 64, next to an in-process
 *    handler answering the same JSON with a standard `Request` and `new Response(text)`;
 * 2. Redis hits vs a raw Redis GET of the same stored value (same server, same client library),
 *    when `redis-server` is installed.
 * The upstream server runs in its own process and answers a ~1 KB chat completion.
 *
 * Run: pnpm build && pnpm exec tsx bench/cache-simple.ts [--quick]
 */
import { cpus, loadavg } from 'node:os';
import { cacheSimple, memoryStore, redisStore } from '@switchyard/cache-simple';
import { compose, type Handler, toFetch } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
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
  writeResults,
} from './lib/index.js';

assertFreshBuild();

const quick = process.argv.includes('--quick');
const rounds = quick ? 2 : 4;
const slotMs = quick ? 300 : 700;
const concurrencies = [1, 64];

const answer = 'Paris is the capital of France. '.repeat(32).trim();
const completion = {
  id: 'chatcmpl-bench',
  object: 'chat.completion',
  created: 1_700_000_000,
  model: 'gpt-4o-mini',
  choices: [
    { index: 0, message: { role: 'assistant', content: answer, refusal: null }, finish_reason: 'stop' },
  ],
  usage: { prompt_tokens: 14, completion_tokens: 230, total_tokens: 244 },
};

const server = await startBenchServer({ kind: 'json', body: completion });
const url = `${server.origin}/v1/chat/completions`;
const init = {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
  body: JSON.stringify({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'What is the capital of France?' }],
  }),
};

/** An SDK-like call through `handler`, reading the whole JSON answer and checking the cache status. */
function sdkCall(handler: Handler, expectedStatus: string): () => Promise<unknown> {
  const fetchLike = toFetch(handler);
  return async () => {
    const response = await fetchLike(url, init);
    if (response.status !== 200) throw new Error(`unexpected status ${response.status}`);
    const status = response.headers.get(responseHeaders.cacheStatus);
    if (status !== expectedStatus) throw new Error(`expected cache status ${expectedStatus}; got ${status}`);
    return response.json();
  };
}

const undici = undiciTransport();
// An in-process answer built the standard way: a `Request` and a `new Response(text)` read back
// through its body stream, as a hit answers too.
const completionText = JSON.stringify(completion);
const standardAnswer: Handler = async () =>
  new Response(completionText, { headers: { 'content-type': 'application/json' } });
const results: ComparedResult[] = [];
const targets: Array<{ target: string; value: number; met: boolean }> = [];
let redisSkipped: string | undefined;

try {
  // 1. Memory hits vs the bare pipeline.
  const memory = compose(cacheSimple({ store: memoryStore() }))(undici);
  await sdkCall(memory, 'MISS')();
  for (const concurrency of concurrencies) {
    const measured = compareTo(
      'bare pipeline (undiciTransport → local server)',
      await runRounds({
        variants: [
          { name: 'bare pipeline (undiciTransport → local server)', call: bareCall(compose()(undici)) },
          { name: 'cacheSimple memory hit', call: sdkCall(memory, 'HIT') },
          { name: 'in-process handler: new Response(same JSON), no cache', call: bareCall(standardAnswer) },
        ],
        concurrency,
        rounds,
        slotMs,
      }),
    );
    printTable(
      `memory hits, concurrency ${concurrency} (${rounds} rounds × ${slotMs} ms, interleaved)`,
      measured,
    );
    results.push(...measured);
  }
  for (const hit of results.filter((result) => result.name === 'cacheSimple memory hit')) {
    targets.push({
      target: `memory hits/s >= 50000 (concurrency ${hit.concurrency})`,
      value: hit.rps,
      met: hit.rps >= 50_000,
    });
  }

  // 2. Redis hits vs a raw GET of the same value.
  const availability = redisServerAvailability();
  if (!availability.available) {
    redisSkipped = `${availability.reason}; install it with: ${redisInstallCommand}`;
    console.log(`\nSKIPPED Redis part: ${redisSkipped}`);
  } else {
    const redis = await startRedisServer();
    const raw = createClient({ url: redis.url });
    raw.on('error', () => undefined);
    const store = redisStore({ url: redis.url, prefix: 'bench:' });
    try {
      await raw.connect();
      const cached = compose(cacheSimple({ store }))(undici);
      await sdkCall(cached, 'MISS')();
      const [key] = await raw.keys('bench:*');
      const value = await raw.get(key!);
      console.log(`\nstored entry: ${value!.length} bytes in Redis`);
      for (const concurrency of concurrencies) {
        const measured = compareTo(
          'raw Redis GET (same value)',
          await runRounds({
            variants: [
              { name: 'raw Redis GET (same value)', call: () => raw.get(key!) },
              { name: 'cacheSimple Redis hit', call: sdkCall(cached, 'HIT') },
            ],
            concurrency,
            rounds,
            slotMs,
          }),
        );
        printTable(
          `Redis hits, concurrency ${concurrency} (${rounds} rounds × ${slotMs} ms, interleaved)`,
          measured,
        );
        results.push(...measured);
      }
    } finally {
      await store.close();
      await raw.close();
      await redis.stop();
    }
  }
} finally {
  await undici.close();
  await server.close();
}

function bareCall(handler: Handler): () => Promise<unknown> {
  const fetchLike = toFetch(handler);
  return async () => {
    const response = await fetchLike(url, init);
    if (response.status !== 200) throw new Error(`unexpected status ${response.status}`);
    return response.json();
  };
}

console.log('\nTargets');
for (const target of targets) {
  console.log(`${target.met ? 'met ' : 'MISS'}  ${target.target}: ${target.value.toFixed(0)}`);
}
// The machine is shared: the load average says how far absolute req/s are from an idle machine's.
const loadAverage = loadavg().map((value) => Number(value.toFixed(2)));
console.log(`load average during the run: ${loadAverage.join(', ')} on ${cpus().length} cores`);
const path = writeResults('cache-simple', {
  rounds,
  slotMs,
  loadAverage,
  results,
  targets,
  redisSkipped: redisSkipped ?? null,
});
console.log(`\nwrote ${path}`);
