import { createParser } from 'eventsource-parser';

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
