/**
 * What tracing costs per call, in CPU microseconds: the same pipeline bare, with `trace()` and
 * nothing observing (no sink, no OpenTelemetry provider: the default for a library user), with a
 * no-op sink (every record built and handed over), and with a no-op sink plus `traceAttempt()`,
 * against one local server, at concurrency 1 and 32, interleaved in rounds in one run. Then the same
 * for a 20-chunk stream that ends as OpenAI's do (a finish reason, then usage when the request asks
 * for it), where the traced variant asks for usage and strips that chunk again.
 * The figure is this process's CPU time per call (client, pipeline and transport; the server runs
 * in its own process), and what trace adds to the bare pipeline's: the median over rounds of each
 * round's ratio to bare, times bare's CPU per call (`compareTo`). A provider answers in hundreds of
 * milliseconds, so what a user can feel is CPU per call, not a localhost throughput ratio.
 *
 * Two rows put the figures in proportion: "bare, again" measures the bare pipeline a second time
 * (what it "adds" is this run's noise), and "minimal observer" is the least any tracer that reports
 * usage must do per call (an id, one read and one `JSON.parse` of what carries the usage, a small
 * record to the no-op sink; for a stream, of its last event, without asking for usage): a floor for
 * trace's cost, not a usable tracer.
 *
 * Run: pnpm build && pnpm exec tsx bench/trace.ts [--quick]
 */
import { randomUUID } from 'node:crypto';
import { compose, type FetchFunction, type Handler, type Middleware, toFetch } from '@switchyard/core';
import { tapResponse } from '@switchyard/core/internal';
import { trace, traceAttempt } from '@switchyard/trace';
import { undiciTransport } from '@switchyard/transport-undici';
import {
  assertFreshBuild,
  type ComparedResult,
  compareTo,
  printRows,
  printTable,
  runRounds,
  startBenchServer,
  type Variant,
  writeResults,
} from './lib/index.js';

assertFreshBuild();

const quick = process.argv.includes('--quick');
const rounds = quick ? 4 : 16;
const slotMs = quick ? 200 : 250;
const noop = (_record: unknown) => undefined;
// The bench server's default stream length.
const streamChunks = 20;

const body = (stream: boolean) =>
  JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Say hello.' }], stream });

function sdkCall(fetchLike: FetchFunction, url: string, stream: boolean): () => Promise<unknown> {
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer bench' },
    body: body(stream),
  };
  return async () => {
    const response = await fetchLike(url, init);
    if (response.status !== 200) throw new Error(`unexpected status ${response.status}`);
    return stream ? response.text() : response.json();
  };
}

/**
 * See the file's comment: the floor of a tracer's cost, for comparison only. A JSON answer is read
 * once and parsed once and handed on as a new `Response`, as `trace()` does; a stream is
 * tapped and its last JSON event parsed at the end.
 */
function minimalObserver(stream: boolean): Middleware {
  return (next) => async (request) => {
    const spanId = randomUUID();
    const startedAt = performance.now();
    const response = await next(request);
    if (!stream) {
      const text = await response.text();
      const { usage } = JSON.parse(text) as { usage?: unknown };
      noop({ spanId, status: response.status, latencyMs: performance.now() - startedAt, usage });
      return new Response(text, response);
    }
    const chunks: Uint8Array[] = [];
    return tapResponse(response, {
      transform(chunk) {
        chunks.push(chunk);
        return chunk;
      },
      flush: () => null,
      end(outcome) {
        const text = Buffer.concat(chunks).toString();
        const at = text.lastIndexOf('data: {') + 6;
        const { usage } = JSON.parse(text.slice(at, text.indexOf('\n', at)));
        noop({ spanId, status: response.status, outcome, latencyMs: performance.now() - startedAt, usage });
      },
    });
  };
}

async function measure(kind: 'json' | 'sse', concurrencies: number[]): Promise<ComparedResult[]> {
  // The stream ends as OpenAI's does: a finish reason, and usage when the request asks for it.
  const server = await startBenchServer({ kind, chunks: streamChunks, usage: true });
  const transport = undiciTransport();
  const url = `${server.origin}/v1/chat/completions`;
  const stream = kind === 'sse';
  const through = (handler: Handler) => sdkCall(toFetch(handler), url, stream);
  const variants: Variant[] = [
    { name: `${kind}: bare`, call: through(compose()(transport)) },
    { name: `${kind}: bare, again`, call: through(compose()(transport)) },
    { name: `${kind}: minimal observer, no-op sink`, call: through(minimalObserver(stream)(transport)) },
    { name: `${kind}: trace, nothing observing`, call: through(trace()(transport)) },
    { name: `${kind}: trace, no-op sink`, call: through(trace({ sink: noop })(transport)) },
    {
      name: `${kind}: trace + traceAttempt, no-op sink`,
      call: through(compose(trace({ sink: noop }), traceAttempt())(transport)),
    },
  ];
  const results: ComparedResult[] = [];
  try {
    for (const concurrency of concurrencies) {
      const measured = compareTo(`${kind}: bare`, await runRounds({ variants, concurrency, rounds, slotMs }));
      printTable(
        `${kind}, concurrency ${concurrency} (${rounds} rounds × ${slotMs} ms per variant, interleaved)`,
        measured,
      );
      results.push(...measured);
    }
  } finally {
    await transport.close();
    await server.close();
  }
  return results;
}

const concurrencies = [1, 32];
const results = [...(await measure('json', concurrencies)), ...(await measure('sse', concurrencies))];

// The summary: CPU µs per call added to the bare pipeline, per variant, kind and concurrency.
const shown = [
  'trace, nothing observing',
  'trace, no-op sink',
  'trace + traceAttempt, no-op sink',
  'minimal observer, no-op sink',
  'bare, again',
];
const columns = (['json', 'sse'] as const).flatMap((kind) =>
  concurrencies.map((concurrency) => ({ kind, concurrency })),
);
const find = (name: string, concurrency: number) =>
  results.find((result) => result.name === name && result.concurrency === concurrency)!;
const cpuUsPerCall = Object.fromEntries(
  ['bare', ...shown].map((variant) => [
    variant,
    Object.fromEntries(
      columns.map(({ kind, concurrency }) => {
        const result = find(`${kind}: ${variant}`, concurrency);
        return [
          `${kind === 'sse' ? 'stream' : kind} c=${concurrency}`,
          { cpuUs: result.cpuUsPerRequest, addedCpuUs: result.addedCpuUsPerRequest },
        ];
      }),
    ),
  ]),
);
const header = [
  'CPU µs per call',
  ...columns.map(({ kind, concurrency }) => `${kind === 'sse' ? 'stream' : kind} c=${concurrency}`),
];
const rows = [
  header,
  [
    'bare (the baseline)',
    ...columns.map(({ kind, concurrency }) => find(`${kind}: bare`, concurrency).cpuUsPerRequest.toFixed(1)),
  ],
  ...shown.map((variant) => [
    `${variant}: added`,
    ...columns.map(({ kind, concurrency }) => {
      const added = find(`${kind}: ${variant}`, concurrency).addedCpuUsPerRequest;
      return `${added >= 0 ? '+' : ''}${added.toFixed(1)}`;
    }),
  ]),
];
printRows(
  `CPU µs per call in this process (stream: ${streamChunks} chunks); "added": against bare in the same rounds`,
  rows,
);
const path = writeResults('trace', {
  baseline: 'bare (same transport, no middleware)',
  rounds,
  slotMs,
  streamChunks,
  cpuUsPerCall,
  results,
});
console.log(`\nwrote ${path}`);
