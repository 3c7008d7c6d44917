/**
 * What the resilience stack costs on the happy path: a bare pipeline against the same pipeline
 * wrapped in `fallback([compose(breaker(), retry()), compose(breaker(), retry())])`, and the same
 * with core's `timeout()` added in each branch, on `undiciTransport()`, on `fetchTransport()` and
 * on an in-process upstream (no network: the stack's own cost), for JSON answers and for SSE
 * streams (where retry and fallback wait for the first byte), at
 * concurrency 1 and 64, interleaved in rounds in one run. The server runs in its own process and
 * always answers 200, so no retry or fallback ever fires: this is the price of having them ready.
 * Target: the stack >= 0.95× the bare pipeline's req/s (the `+ timeout` row shows what core's
 * `timeout()` adds on top, reported, not targeted here). The "bare, again" row measures the bare
 * pipeline a second time: its distance from 1.00 is this run's noise. The "floor" row is the least
 * any such stack costs: three layers that only pass the call on, the outer and inner ones setting
 * the two headers the stack must answer with (`x-switchyard-last-used-option-index`,
 * `x-switchyard-retry-attempt-count`); a measure to read the target against, not a usable stack.
 * Many short rounds: each ratio is the median of the per-round ratios (see `compareTo`), which a
 * slot slowed by the rest of the machine moves little.
 *
 * Run: pnpm build && pnpm exec tsx bench/resilience.ts [--quick]
 */
import { breaker } from '@switchyard/breaker';
import {
  compose,
  type FetchFunction,
  fetchTransport,
  type Handler,
  type Middleware,
  timeout,
  toFetch,
} from '@switchyard/core';
import { responseHeaders, withResponseHeaders } from '@switchyard/core/internal';
import { fallback } from '@switchyard/fallback';
import { retry } from '@switchyard/retry';
import { undiciTransport } from '@switchyard/transport-undici';
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
const rounds = quick ? 4 : 16;
const slotMs = quick ? 200 : 250;
const concurrencies = [1, 64];

const resilience = () =>
  fallback([compose(breaker(), retry({ attempts: 2 })), compose(breaker(), retry({ attempts: 2 }))]);
const resilienceWithTimeout = () =>
  fallback([
    compose(breaker(), retry({ attempts: 2 }), timeout(30_000)),
    compose(breaker(), retry({ attempts: 2 }), timeout(30_000)),
  ]);

/**
 * A layer that passes the call on and, when `header` is given, sets it on the answer (through
 * `withResponseHeaders`, which copies an answer whose headers cannot change, as `fetch`'s).
 */
function passLayer(header?: readonly [string, string]): Middleware {
  return (next) => async (request) => {
    const response = await next(request);
    return header ? withResponseHeaders(response, { [header[0]]: header[1] }) : response;
  };
}
/** See the file's comment: the floor of a three-layer stack's cost, for comparison only. */
const floor = () =>
  compose(
    passLayer([responseHeaders.lastUsedOptionIndex, 'config.targets[0]']),
    passLayer(),
    passLayer([responseHeaders.retryAttemptCount, '0']),
  );

const jsonServer = await startBenchServer({ kind: 'json' });
const sseServer = await startBenchServer({ kind: 'sse', chunks: 20 });
const undici = undiciTransport();
const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Say hello.' }] });
const streamBody = JSON.stringify({
  model: 'gpt-4o-mini',
  stream: true,
  messages: [{ role: 'user', content: 'Hi' }],
});
const headers = { 'content-type': 'application/json', authorization: 'Bearer bench' };

function jsonCall(origin: string, handler: Handler): () => Promise<unknown> {
  const fetchLike: FetchFunction = toFetch(handler);
  return async () => {
    const response = await fetchLike(`${origin}/v1/chat/completions`, { method: 'POST', headers, body });
    if (response.status !== 200) throw new Error(`unexpected status ${response.status}`);
    return response.json();
  };
}

function streamCall(origin: string, handler: Handler): () => Promise<unknown> {
  const fetchLike: FetchFunction = toFetch(handler);
  return async () => {
    const response = await fetchLike(`${origin}/v1/chat/completions`, {
      method: 'POST',
      headers,
      body: streamBody,
    });
    if (response.status !== 200) throw new Error(`unexpected status ${response.status}`);
    return response.text();
  };
}

/** Pairs of (bare, resilient) variants; each resilient one is compared with its own bare one. */
// No network at all: the upstream is a handler answering a ready JSON body, so the ratio shows the
// stack's own CPU cost per request without the noise of sockets and a server process.
const completion = JSON.stringify({ id: 'chatcmpl-bench', object: 'chat.completion', choices: [] });
const inProcess: Handler = async () =>
  new Response(completion, { headers: { 'content-type': 'application/json' } });

const pairs = [
  {
    label: 'JSON, in-process upstream',
    bare: inProcess,
    call: jsonCall,
    origin: 'http://in-process.invalid',
  },
  { label: 'JSON, undiciTransport', bare: undici, call: jsonCall, origin: jsonServer.origin },
  { label: 'JSON, fetchTransport', bare: fetchTransport(), call: jsonCall, origin: jsonServer.origin },
  { label: 'SSE, undiciTransport', bare: undici, call: streamCall, origin: sseServer.origin },
];

const results: ComparedResult[] = [];
const targets: Array<{ target: string; ratio: number; met: boolean }> = [];
try {
  for (const concurrency of concurrencies) {
    for (const pair of pairs) {
      const bareName = `${pair.label}: bare`;
      const resilientName = `${pair.label}: fallback(breaker+retry)`;
      const measured = compareTo(
        bareName,
        await runRounds({
          concurrency,
          rounds,
          slotMs,
          variants: [
            { name: bareName, call: pair.call(pair.origin, pair.bare) },
            { name: `${pair.label}: bare, again`, call: pair.call(pair.origin, pair.bare) },
            {
              name: `${pair.label}: floor (three layers, two headers set)`,
              call: pair.call(pair.origin, floor()(pair.bare)),
            },
            { name: resilientName, call: pair.call(pair.origin, resilience()(pair.bare)) },
            {
              name: `${resilientName} + timeout`,
              call: pair.call(pair.origin, resilienceWithTimeout()(pair.bare)),
            },
          ],
        }),
      );
      printTable(
        `${pair.label}, concurrency ${concurrency} (${rounds} rounds × ${slotMs} ms, interleaved)`,
        measured,
      );
      results.push(...measured);
      const resilient = measured.find((result) => result.name === resilientName)!;
      targets.push({
        target: `${resilientName} >= 0.95x bare req/s (concurrency ${concurrency})`,
        ratio: resilient.ratio,
        met: resilient.ratio >= 0.95,
      });
      // CPU time per request is steadier than req/s on a shared machine.
      targets.push({
        target: `${resilientName} >= 0.95x bare, by CPU per request (concurrency ${concurrency})`,
        ratio: resilient.cpuRatio,
        met: resilient.cpuRatio >= 0.95,
      });
    }
  }
} finally {
  await undici.close();
  await jsonServer.close();
  await sseServer.close();
}

console.log('\nTargets');
for (const target of targets)
  console.log(`${target.met ? 'met ' : 'MISS'}  ${target.target}: ${target.ratio.toFixed(3)}×`);
const path = writeResults('resilience', {
  baseline: 'bare pipeline on the same transport',
  rounds,
  slotMs,
  results,
  targets,
});
console.log(`\nwrote ${path}`);
