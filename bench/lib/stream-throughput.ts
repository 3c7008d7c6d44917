import { createParser } from 'eventsource-parser';
import { argumentValue, isolatedRounds, reportToParent } from './isolated-rounds.js';

/** A stream that hands out `chunks` one per read, as a network body would. */
export function streamOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

/**
 * The baseline of stream translation benchmarks: read the stream, decode it and parse SSE with
 * eventsource-parser, touching every event. Returns the data characters seen.
 */
export async function plainParse(chunks: readonly Uint8Array[]): Promise<number> {
  let seen = 0;
  const parser = createParser({
    onEvent: (parsed) => {
      seen += parsed.data.length;
    },
  });
  const decoder = new TextDecoder();
  const reader = streamOf(chunks).getReader();
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  return seen;
}

/**
 * Runs `run` (which consumes `bytes` of input) until `minMs` of wall time have passed; MB of input
 * per second of wall time and per second of this process's CPU time.
 */
export async function mbPerSecond(
  run: () => Promise<unknown>,
  bytes: number,
  minMs: number,
): Promise<{ wall: number; cpu: number }> {
  let total = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let elapsed = 0;
  do {
    await run();
    total += bytes;
    elapsed = performance.now() - started;
  } while (elapsed < minMs);
  const cpu = process.cpuUsage(cpuStart);
  return { wall: total / 1e6 / (elapsed / 1000), cpu: total / (cpu.user + cpu.system) };
}

/** The median of `values`. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Measures `first` and `second` over `rounds` rounds, swapping their order each round so that drift
 * (JIT, GC, machine load) affects both alike. Returns each one's results in round order.
 */
export async function alternatingRounds<T>(
  rounds: number,
  first: () => Promise<T>,
  second: () => Promise<T>,
): Promise<[T[], T[]]> {
  const firsts: T[] = [];
  const seconds: T[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      firsts.push(await first());
      seconds.push(await second());
    } else {
      seconds.push(await second());
      firsts.push(await first());
    }
  }
  return [firsts, seconds];
}

/** MB of input per second of wall time and per second of the process's CPU time. */
export interface Rate {
  wall: number;
  cpu: number;
}

/**
 * The rate of `run` (which consumes `bytes` of input) after a second of unmeasured runs, so the
 * collector's sizing has settled for this workload too: the median of three 300 ms slots.
 */
export async function settledRate(run: () => Promise<unknown>, bytes: number): Promise<Rate> {
  await mbPerSecond(run, bytes, 1000);
  const slots: Rate[] = [];
  for (let slot = 0; slot < 3; slot++) slots.push(await mbPerSecond(run, bytes, 300));
  return { wall: median(slots.map((rate) => rate.wall)), cpu: median(slots.map((rate) => rate.cpu)) };
}

/** The side of a stream translation benchmark a measurement is of. */
export type Side = 'plain' | 'translate';

/** How `compareSides` measures. */
export interface CompareSidesOptions {
  /** The benchmark script, started again for each measurement with `--measure=<side> --chunking=<chunking>`. */
  script: string;
  /** How the stream is cut into reads, passed on to the script. */
  chunking: string;
  rounds: number;
  /** Measure both sides in this process with `measure` instead. */
  inProcess: boolean;
  /** Measures one side here. */
  measure: (side: Side) => Promise<Rate>;
}

/**
 * The plain parse against the translation, `rounds` times each, alternating: each measurement in
 * its own process (`isolatedRounds`), or, with `inProcess`, both in this process. Returns the
 * plain side's rates and the translation's, in round order.
 */
export function compareSides(options: CompareSidesOptions): Promise<[Rate[], Rate[]]> {
  const { script, chunking, rounds, measure } = options;
  if (options.inProcess) {
    return alternatingRounds(
      rounds,
      () => measure('plain'),
      () => measure('translate'),
    );
  }
  return isolatedRounds<Rate>(
    script,
    rounds,
    ['--measure=plain', `--chunking=${chunking}`],
    ['--measure=translate', `--chunking=${chunking}`],
  );
}

/**
 * When `compareSides` started this process to measure one side (`--measure=<side>
 * --chunking=<chunking>`): measures it with `measure`, reports the rate to the parent and exits.
 * Otherwise returns at once.
 */
export async function measureIfAsked(
  measure: (side: Side, chunking: string) => Promise<Rate>,
): Promise<void> {
  const side = argumentValue('measure');
  if (side === undefined) return;
  reportToParent(await measure(side as Side, argumentValue('chunking') ?? ''));
  process.exit(0);
}
