/**
 * What a Switchyard pipeline costs per request: raw `fetch` against `toFetch(pipeline)` on
 * `fetchTransport()` and on `undiciTransport()`, with an empty and a 5-middleware pipeline, at
 * concurrency 1 and 64, interleaved in rounds in one run. The server runs in its own process and
 * answers every request with the same chat-completion JSON.
 *
 * Run: pnpm build && pnpm exec tsx bench/pipeline.ts
 */
import {
  compose,
  type FetchFunction,
  fetchTransport,
  type Handler,
  type Middleware,
  requestOptions,
  toFetch,
} from '@switchyard/core';
import { responseHeaders, withResponseHeaders } from '@switchyard/core/internal';
import { undiciTransport } from '@switchyard/transport-undici';
import { Agent } from 'undici';
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
const slotMs = quick ? 300 : 400;
const concurrencies = [1, 64];

// Five pass-through middlewares doing what real ones do on the happy path: read per-request
// options, check a header, time the call, count statuses, and mark the response.
const stats = { calls: 0, totalMs: 0, byStatus: new Map<number, number>(), withTrace: 0, withoutAuth: 0 };

const readOptions: Middleware = (next) => (request) => {
  if (requestOptions(request).traceId !== undefined) stats.withTrace++;
  return next(request);
};
const requireAuth: Middleware = (next) => (request) => {
  if (!request.headers.has('authorization')) stats.withoutAuth++;
  return next(request);
};
const timing: Middleware = (next) => async (request) => {
  const start = performance.now();
  const response = await next(request);
  stats.totalMs += performance.now() - start;
  stats.calls++;
  return response;
};
const countStatus: Middleware = (next) => async (request) => {
  const response = await next(request);
  stats.byStatus.set(response.status, (stats.byStatus.get(response.status) ?? 0) + 1);
  return response;
};
const markProvider: Middleware = (next) => async (request) => {
  const response = await next(request);
  return withResponseHeaders(response, { [responseHeaders.provider]: 'openai' });
};

const fiveMiddlewares = [readOptions, requireAuth, timing, countStatus, markProvider];

const server = await startBenchServer({ kind: 'json' });
const url = `${server.origin}/v1/chat/completions`;
const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Say hello.' }] });
const init = {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
  body,
};

const undici = undiciTransport();
const rawAgent = new Agent({ keepAliveTimeout: 4000 });

/** An SDK-like call: fetch-style, reading the whole JSON answer. */
function sdkCall(fetchLike: FetchFunction): () => Promise<unknown> {
  return async () => {
    const response = await fetchLike(url, init);
    if (response.status !== 200) throw new Error(`unexpected status ${response.status}`);
    return response.json();
  };
}

const through = (handler: Handler) => sdkCall(toFetch(handler));
const variants: Variant[] = [
  { name: 'raw fetch', call: sdkCall(fetch) },
  { name: 'fetchTransport, empty', call: through(compose()(fetchTransport())) },
  { name: 'fetchTransport, 5 middlewares', call: through(compose(...fiveMiddlewares)(fetchTransport())) },
  { name: 'undiciTransport, empty', call: through(compose()(undici)) },
  { name: 'undiciTransport, 5 middlewares', call: through(compose(...fiveMiddlewares)(undici)) },
  {
    name: 'raw undici request() (reference)',
    call: async () => {
      const response = await rawAgent.request({
        origin: server.origin,
        path: '/v1/chat/completions',
        method: 'POST',
        headers: init.headers,
        body,
      });
      return response.body.json();
    },
  },
];

const results: ComparedResult[] = [];
try {
  for (const concurrency of concurrencies) {
    const measured = compareTo('raw fetch', await runRounds({ variants, concurrency, rounds, slotMs }));
    printTable(
      `concurrency ${concurrency} (${rounds} rounds × ${slotMs} ms per variant, interleaved)`,
      measured,
    );
    results.push(...measured);
  }
} finally {
  await undici.close();
  await rawAgent.close();
  await server.close();
}

const ratio = (name: string, concurrency: number) =>
  (results.find((result) => result.name === name && result.concurrency === concurrency)?.ratio as number) ??
  0;
const targets = concurrencies.flatMap((concurrency) => [
  {
    target: `fetchTransport 5 middlewares >= 0.95x raw fetch (concurrency ${concurrency})`,
    ratio: ratio('fetchTransport, 5 middlewares', concurrency),
    met: ratio('fetchTransport, 5 middlewares', concurrency) >= 0.95,
  },
  {
    target: `undiciTransport 5 middlewares >= 1.5x raw fetch (concurrency ${concurrency})`,
    ratio: ratio('undiciTransport, 5 middlewares', concurrency),
    met: ratio('undiciTransport, 5 middlewares', concurrency) >= 1.5,
  },
]);
console.log('\nTargets');
for (const target of targets) {
  console.log(`${target.met ? 'met ' : 'MISS'}  ${target.target}: ${target.ratio.toFixed(2)}×`);
}
const path = writeResults('pipeline', { baseline: 'raw fetch', rounds, slotMs, results, targets });
console.log(`\nwrote ${path}`);
