import { performance } from 'node:perf_hooks';

/** One measured unit of work: send a request and consume its whole response. */
export type LoadCall = () => Promise<unknown>;

/** Options of `runLoad`. Give `durationMs`, `requests`, or both (whichever ends first). */
export interface LoadOptions {
  /** Calls in flight at once. */
  concurrency: number;
  /** Stop starting calls after this long. Default: none. */
  durationMs?: number;
  /** Stop after this many calls. Default: none. */
  requests?: number;
  call: LoadCall;
}

/** What one load run measured. Latencies are in microseconds. */
export interface LoadResult {
  requests: number;
  errors: number;
  durationMs: number;
  /** Completed calls per second over the run's wall time. */
  rps: number;
  p50Us: number;
  p99Us: number;
  meanUs: number;
  /**
   * This process's CPU time (user + system) per completed call, µs. Unlike req/s it barely moves
   * when other processes compete for the cores, so it is the steadier measure of cost.
   */
  cpuUsPerRequest: number;
  /** Every call's latency, for merging runs; not written to results. */
  latenciesUs: Float64Array;
}

/**
 * Runs `call` from `concurrency` concurrent workers until the duration or request budget is used
 * up. A failed call counts as an error (the first one is rethrown at the end, so a broken variant
 * is never reported as fast).
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { concurrency, durationMs, requests, call } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError(`runLoad: concurrency must be an integer >= 1; got ${concurrency}`);
  }
  if (durationMs === undefined && requests === undefined) {
    throw new TypeError('runLoad: give durationMs or requests');
  }
  const maxRequests = requests ?? Number.POSITIVE_INFINITY;
  let latencies = new Float64Array(1024);
  let started = 0;
  let completed = 0;
  let errors = 0;
  let firstError: unknown;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const stopAt = durationMs === undefined ? Number.POSITIVE_INFINITY : start + durationMs;

  async function worker(): Promise<void> {
    while (started < maxRequests && performance.now() < stopAt) {
      started++;
      const begin = performance.now();
      try {
        await call();
      } catch (error) {
        errors++;
        firstError ??= error;
      }
      const latency = (performance.now() - begin) * 1000;
      if (completed === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[completed++] = latency;
    }
  }

  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  if (firstError !== undefined) throw firstError;
  return summarize(latencies.subarray(0, completed), elapsed, errors, cpu.user + cpu.system);
}

/** Statistics of a set of latencies (µs) measured over `durationMs` of wall time using `cpuUs` of CPU. */
export function summarize(latenciesUs: Float64Array, durationMs: number, errors = 0, cpuUs = 0): LoadResult {
  const sorted = Float64Array.from(latenciesUs).sort();
  let total = 0;
  for (const value of sorted) total += value;
  return {
    requests: sorted.length,
    errors,
    durationMs,
    rps: durationMs > 0 ? (sorted.length * 1000) / durationMs : 0,
    p50Us: percentile(sorted, 0.5),
    p99Us: percentile(sorted, 0.99),
    meanUs: sorted.length > 0 ? total / sorted.length : 0,
    cpuUsPerRequest: sorted.length > 0 ? cpuUs / sorted.length : 0,
    latenciesUs: sorted,
  };
}

/** The `q` quantile (0..1) of ascending `sorted` values, nearest-rank. */
export function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}
