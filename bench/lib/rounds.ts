import { type LoadCall, type LoadResult, runLoad, summarize } from './load.js';

/** One thing being compared. */
export interface Variant {
  name: string;
  call: LoadCall;
}

/** Options of `runRounds`. */
export interface RoundsOptions {
  variants: Variant[];
  concurrency: number;
  /** How many times every variant runs; results are merged across rounds. Default: 5. */
  rounds?: number;
  /** Length of each variant's slot in a round. Default: 1000 ms. */
  slotMs?: number;
  /** Unmeasured calls per variant before the first round (JIT, connection pools). Default: 1000. */
  warmupRequests?: number;
}

/** A variant's merged result over all rounds. */
export interface VariantResult extends Omit<LoadResult, 'latenciesUs'> {
  name: string;
  concurrency: number;
  /** req/s in each round, in round order: what `compareTo` pairs with the baseline's same round. */
  roundRps: number[];
  /** CPU µs per request in each round, in round order. */
  roundCpuUs: number[];
}

/**
 * Measures several variants in the same run, interleaved: each round gives every variant a slot,
 * rotating the order, so drift (thermal, other processes, GC) spreads evenly and ratios are fair.
 */
export async function runRounds(options: RoundsOptions): Promise<VariantResult[]> {
  const { variants, concurrency } = options;
  const rounds = options.rounds ?? 5;
  const slotMs = options.slotMs ?? 1000;
  const warmupRequests = options.warmupRequests ?? 1000;
  for (const variant of variants) {
    await runLoad({ concurrency, requests: warmupRequests, call: variant.call });
  }
  const collected = variants.map(() => ({
    latencies: [] as Float64Array[],
    durationMs: 0,
    errors: 0,
    cpuUs: 0,
    roundRps: [] as number[],
    roundCpuUs: [] as number[],
  }));
  for (let round = 0; round < rounds; round++) {
    for (let offset = 0; offset < variants.length; offset++) {
      const index = (round + offset) % variants.length;
      const result = await runLoad({ concurrency, durationMs: slotMs, call: variants[index]!.call });
      const bucket = collected[index]!;
      bucket.latencies.push(result.latenciesUs);
      bucket.durationMs += result.durationMs;
      bucket.errors += result.errors;
      bucket.cpuUs += result.cpuUsPerRequest * result.requests;
      bucket.roundRps.push(result.rps);
      bucket.roundCpuUs.push(result.cpuUsPerRequest);
    }
  }
  return variants.map((variant, index) => {
    const bucket = collected[index]!;
    const merged = new Float64Array(bucket.latencies.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of bucket.latencies) {
      merged.set(part, at);
      at += part.length;
    }
    const { latenciesUs: _, ...stats } = summarize(merged, bucket.durationMs, bucket.errors, bucket.cpuUs);
    return {
      name: variant.name,
      concurrency,
      ...stats,
      roundRps: bucket.roundRps,
      roundCpuUs: bucket.roundCpuUs,
    };
  });
}
