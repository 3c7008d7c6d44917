/**
 * Bedrock ConverseStream translation throughput: a native `application/vnd.amazon.eventstream` body
 * (binary frames encoded with @smithy/core's codec; the provider checks both CRCs of every frame and
 * decodes it) translated by `bedrock()` into
 * OpenAI SSE chunks and read to the end, against a plain eventsource-parser parse of an SSE stream
 * carrying the same JSON payloads (similar size), read the same way, in the same run. Also the time
 * to the first chunk through the whole `bedrock()` middleware (translation, SigV4 signing) against
 * plain parsing of the upstream answer. Targets: ≤ 50 µs of CPU per native chunk (a model stream
 * arrives at kilobytes a second, so less is invisible to users), first-chunk overhead ≤ 1 ms.
 *
 * The two sides alternate, and each measurement runs in its own Node process (`isolatedRounds`).
 * Measured in one process, the plain parse's string garbage grows V8's young generation; the
 * translation then collects it rarely, and the output buffers it allocates (backing stores outside
 * the JS heap) pile up until V8 starts full mark-compacts, about every 100 ms in `--trace-gc`. That
 * charged the translation for the baseline's garbage: 35-45% against 50-55% with a small young
 * generation (`--max-semi-space-size=2`). `--in-process` still measures both sides in one process.
 *
 * With one frame per read both sides mostly measure the web-streams machinery per read (the
 * translation goes through two streams, the upstream body and its own output, the baseline one).
 * Each translate run also makes the Requests and Responses of a real call (undici, Node 20). Single
 * measurements of the translation still differ by up to 1.5x between processes, so compare medians.
 *
 * `--quick` takes fewer rounds and samples.
 *
 *   pnpm build && pnpm exec tsx bench/bedrock.ts [--in-process] [--quick]
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { EventStreamCodec } from '@smithy/core/event-streams';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import type { Handler } from '@switchyard/core';
import { bedrock } from '@switchyard/providers-bedrock';
import { createParser } from 'eventsource-parser';
import { assertFreshBuild, environment, percentile, writeResults } from './lib/index.js';
import {
  compareSides,
  measureIfAsked,
  median,
  plainParse,
  type Rate,
  type Side,
  settledRate,
  streamOf,
} from './lib/stream-throughput.js';

const encoder = new TextEncoder();
const codec = new EventStreamCodec(toUtf8, fromUtf8);
const model = 'anthropic.claude-3-5-sonnet-20240620-v1:0';

interface NativeEvent {
  type: string;
  payload: unknown;
}

/** A long ConverseStream answer: text deltas, then a tool use streamed as JSON fragments. */
function nativeEvents(textDeltas: number): NativeEvent[] {
  const words = [
    'The ',
    'quick ',
    'brown ',
    'fox ',
    'jumps ',
    'über ',
    'the ',
    'lazy ',
    'dog — ',
    'again. ',
    '😀 ',
  ];
  // Bedrock pads payloads with a `p` field of varying length.
  const padding = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const events: NativeEvent[] = [
    { type: 'messageStart', payload: { role: 'assistant', p: padding.slice(0, 12) } },
  ];
  for (let i = 0; i < textDeltas; i++) {
    const text = words[i % words.length]! + words[(i * 7) % words.length]! + words[(i * 3) % words.length]!;
    events.push({
      type: 'contentBlockDelta',
      payload: { contentBlockIndex: 0, delta: { text }, p: padding.slice(0, i % padding.length) },
    });
  }
  events.push({ type: 'contentBlockStop', payload: { contentBlockIndex: 0 } });
  events.push({
    type: 'contentBlockStart',
    payload: {
      contentBlockIndex: 1,
      start: { toolUse: { toolUseId: 'tooluse_bench', name: 'get_weather' } },
    },
  });
  for (let i = 0; i < textDeltas / 10; i++) {
    const input = i === 0 ? '{"city": "Par' : `is ${i}", "n${i}": ${i}, "k": "`;
    events.push({
      type: 'contentBlockDelta',
      payload: { contentBlockIndex: 1, delta: { toolUse: { input } } },
    });
  }
  events.push({ type: 'contentBlockStop', payload: { contentBlockIndex: 1 } });
  events.push({ type: 'messageStop', payload: { stopReason: 'tool_use' } });
  events.push({
    type: 'metadata',
    payload: {
      usage: { inputTokens: 1200, outputTokens: textDeltas * 3, totalTokens: 1200 + textDeltas * 3 },
      metrics: { latencyMs: 9000 },
    },
  });
  return events;
}

/** The binary frames Bedrock sends for `events`. */
function frames(events: NativeEvent[]): Uint8Array[] {
  return events.map((event) =>
    codec.encode({
      headers: {
        ':event-type': { type: 'string', value: event.type },
        ':content-type': { type: 'string', value: 'application/json' },
        ':message-type': { type: 'string', value: 'event' },
      },
      body: fromUtf8(JSON.stringify(event.payload)),
    }),
  );
}

/** The same payloads as SSE events: the baseline's input. */
function sseEvents(events: NativeEvent[]): Uint8Array[] {
  return events.map((event) =>
    encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(event.payload)}\n\n`),
  );
}

/** `parts` joined and cut into pieces of `size` (network-sized reads), or left one per event. */
function reads(parts: Uint8Array[], size: number | 'event'): Uint8Array[] {
  if (size === 'event') return parts;
  const bytes = Buffer.concat(parts);
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

const body = JSON.stringify({
  model,
  stream: true,
  stream_options: { include_usage: true },
  messages: [
    { role: 'system', content: 'You are a benchmark.' },
    { role: 'user', content: 'Say something long.' },
  ],
});
const credentials = {
  region: 'us-east-1',
  accessKeyId: 'AKIABENCHMARK0000000',
  secretAccessKey: 'bench-secret',
};

/** `bedrock()` in front of an upstream that answers with `chunks` as the ConverseStream body. */
function provider(chunks: () => Uint8Array[]): Handler {
  const upstream: Handler = async () =>
    new Response(streamOf(chunks()), {
      headers: { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': 'bench' },
    });
  return bedrock(credentials)(upstream);
}

/** The translation: the native stream through `bedrock()`, its SSE answer read to the end. */
async function translate(handler: Handler): Promise<number> {
  const response = await handler(
    new Request('http://switchyard.local/v1/chat/completions', { method: 'POST', body }),
  );
  const reader = response.body!.getReader();
  let out = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    out += value.length;
  }
  return out;
}

/** How a throughput measurement cuts the streams: network-sized reads, or one frame (event) per read. */
const chunkings = {
  '16k': { label: '16 KiB reads', size: 16 * 1024 },
  frame: { label: 'one frame per read', size: 'event' },
} as const;
type Chunking = keyof typeof chunkings;

/**
 * One side of a throughput comparison, measured here: the plain parse or the translation of a
 * 20,000-delta answer cut as `chunking` says (`settledRate`).
 * Both sides build the same inputs, so both run with the same data on the heap.
 */
async function measureSide(side: Side, chunking: Chunking): Promise<Rate> {
  const events = nativeEvents(20_000);
  const native = reads(frames(events), chunkings[chunking].size);
  const sse = reads(sseEvents(events), chunkings[chunking].size);
  const bytes = byteCount(side === 'plain' ? sse : native);
  const handler = provider(() => native);
  const run = side === 'plain' ? () => plainParse(sse) : () => translate(handler);
  if (side === 'translate') {
    const out = await translate(handler);
    if (out < bytes / 4) throw new Error(`translation produced only ${out} bytes`);
  }
  return settledRate(run, bytes);
}

function byteCount(chunks: Uint8Array[]): number {
  return chunks.reduce((sum, chunk) => sum + chunk.length, 0);
}

/**
 * The plain parse against the translation, `rounds` times each (`compareSides`): each measurement
 * in its own process, or with `--in-process` both in this one.
 */
async function throughput(chunking: Chunking, rounds: number) {
  const { label } = chunkings[chunking];
  const [plain, translated] = await compareSides({
    script,
    chunking,
    rounds,
    inProcess,
    measure: (side) => measureSide(side, chunking),
  });
  const wall = (values: Rate[]) => median(values.map((value) => value.wall));
  const cpu = (values: Rate[]) => median(values.map((value) => value.cpu));
  // A rate is MB per second, that is bytes per µs: a run's bytes over it are the µs of one run.
  const { native, sse, events } = inputSizes;
  const result = {
    chunking: label,
    plainCpuUsPerChunk: sse / cpu(plain) / events,
    translateCpuUsPerChunk: native / cpu(translated) / events,
    plainParseMBps: wall(plain),
    translateMBps: wall(translated),
    ratio: wall(translated) / wall(plain),
    plainParseCpuMBps: cpu(plain),
    translateCpuMBps: cpu(translated),
    cpuRatio: cpu(translated) / cpu(plain),
  };
  console.log(
    `${label.padEnd(20)} CPU per chunk: plain SSE parse ${result.plainCpuUsPerChunk.toFixed(2)} µs, bedrock() translate ${result.translateCpuUsPerChunk.toFixed(2)} µs`,
  );
  console.log(
    `${' '.repeat(20)} plain SSE parse ${result.plainParseMBps.toFixed(1).padStart(6)} MB/s (cpu ${result.plainParseCpuMBps.toFixed(0)})   bedrock() translate ${result.translateMBps
      .toFixed(1)
      .padStart(
        6,
      )} MB/s (cpu ${result.translateCpuMBps.toFixed(0)})   ratio ${(result.ratio * 100).toFixed(0)}% (cpu ${(result.cpuRatio * 100).toFixed(0)}%)`,
  );
  return result;
}

/** Time to the first chunk: plain parse of the upstream SSE vs. the whole `bedrock()` middleware. */
async function firstChunk(samples: number) {
  const events = nativeEvents(50);
  const native = frames(events);
  const sse = sseEvents(events);
  const handler = provider(() => native);

  async function plainFirst(): Promise<number> {
    const started = performance.now();
    const response = new Response(streamOf(sse), { headers: { 'content-type': 'text/event-stream' } });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let got = false;
    const parser = createParser({
      onEvent: () => {
        got = true;
      },
    });
    while (!got) {
      const { value } = await reader.read();
      parser.feed(decoder.decode(value, { stream: true }));
    }
    const took = performance.now() - started;
    await reader.cancel();
    return took;
  }

  async function providerFirst(): Promise<number> {
    const started = performance.now();
    const response = await handler(
      new Request('http://switchyard.local/v1/chat/completions', { method: 'POST', body }),
    );
    const reader = response.body!.getReader();
    await reader.read();
    const took = performance.now() - started;
    await reader.cancel();
    return took;
  }

  for (let i = 0; i < (quick ? 100 : 300); i++) {
    await plainFirst();
    await providerFirst();
  }
  const plain = new Float64Array(samples);
  const translated = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    plain[i] = await plainFirst();
    translated[i] = await providerFirst();
  }
  plain.sort();
  translated.sort();
  const result = {
    plainP50Us: percentile(plain, 0.5) * 1000,
    plainP99Us: percentile(plain, 0.99) * 1000,
    providerP50Us: percentile(translated, 0.5) * 1000,
    providerP99Us: percentile(translated, 0.99) * 1000,
    overheadP50Us: (percentile(translated, 0.5) - percentile(plain, 0.5)) * 1000,
    overheadP99Us: (percentile(translated, 0.99) - percentile(plain, 0.99)) * 1000,
  };
  console.log(
    `first chunk            plain p50 ${result.plainP50Us.toFixed(1)} µs p99 ${result.plainP99Us.toFixed(1)} µs   bedrock() p50 ${result.providerP50Us.toFixed(1)} µs p99 ${result.providerP99Us.toFixed(1)} µs   overhead p50 ${result.overheadP50Us.toFixed(1)} µs p99 ${result.overheadP99Us.toFixed(1)} µs`,
  );
  return result;
}

const script = fileURLToPath(import.meta.url);
const inProcess = process.argv.includes('--in-process');
const quick = process.argv.includes('--quick');
await measureIfAsked((side, chunking) => measureSide(side, chunking as Chunking));
// Here, not in each measuring child: a source edited while the bench runs must not stop it midway.
assertFreshBuild();

const inputSizes = (() => {
  const events = nativeEvents(20_000);
  return { native: byteCount(frames(events)), sse: byteCount(sseEvents(events)), events: events.length };
})();
console.log(
  `Bedrock ConverseStream translation: ${inputSizes.events} chunks, ${(inputSizes.native / 1e6).toFixed(2)} MB native event stream, ${(inputSizes.sse / 1e6).toFixed(2)} MB SSE baseline with the same payloads, ${environment().node as string}; each measurement ${inProcess ? 'in this process' : 'in its own process'}`,
);
const byNetworkReads = await throughput('16k', quick ? 3 : 7);
const byEvent = await throughput('frame', quick ? 3 : 5);
const first = await firstChunk(quick ? 500 : 2000);

const targets = {
  cpuPerChunkUnder50us: Math.max(byNetworkReads.translateCpuUsPerChunk, byEvent.translateCpuUsPerChunk) <= 50,
  firstChunkOverheadUnder1ms: first.overheadP50Us <= 1000,
};
console.log(
  `targets: ≤50 µs CPU per chunk ${targets.cpuPerChunkUnder50us ? 'met' : 'MISSED'}, first-chunk overhead ≤1 ms ${targets.firstChunkOverheadUnder1ms ? 'met' : 'MISSED'}`,
);
const path = writeResults('bedrock', {
  converseStream: { throughput: [byNetworkReads, byEvent], firstChunk: first, inProcess },
  targets,
});
console.log(`wrote ${path}`);
