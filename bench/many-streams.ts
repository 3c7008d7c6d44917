/**
 * Many slow streams at once, as a gateway holds them: 2,000 concurrent chat-completion streams, each
 * a chunk every 100 ms for 3 s from a mock provider (a bench server in its own process), through
 *
 * - bare proxy: a `node:http` server that parses the JSON body, forwards it with `undici.request`
 *   and writes each chunk back as it arrives (the floor of any Node gateway);
 * - switchyard: `serve()` from the built `@switchyard/server` (`pnpm build` first, checked), one
 *   target from `x-portkey-provider: openai` + `x-portkey-custom-host`.
 *
 * Each gateway runs in a fresh child process per round, bound to 127.0.0.1. After a warm-up of 100
 * streams, the streams are opened over two seconds and read to their end ("open": the most open at
 * one time, the least over rounds); each must bring every chunk, in order, then `[DONE]` (a stream
 * that does not is an error, reported with its reason). Each gateway process reports the CPU seconds
 * it spent on the measured streams, its resident memory before them (idle, after a full collection)
 * and its peak (the kernel's high-water mark), hence the memory each open stream holds.
 * Rounds alternate the order of the gateways; each figure is the median over rounds, and each ratio
 * the median of the per-round ratios to the bare proxy. CPU µs per chunk is the gateway's CPU time
 * over every chunk it relayed, the requests' own cost included (`--chunks=1` shows that cost alone).
 * The latency columns are context: on a busy machine they show its load more than the gateway's.
 *
 * Run: pnpm build && pnpm exec tsx bench/many-streams.ts [--quick] [--streams=N] [--rounds=N] [--chunks=N]
 * Profile the gateway processes: GATEWAY_CPU_PROF=<directory> (one .cpuprofile per process).
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createParser } from 'eventsource-parser';
import { Agent, request } from 'undici';
import {
  assertFreshBuild,
  type GatewayChild,
  percentile,
  printRows,
  startBenchServer,
  startGateway,
  writeResults,
} from './lib/index.js';
import { argumentValue } from './lib/isolated-rounds.js';

/** How one stream went, seen by the client. */
interface StreamOutcome {
  /** Why the stream is wrong (status, missing or reordered chunks, no `[DONE]`, a reset); none if right. */
  error?: string;
  /** From sending the request to the first content chunk, ms. */
  firstChunkMs: number;
  /** From sending the request to the end of the stream, ms. */
  totalMs: number;
}

/** What a batch of streams measured, seen by the client. */
interface BatchResult {
  streams: number;
  completed: number;
  /** Failed streams by reason. */
  errors: Record<string, number>;
  firstChunkP50Ms: number;
  firstChunkP99Ms: number;
  streamP50Ms: number;
  streamP99Ms: number;
  /** From the first request to the last stream's end, ms. */
  wallMs: number;
  /** CPU time this process (the load generator) spent on the batch, s. */
  clientCpuSeconds: number;
  /** The most streams open at one time (sent and not yet read to their end). */
  mostOpen: number;
}

const body = JSON.stringify({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Say hello slowly.' }],
  stream: true,
});

/**
 * Reads one stream to its end and checks it carried `chunks` content chunks in order (the mock's
 * `token0 token1 ...`), then `[DONE]`.
 */
async function oneStream(
  dispatcher: Agent,
  origin: string,
  headers: Record<string, string>,
  chunks: number,
): Promise<StreamOutcome> {
  const started = performance.now();
  let firstChunkMs = Number.NaN;
  const elapsed = () => performance.now() - started;
  try {
    const answer = await request(`${origin}/v1/chat/completions`, {
      method: 'POST',
      dispatcher,
      headers,
      body,
    });
    if (answer.statusCode !== 200) {
      const text = await answer.body.text();
      return {
        error: `status ${answer.statusCode}: ${text.slice(0, 120)}`,
        firstChunkMs,
        totalMs: elapsed(),
      };
    }
    let received = 0;
    let outOfOrder = false;
    let done = false;
    const parser = createParser({
      onEvent({ data }) {
        if (data === '[DONE]') {
          done = true;
          return;
        }
        const content = (JSON.parse(data) as { choices?: Array<{ delta?: { content?: string } }> })
          .choices?.[0]?.delta?.content;
        if (!content) return;
        if (received === 0) firstChunkMs = elapsed();
        if (content !== `token${received} `) outOfOrder = true;
        received++;
      },
    });
    const decoder = new TextDecoder();
    for await (const bytes of answer.body) parser.feed(decoder.decode(bytes as Uint8Array, { stream: true }));
    const totalMs = elapsed();
    if (outOfOrder) return { error: 'chunks out of order or changed', firstChunkMs, totalMs };
    if (received !== chunks) return { error: `${received} of ${chunks} chunks`, firstChunkMs, totalMs };
    if (!done) return { error: 'no [DONE]', firstChunkMs, totalMs };
    return { firstChunkMs, totalMs };
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return { error: code ?? message ?? String(error), firstChunkMs, totalMs: elapsed() };
  }
}

/**
 * Opens `streams` streams on fresh connections, their starts spread evenly over `rampMs`, and waits
 * for all of them.
 */
async function openStreams(
  origin: string,
  headers: Record<string, string>,
  streams: number,
  chunks: number,
  rampMs: number,
): Promise<BatchResult> {
  // One connection per stream, as separate users' streams arrive; closed after the batch.
  const dispatcher = new Agent({ pipelining: 1, headersTimeout: 60_000, bodyTimeout: 60_000 });
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let open = 0;
  let mostOpen = 0;
  const outcomes = await Promise.all(
    Array.from({ length: streams }, async (_, index) => {
      await sleep((index * rampMs) / streams);
      mostOpen = Math.max(mostOpen, ++open);
      const outcome = await oneStream(dispatcher, origin, headers, chunks);
      open--;
      return outcome;
    }),
  );
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  await dispatcher.close();
  const errors: Record<string, number> = {};
  for (const { error } of outcomes) if (error !== undefined) errors[error] = (errors[error] ?? 0) + 1;
  const sorted = (values: number[]) => Float64Array.from(values.filter(Number.isFinite)).sort();
  const firstChunk = sorted(outcomes.map((outcome) => outcome.firstChunkMs));
  const total = sorted(outcomes.map((outcome) => outcome.totalMs));
  return {
    streams,
    completed: outcomes.filter((outcome) => outcome.error === undefined).length,
    errors,
    firstChunkP50Ms: percentile(firstChunk, 0.5),
    firstChunkP99Ms: percentile(firstChunk, 0.99),
    streamP50Ms: percentile(total, 0.5),
    streamP99Ms: percentile(total, 0.99),
    wallMs,
    clientCpuSeconds: (cpu.user + cpu.system) / 1e6,
    mostOpen,
  };
}

/** One gateway's measured batch in one round: the client's view and the gateway process's own. */
interface RoundResult extends BatchResult {
  name: string;
  round: number;
  warmupErrors: Record<string, number>;
  /** CPU time the gateway process spent on the measured batch, s. */
  cpuSeconds: number;
  /** The gateway's resident memory after warming up and a full collection, before the batch, MB. */
  idleRssMb: number;
  /** The gateway's peak resident memory since it started, MB: reached during the batch, the largest load. */
  peakRssMb: number;
  /** (peak - idle) / streams: the memory each open stream holds, KB. */
  kbPerStream: number;
}

const MB = 1024 * 1024;

async function measureRound(
  name: string,
  round: number,
  start: () => Promise<GatewayChild>,
  headers: Record<string, string>,
  settings: { streams: number; warmupStreams: number; chunks: number; rampMs: number },
): Promise<RoundResult> {
  const gateway = await start();
  try {
    const { streams, warmupStreams, chunks, rampMs } = settings;
    const warmup = await openStreams(gateway.origin, headers, warmupStreams, chunks, rampMs);
    const before = await gateway.stats({ collect: true });
    const batch = await openStreams(gateway.origin, headers, streams, chunks, rampMs);
    const after = await gateway.stats();
    const idleRssMb = before.rssBytes / MB;
    const peakRssMb = after.maxRssBytes / MB;
    return {
      name,
      round,
      ...batch,
      warmupErrors: warmup.errors,
      cpuSeconds: (after.cpuUs - before.cpuUs) / 1e6,
      idleRssMb,
      peakRssMb,
      kbPerStream: ((peakRssMb - idleRssMb) * 1024) / streams,
    };
  } finally {
    await gateway.close();
  }
}

function median(values: number[]): number {
  return percentile(Float64Array.from(values).sort(), 0.5);
}

async function main(): Promise<void> {
  assertFreshBuild();
  const quick = process.argv.includes('--quick');
  const streams = Number(argumentValue('streams') ?? (quick ? 500 : 2000));
  const rounds = Number(argumentValue('rounds') ?? (quick ? 1 : 3));
  const warmupStreams = Math.min(100, streams);
  const chunks = Number(argumentValue('chunks') ?? 30);
  const intervalMs = 100;
  // Streams open over two seconds, as users' requests arrive, rather than as one burst of
  // connections that overflows the listen queue (Node's backlog is 511) and waits for SYN retries;
  // each lasts three, so all are open at once.
  const rampMs = 2000;

  const mock = await startBenchServer({ kind: 'sse', chunks, intervalMs });
  const baseline = 'bare node:http proxy';
  const gateways: Array<{
    name: string;
    start: () => Promise<GatewayChild>;
    headers: Record<string, string>;
  }> = [
    {
      name: baseline,
      start: () => startGateway('bare-proxy', mock.origin),
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
    },
    {
      name: 'switchyard',
      start: () => startGateway('switchyard'),
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer sk-bench',
        'x-portkey-provider': 'openai',
        'x-portkey-custom-host': `${mock.origin}/v1`,
      },
    },
  ];
  const settings = { streams, warmupStreams, chunks, rampMs };
  const measured: RoundResult[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? gateways : [...gateways].reverse();
      for (const gateway of order) {
        const result = await measureRound(gateway.name, round, gateway.start, gateway.headers, settings);
        console.log(
          `round ${round + 1}/${rounds} ${gateway.name}: ${result.completed}/${streams} streams complete ` +
            `(${result.mostOpen} open at most), ` +
            `${result.cpuSeconds.toFixed(2)} CPU s, peak ${result.peakRssMb.toFixed(1)} MB ` +
            `(load generator: ${result.clientCpuSeconds.toFixed(2)} CPU s, ${(result.wallMs / 1000).toFixed(1)} s)`,
        );
        measured.push(result);
      }
    }
  } finally {
    await mock.close();
  }

  const roundsOf = (name: string) => measured.filter((result) => result.name === name);
  const ratioTo = (name: string, pick: (result: RoundResult) => number) =>
    median(roundsOf(name).map((result, index) => pick(result) / pick(roundsOf(baseline)[index]!)));
  const summary = gateways.map(({ name }) => {
    const taken = roundsOf(name);
    const errors: Record<string, number> = {};
    for (const result of taken) {
      for (const batch of [result.warmupErrors, result.errors]) {
        for (const [reason, count] of Object.entries(batch)) errors[reason] = (errors[reason] ?? 0) + count;
      }
    }
    return {
      name,
      completed: taken.reduce((sum, result) => sum + result.completed, 0),
      mostOpen: Math.min(...taken.map((result) => result.mostOpen)),
      opened: taken.length * streams,
      errors,
      cpuSeconds: median(taken.map((result) => result.cpuSeconds)),
      cpuRatio: ratioTo(name, (result) => result.cpuSeconds),
      cpuUsPerChunk: (median(taken.map((result) => result.cpuSeconds)) * 1e6) / (streams * chunks),
      idleRssMb: median(taken.map((result) => result.idleRssMb)),
      peakRssMb: median(taken.map((result) => result.peakRssMb)),
      peakRatio: ratioTo(name, (result) => result.peakRssMb),
      kbPerStream: median(taken.map((result) => result.kbPerStream)),
      kbPerStreamRatio: ratioTo(name, (result) => result.kbPerStream),
      firstChunkP99Ms: median(taken.map((result) => result.firstChunkP99Ms)),
      streamP99Ms: median(taken.map((result) => result.streamP99Ms)),
    };
  });

  printRows(
    `${streams} concurrent streams opened over ${rampMs} ms, ${chunks} chunks each every ${intervalMs} ms, ${rounds} round(s), ` +
      `a fresh gateway process per round (medians; ratios to the ${baseline})`,
    [
      [
        'gateway',
        'complete',
        'open',
        'CPU s',
        'ratio',
        'CPU µs/chunk',
        'peak RSS MB',
        'ratio',
        'idle MB',
        'KB/stream',
        'ratio',
        'first chunk p99 ms',
        'stream p99 ms',
      ],
      ...summary.map((row) => [
        row.name,
        `${row.completed}/${row.opened}`,
        String(row.mostOpen),
        row.cpuSeconds.toFixed(2),
        `${row.cpuRatio.toFixed(2)}×`,
        row.cpuUsPerChunk.toFixed(1),
        row.peakRssMb.toFixed(1),
        `${row.peakRatio.toFixed(2)}×`,
        row.idleRssMb.toFixed(1),
        row.kbPerStream.toFixed(1),
        `${row.kbPerStreamRatio.toFixed(2)}×`,
        row.firstChunkP99Ms.toFixed(0),
        row.streamP99Ms.toFixed(0),
      ]),
    ],
  );
  const failed = summary.filter((row) => Object.keys(row.errors).length > 0);
  for (const row of failed) {
    console.log(`\nERRORS through ${row.name}:`);
    for (const [reason, count] of Object.entries(row.errors)) console.log(`  ${count}× ${reason}`);
  }
  const path = writeResults('many-streams', {
    streams,
    chunks,
    intervalMs,
    rampMs,
    rounds,
    warmupStreams,
    baseline,
    summary,
    perRound: measured,
  });
  console.log(`\nwrote ${path}`);
  if (failed.length > 0) process.exitCode = 1;
}

await main();
