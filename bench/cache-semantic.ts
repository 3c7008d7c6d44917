/**
 * What a semantic-cache lookup costs, in one run:
 * 1. `memoryVectorStore` search (the 4 nearest entries of one partition, as `cacheSemantic` asks)
 *    at 1k, 10k and 100k entries of 512 dimensions: the exact scan over contiguous Float32Arrays
 *    (the baseline) and the HNSW index (usearch), p50/p99, and the HNSW recall@1 against exact;
 * 2. the default embedder (Universal Sentence Encoder, local): time per prompt alone and in batches;
 * 3. a whole `cacheSemantic` lookup at the largest size (HNSW store, embedding precomputed so the
 *    figure is the cache's own cost): request parsing, the 4 nearest entries, the agreement guard on
 *    each candidate and, for a hit, the stored answer replayed. Hit queries paraphrase a stored
 *    prompt; near-miss queries differ from a stored prompt in one entity, so the guard reads every
 *    candidate and rejects it.
 * Vectors are synthetic but shaped like sentence embeddings: clusters around 2,000 topics. Half the
 * queries are near-duplicates of a stored entry (what a hit looks like), half fresh draws (a miss,
 * the harder case for an approximate index).
 *
 * The 100k step dominates the run: filling the exact store and scanning it for the 200 ground-truth
 * queries, and building the HNSW index (about a minute of CPU). `--quick` stops at 10k.
 *
 * Run: pnpm build && pnpm exec tsx bench/cache-semantic.ts [--quick] [--cache-lookup]
 * (`--cache-lookup`: step 3 alone, at 100k entries.)
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  cacheSemantic,
  functionEmbedder,
  memoryVectorStore,
  useEmbedder,
  type VectorStore,
} from '@switchyard/cache-semantic';
import { compose } from '@switchyard/core';
import { assertFreshBuild, percentile, writeResults } from './lib/index.js';

assertFreshBuild();

const quick = process.argv.includes('--quick');
const cacheLookupOnly = process.argv.includes('--cache-lookup');
const dimensions = 512;
const sizes = cacheLookupOnly ? [] : quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const cacheLookupEntries = quick ? 10_000 : 100_000;
const queryCount = 200;

/** A deterministic Gaussian source, so every run measures the same vectors. */
function gaussian(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 1) / 4294967297;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

const random = gaussian(42);
const topics = Array.from({ length: 2_000 }, () => Float32Array.from({ length: dimensions }, random));

/** A vector near a random topic: within-topic cosine about 0.7, like related sentences. */
function sentenceLike(): Float32Array {
  const topic = topics[Math.floor(Math.abs(random() * 1e6)) % topics.length] as Float32Array;
  return Float32Array.from(topic, (value) => value + random() * 0.65);
}

function nearDuplicate(vector: Float32Array): Float32Array {
  return Float32Array.from(vector, (value) => value + random() * 0.25);
}

interface LookupResult {
  entries: number;
  index: 'exact' | 'hnsw';
  p50Us: number;
  p99Us: number;
  meanUs: number;
  cpuUsPerLookup: number;
  buildMs: number;
  recallAt1?: number;
  recallAt1Hits?: number;
  recallAt1Misses?: number;
}

async function fill(store: VectorStore, vectors: Float32Array[]): Promise<number> {
  const started = performance.now();
  for (const [index, vector] of vectors.entries()) {
    await store.add({ partition: 'bench', vector, prompt: `prompt ${index}`, value: `answer ${index}` });
  }
  return performance.now() - started;
}

async function timeSearches(store: VectorStore, queries: Float32Array[]) {
  const latencies = new Float64Array(queries.length);
  const top: (string | undefined)[] = [];
  const cpuBefore = process.cpuUsage();
  for (const [index, vector] of queries.entries()) {
    const started = performance.now();
    const matches = await store.search({ partition: 'bench', vector, limit: 4, minSimilarity: -1 });
    latencies[index] = (performance.now() - started) * 1000;
    top.push(matches[0]?.value);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const sorted = latencies.sort();
  let total = 0;
  for (const value of sorted) total += value;
  return {
    p50Us: percentile(sorted, 0.5),
    p99Us: percentile(sorted, 0.99),
    meanUs: total / sorted.length,
    // CPU time is what a quiet machine would show as latency; wall time here includes waiting for a core.
    cpuUsPerLookup: (cpu.user + cpu.system) / queries.length,
    top,
  };
}

const lookups: LookupResult[] = [];
for (const size of sizes) {
  const vectors = Array.from({ length: size }, sentenceLike);
  const hitQueries = Array.from({ length: queryCount / 2 }, (_, index) =>
    nearDuplicate(vectors[(index * 7919) % size] as Float32Array),
  );
  const missQueries = Array.from({ length: queryCount / 2 }, sentenceLike);
  const queries = [...hitQueries, ...missQueries];

  const exact = memoryVectorStore({ ann: false, maxEntries: size });
  const exactBuild = await fill(exact, vectors);
  // Warm-up, then the measured pass.
  await timeSearches(exact, queries.slice(0, 50));
  const exactRun = await timeSearches(exact, queries);
  lookups.push({ entries: size, index: 'exact', buildMs: exactBuild, ...pick(exactRun) });
  exact.clear();

  // annMinEntries = size: the index is built in one batch when the last entry arrives.
  const hnsw = memoryVectorStore({ annMinEntries: size, maxEntries: size });
  const hnswStarted = performance.now();
  await fill(hnsw, vectors);
  await hnsw.indexed();
  const hnswBuild = performance.now() - hnswStarted;
  if (hnsw.stats().annPartitions !== 1)
    throw new Error('bench: the HNSW index was not built (is usearch installed?)');
  await timeSearches(hnsw, queries.slice(0, 50));
  const hnswRun = await timeSearches(hnsw, queries);
  const agree = (from: number, to: number) => {
    let same = 0;
    for (let index = from; index < to; index++) if (hnswRun.top[index] === exactRun.top[index]) same++;
    return same / (to - from);
  };
  lookups.push({
    entries: size,
    index: 'hnsw',
    buildMs: hnswBuild,
    ...pick(hnswRun),
    recallAt1: agree(0, queries.length),
    recallAt1Hits: agree(0, hitQueries.length),
    recallAt1Misses: agree(hitQueries.length, queries.length),
  });
  hnsw.clear();
}

function pick(run: { p50Us: number; p99Us: number; meanUs: number; cpuUsPerLookup: number }) {
  return { p50Us: run.p50Us, p99Us: run.p99Us, meanUs: run.meanUs, cpuUsPerLookup: run.cpuUsPerLookup };
}

if (lookups.length > 0) {
  console.log(
    `\nsemantic lookup: 4 nearest of one partition, ${dimensions} dimensions, ${queryCount} queries`,
  );
  console.log(
    'entries  index   p50 µs    p99 µs  CPU µs/lookup  p50 ratio to exact  recall@1 (near-dup / fresh)  fill ms',
  );
  for (const result of lookups) {
    const exact = lookups.find(
      (item) => item.entries === result.entries && item.index === 'exact',
    ) as LookupResult;
    const recall =
      result.recallAt1 === undefined
        ? '-'
        : `${result.recallAt1.toFixed(3)} (${result.recallAt1Hits?.toFixed(3)} / ${result.recallAt1Misses?.toFixed(3)})`;
    const columns = [
      String(result.entries).padStart(7),
      result.index.padEnd(6),
      result.p50Us.toFixed(1).padStart(8),
      result.p99Us.toFixed(1).padStart(9),
      result.cpuUsPerLookup.toFixed(1).padStart(14),
      (result.p50Us / exact.p50Us).toFixed(3).padStart(18),
      recall.padStart(28),
      result.buildMs.toFixed(0).padStart(8),
    ];
    console.log(columns.join(' '));
  }
}

// The default embedder: first call loads the model; then per-prompt time alone and in batches.
async function measureEmbedder() {
  const embedder = useEmbedder();
  const loadStarted = performance.now();
  await embedder.embed(['warm up']);
  const loadMs = performance.now() - loadStarted;
  const prompts = Array.from(
    { length: quick ? 20 : 64 },
    (_, index) => `How do I configure feature number ${index} of the billing dashboard for my team?`,
  );
  const single = new Float64Array(prompts.length);
  for (const [index, prompt] of prompts.entries()) {
    const started = performance.now();
    await embedder.embed([prompt]);
    single[index] = (performance.now() - started) * 1000;
  }
  single.sort();
  const batchSize = 32;
  const batchStarted = performance.now();
  for (let start = 0; start < prompts.length; start += batchSize)
    await embedder.embed(prompts.slice(start, start + batchSize));
  const batchedUsPerPrompt = ((performance.now() - batchStarted) * 1000) / prompts.length;
  const embedding = {
    embedder: embedder.id,
    modelLoadMs: loadMs,
    singleP50Us: percentile(single, 0.5),
    singleP99Us: percentile(single, 0.99),
    batchedUsPerPrompt,
    batchSize,
  };
  console.log(
    `\nembed (${embedder.id}): model load ${loadMs.toFixed(0)} ms; one prompt p50 ${(embedding.singleP50Us / 1000).toFixed(1)} ms, ` +
      `p99 ${(embedding.singleP99Us / 1000).toFixed(1)} ms; in batches of ${batchSize}: ${(batchedUsPerPrompt / 1000).toFixed(1)} ms per prompt`,
  );
  return embedding;
}

const subjects = [
  'France',
  'Germany',
  'Japan',
  'Brazil',
  'Canada',
  'Kenya',
  'Norway',
  'Peru',
  'Egypt',
  'India',
  'the Eiffel Tower',
  'Hamlet',
  'Pride and Prejudice',
  'the Moon',
  'Mars',
  'Python',
  'Rust',
  'Kubernetes',
  'the Roman Empire',
  'World War II',
  'the Amazon river',
  'Mount Everest',
  'a spider',
  'the heart',
];
const asks = [
  (s: string) => [`What is the capital of ${s}?`, `Tell me the capital of ${s}`],
  (s: string) => [`Who wrote ${s}?`, `Who is the author of ${s}?`],
  (s: string) => [`How big is ${s}?`, `What is the size of ${s}?`],
  (s: string) => [`When did ${s} end?`, `What year did ${s} end?`],
  (s: string) => [`What is the population of ${s}?`, `How many people live in ${s}?`],
  (s: string) => [`How do I get to ${s} from London?`, `How can I get to ${s} from London?`],
  (s: string) => [
    `Explain the history of ${s} in three sentences`,
    `Give me the history of ${s} in three sentences`,
  ],
  (s: string) => [`Why is ${s} important?`, `Why does ${s} matter?`],
];
/** Entry `index`'s prompt and a paraphrase of it (a hit) and the same question about another subject (a near-miss). */
function promptsOf(index: number) {
  const subjectIndex = index % subjects.length;
  const ask = asks[Math.floor(index / subjects.length) % asks.length] as (s: string) => string[];
  const variant = Math.floor(index / (subjects.length * asks.length));
  const suffix = variant === 0 ? '' : ` (case ${variant})`;
  const [stored, paraphrase] = ask(`${subjects[subjectIndex]}${suffix}`) as [string, string];
  const [other] = ask(`${subjects[(subjectIndex + 1) % subjects.length]}${suffix}`) as [string];
  return { stored, paraphrase, other };
}

/**
 * Step 3: `cacheSemantic` lookups over `entries` entries in one partition of an HNSW store. The
 * store is wrapped so every entry lands in one partition whatever the request's partition key.
 */
async function measureCacheLookup(entries: number) {
  const inner = memoryVectorStore({ annMinEntries: entries, maxEntries: entries });
  const store: VectorStore = {
    search: (query) => inner.search({ ...query, partition: 'bench' }),
    add: (entry) => inner.add({ ...entry, partition: 'bench' }),
  };
  const vectors = Array.from({ length: entries }, sentenceLike);
  const answer = (index: number) =>
    JSON.stringify({
      status: 200,
      headers: [['content-type', 'application/json']],
      completion: {
        id: `chatcmpl-${index}`,
        object: 'chat.completion',
        created: 1_700_000_000,
        model: 'gpt-4o',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: `${promptsOf(index).stored} ${'An answer of some length. '.repeat(12)}`,
            },
            finish_reason: 'stop',
          },
        ],
        usage: { prompt_tokens: 12, completion_tokens: 80, total_tokens: 92 },
      },
    });
  const fillStarted = performance.now();
  for (const [index, vector] of vectors.entries()) {
    await inner.add({ partition: 'bench', vector, prompt: promptsOf(index).stored, value: answer(index) });
  }
  await inner.indexed();
  const fillMs = performance.now() - fillStarted;
  if (inner.stats().annPartitions !== 1)
    throw new Error('bench: the HNSW index was not built (is usearch installed?)');

  const queryVectors = new Map<string, Float32Array>();
  const hitPrompts: string[] = [];
  const missPrompts: string[] = [];
  for (let query = 0; query < queryCount / 2; query++) {
    const index = (query * 7919) % entries;
    const { paraphrase, other } = promptsOf(index);
    const near = nearDuplicate(vectors[index] as Float32Array);
    hitPrompts.push(paraphrase);
    queryVectors.set(paraphrase, near);
    missPrompts.push(other);
    queryVectors.set(other, nearDuplicate(vectors[index] as Float32Array));
  }
  const embedder = functionEmbedder({
    id: 'bench-precomputed',
    dimensions,
    embed: async (texts) => texts.map((text) => queryVectors.get(text) ?? sentenceLike()),
  });
  const handler = compose(cacheSemantic({ embedder, store }))(
    async () => new Response('upstream not called in this bench', { status: 503 }),
  );
  const request = (content: string) =>
    new Request('https://api.openai.com/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
      body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content }] }),
    });
  const time = async (prompts: string[]) => {
    const latencies = new Float64Array(prompts.length);
    let hits = 0;
    const cpuBefore = process.cpuUsage();
    for (const [index, prompt] of prompts.entries()) {
      const started = performance.now();
      const response = await handler(request(prompt));
      latencies[index] = (performance.now() - started) * 1000;
      if (response.headers.get('x-switchyard-cache-status') === 'SEMANTIC_HIT') hits++;
      await response.body?.cancel();
    }
    const cpu = process.cpuUsage(cpuBefore);
    latencies.sort();
    return {
      p50Us: percentile(latencies, 0.5),
      p99Us: percentile(latencies, 0.99),
      cpuUsPerLookup: (cpu.user + cpu.system) / prompts.length,
      hits,
      queries: prompts.length,
    };
  };
  // Warm-up, then the measured passes.
  await time([...hitPrompts.slice(0, 25), ...missPrompts.slice(0, 25)]);
  const hit = await time(hitPrompts);
  const nearMiss = await time(missPrompts);
  const all = await time([...hitPrompts, ...missPrompts]);
  inner.clear();
  console.log(
    `\ncacheSemantic lookup at ${entries} entries (HNSW, embedding precomputed): ` +
      `p50 ${(all.p50Us / 1000).toFixed(3)} ms (paraphrase hits ${(hit.p50Us / 1000).toFixed(3)} ms, ${hit.hits}/${hit.queries} hit; ` +
      `near-misses ${(nearMiss.p50Us / 1000).toFixed(3)} ms, ${nearMiss.hits}/${nearMiss.queries} hit), ` +
      `p99 ${(all.p99Us / 1000).toFixed(3)} ms, ${(all.cpuUsPerLookup / 1000).toFixed(3)} ms CPU per lookup; fill ${fillMs.toFixed(0)} ms`,
  );
  return { entries, fillMs, all, hit, nearMiss };
}

const embedding = cacheLookupOnly ? undefined : await measureEmbedder();
const cacheLookup = await measureCacheLookup(cacheLookupEntries);

const largest = lookups.filter((item) => item.entries === sizes.at(-1) && item.index === 'hnsw')[0];
if (largest) {
  console.log(
    `\ntarget at ${largest.entries} entries: HNSW p50 ${(largest.p50Us / 1000).toFixed(3)} ms, ` +
      `${(largest.cpuUsPerLookup / 1000).toFixed(3)} ms CPU per lookup (target <= 1 ms), ` +
      `recall@1 ${largest.recallAt1?.toFixed(3)} (target >= 0.98); load average ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')}`,
  );
}
const path = writeResults(cacheLookupOnly ? 'cache-semantic-lookup' : 'cache-semantic', {
  quick,
  dimensions,
  queryCount,
  lookups,
  embedding,
  cacheLookup,
  loadavg: loadavg(),
});
console.log(`results: ${path}`);
