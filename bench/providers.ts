/**
 * Provider stream translation throughput: Anthropic's native SSE stream translated to OpenAI chunks
 * (`translateAnthropicStream`, what `anthropic()` does to a streaming answer) against a plain
 * eventsource-parser parse of the same bytes, read the same way, in the same run. Also the time to
 * the first chunk through the whole `anthropic()` middleware against plain parsing of the upstream
 * answer. Targets: ≤ 50 µs of CPU per native chunk (a model stream arrives at kilobytes a second,
 * so less is invisible to users), first-chunk overhead ≤ 1 ms.
 *
 * The two sides alternate, and each measurement runs in its own Node process (`isolatedRounds`),
 * so neither side's garbage changes when the other's collections run (see `bench/bedrock.ts`);
 * `--in-process` measures both in this process.
 *
 * `--quick` takes fewer rounds and samples.
 *
 *   pnpm build && pnpm exec tsx bench/providers.ts [--in-process] [--quick]
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { anthropic, translateAnthropicStream } from '@switchyard/providers-anthropic';
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

function event(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A long native Anthropic stream: text deltas, then a tool call streamed as JSON fragments. */
function nativeStream(textDeltas: number): string {
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
  let out = event('message_start', {
    type: 'message_start',
    message: {
      id: 'msg_bench',
      type: 'message',
      role: 'assistant',
      content: [],
      model: 'claude-sonnet-4-5-20250929',
      stop_reason: null,
      stop_sequence: null,
      usage: {
        input_tokens: 1200,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 800,
        output_tokens: 1,
      },
    },
  });
  out += event('content_block_start', {
    type: 'content_block_start',
    index: 0,
    content_block: { type: 'text', text: '' },
  });
  out += event('ping', { type: 'ping' });
  for (let i = 0; i < textDeltas; i++) {
    const text = words[i % words.length]! + words[(i * 7) % words.length]! + words[(i * 3) % words.length]!;
    out += event('content_block_delta', {
      type: 'content_block_delta',
      index: 0,
      delta: { type: 'text_delta', text },
    });
  }
  out += event('content_block_stop', { type: 'content_block_stop', index: 0 });
  out += event('content_block_start', {
    type: 'content_block_start',
    index: 1,
    content_block: { type: 'tool_use', id: 'toolu_bench', name: 'get_weather', input: {} },
  });
  for (let i = 0; i < textDeltas / 10; i++) {
    const partial_json = i === 0 ? '{"city": "Par' : `is ${i}", "n${i}": ${i}, "k": "`;
    out += event('content_block_delta', {
      type: 'content_block_delta',
      index: 1,
      delta: { type: 'input_json_delta', partial_json },
    });
  }
  out += event('content_block_stop', { type: 'content_block_stop', index: 1 });
  out += event('message_delta', {
    type: 'message_delta',
    delta: { stop_reason: 'tool_use', stop_sequence: null },
    usage: { output_tokens: textDeltas * 3 },
  });
  out += event('message_stop', { type: 'message_stop' });
  return out;
}

/** `bytes` cut into pieces of `size` (network-sized reads) or at every event (one event per read). */
function pieces(text: string, size: number | 'event'): Uint8Array[] {
  if (size === 'event') return text.split(/(?<=\n\n)/).map((part) => encoder.encode(part));
  const bytes = encoder.encode(text);
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

/** The translation: the same stream through `translateAnthropicStream`, output read to the end. */
async function translate(chunks: Uint8Array[]): Promise<number> {
  const reader = translateAnthropicStream(streamOf(chunks), {
    jsonToolName: undefined,
    includeUsage: true,
    created: 1_700_000_000,
  }).getReader();
  let out = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    out += value.length;
  }
  return out;
}

/** How a throughput measurement cuts the stream: network-sized reads, or one event per read. */
const chunkings = {
  '16k': { label: '16 KiB reads', size: 16 * 1024 },
  event: { label: 'one event per read', size: 'event' },
} as const;
type Chunking = keyof typeof chunkings;

/**
 * One side of a throughput comparison, measured here: the plain parse or the translation of a
 * 20,000-delta answer cut as `chunking` says (`settledRate`).
 */
async function measureSide(side: Side, chunking: Chunking): Promise<Rate> {
  const text = nativeStream(20_000);
  const chunks = pieces(text, chunkings[chunking].size);
  const bytes = encoder.encode(text).length;
  const run = side === 'plain' ? () => plainParse(chunks) : () => translate(chunks);
  return settledRate(run, bytes);
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
  const plainCpu = median(plain.map((run) => run.cpu));
  const translateCpu = median(translated.map((run) => run.cpu));
  // A rate is MB per second, that is bytes per µs: the stream's bytes over it are the µs of one run.
  const result = {
    chunking: label,
    plainCpuUsPerChunk: stream.bytes / plainCpu / stream.events,
    translateCpuUsPerChunk: stream.bytes / translateCpu / stream.events,
    plainParseMBps: plainCpu,
    translateMBps: translateCpu,
    ratio: translateCpu / plainCpu,
    wallClock: {
      plainParseMBps: median(plain.map((run) => run.wall)),
      translateMBps: median(translated.map((run) => run.wall)),
    },
  };
  console.log(
    `${label.padEnd(22)} CPU per chunk: plain parse ${result.plainCpuUsPerChunk.toFixed(2)} µs, translate ${result.translateCpuUsPerChunk.toFixed(2)} µs`,
  );
  console.log(
    `${' '.repeat(22)} plain parse ${result.plainParseMBps.toFixed(1).padStart(7)} MB/s   translate ${result.translateMBps
      .toFixed(1)
      .padStart(7)} MB/s   ratio ${(result.ratio * 100).toFixed(0)}%`,
  );
  return result;
}

/** Time to the first chunk: plain parse of the upstream answer vs. the whole `anthropic()` middleware. */
async function firstChunk(samples: number) {
  const sse = nativeStream(50);
  const firstPieces = pieces(sse, 'event');
  const upstream = async () =>
    new Response(streamOf(firstPieces), { headers: { 'content-type': 'text/event-stream' } });
  const handler = anthropic({ apiKey: 'bench-key' })(upstream);
  const body = JSON.stringify({
    model: 'claude-sonnet-4-5-20250929',
    stream: true,
    messages: [
      { role: 'system', content: 'You are a benchmark.' },
      { role: 'user', content: 'Say something long.' },
    ],
  });

  async function plainFirst(): Promise<Sample> {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const response = await upstream();
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
    const sample = measured(started, cpu);
    await reader.cancel();
    return sample;
  }

  async function providerFirst(): Promise<Sample> {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const request = new Request('http://switchyard.local/v1/chat/completions', { method: 'POST', body });
    const response = await handler(request);
    const reader = response.body!.getReader();
    await reader.read();
    const sample = measured(started, cpu);
    await reader.cancel();
    return sample;
  }

  for (let i = 0; i < (quick ? 100 : 500); i++) {
    await plainFirst();
    await providerFirst();
  }
  const plain = { wall: new Float64Array(samples), cpu: new Float64Array(samples) };
  const provider = { wall: new Float64Array(samples), cpu: new Float64Array(samples) };
  for (let i = 0; i < samples; i++) {
    const p = await plainFirst();
    const q = await providerFirst();
    plain.wall[i] = p.wallUs;
    plain.cpu[i] = p.cpuUs;
    provider.wall[i] = q.wallUs;
    provider.cpu[i] = q.cpuUs;
  }
  for (const series of [plain.wall, plain.cpu, provider.wall, provider.cpu]) series.sort();
  const stats = (series: Float64Array) => ({
    p50: percentile(series, 0.5),
    p90: percentile(series, 0.9),
    p99: percentile(series, 0.99),
  });
  const result = {
    wallUs: { plain: stats(plain.wall), provider: stats(provider.wall) },
    cpuUs: { plain: stats(plain.cpu), provider: stats(provider.cpu) },
    overheadP50Us: percentile(provider.wall, 0.5) - percentile(plain.wall, 0.5),
    overheadCpuP90Us: percentile(provider.cpu, 0.9) - percentile(plain.cpu, 0.9),
    overheadCpuP99Us: percentile(provider.cpu, 0.99) - percentile(plain.cpu, 0.99),
  };
  const show = (label: string, value: { p50: number; p90: number; p99: number }) =>
    `${label} p50 ${value.p50.toFixed(0)} µs p90 ${value.p90.toFixed(0)} µs p99 ${value.p99.toFixed(0)} µs`;
  console.log(
    `first chunk, wall     ${show('plain', result.wallUs.plain)}   ${show('anthropic()', result.wallUs.provider)}`,
  );
  console.log(
    `first chunk, CPU      ${show('plain', result.cpuUs.plain)}   ${show('anthropic()', result.cpuUs.provider)}`,
  );
  console.log(
    `first chunk overhead  p50 ${result.overheadP50Us.toFixed(0)} µs (wall), p90 ${result.overheadCpuP90Us.toFixed(0)} µs and p99 ${result.overheadCpuP99Us.toFixed(0)} µs (CPU, all threads: GC included)`,
  );
  return result;
}

interface Sample {
  wallUs: number;
  cpuUs: number;
}

function measured(startedMs: number, cpuStart: NodeJS.CpuUsage): Sample {
  const cpu = process.cpuUsage(cpuStart);
  return { wallUs: (performance.now() - startedMs) * 1000, cpuUs: cpu.user + cpu.system };
}

const script = fileURLToPath(import.meta.url);
const inProcess = process.argv.includes('--in-process');
const quick = process.argv.includes('--quick');
await measureIfAsked((side, chunking) => measureSide(side, chunking as Chunking));
// Here, not in each measuring child: a source edited while the bench runs must not stop it midway.
assertFreshBuild();

const stream = (() => {
  const text = nativeStream(20_000);
  return { bytes: encoder.encode(text).length, events: pieces(text, 'event').length };
})();
console.log(
  `Anthropic stream translation, ${stream.events} chunks, ${(stream.bytes / 1e6).toFixed(2)} MB native stream, ${environment().node as string}; MB/s per CPU-second; each measurement ${inProcess ? 'in this process' : 'in its own process'}`,
);
const byNetworkReads = await throughput('16k', quick ? 3 : 7);
const byEvent = await throughput('event', quick ? 3 : 7);
const first = await firstChunk(quick ? 500 : 3000);

const targets = {
  cpuPerChunkUnder50us: Math.max(byNetworkReads.translateCpuUsPerChunk, byEvent.translateCpuUsPerChunk) <= 50,
  firstChunkOverheadUnder1ms: first.overheadP50Us <= 1000,
};
console.log(
  `targets: ≤50 µs CPU per chunk ${targets.cpuPerChunkUnder50us ? 'met' : 'MISSED'}, first-chunk overhead ≤1 ms at p50 ${targets.firstChunkOverheadUnder1ms ? 'met' : 'MISSED'}`,
);
const path = writeResults('providers', {
  anthropicStream: {
    nativeBytes: stream.bytes,
    throughput: [byNetworkReads, byEvent],
    firstChunk: first,
    inProcess,
  },
  targets,
});
console.log(`wrote ${path}`);
