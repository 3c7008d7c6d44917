import { latencyBoundsMs } from '@switchyard/limits';

/**
 * The latency under which a share `p` (0 < p <= 1) of requests finished, read from a usage
 * histogram (`latencyHistogram`, bounds `latencyBoundsMs`): the bucket holding the p-th request,
 * interpolated linearly inside it. Requests past the last bound answer that bound (the histogram
 * knows no more). `undefined` for an empty histogram.
 */
export function latencyPercentile(histogram: readonly number[], p: number): number | undefined {
  const total = histogram.reduce((sum, count) => sum + count, 0);
  if (total === 0) return undefined;
  const rank = p * total;
  let below = 0;
  for (let index = 0; index < histogram.length; index++) {
    const count = histogram[index] ?? 0;
    if (count > 0 && below + count >= rank) {
      const upper = latencyBoundsMs[index];
      if (upper === undefined) return latencyBoundsMs[latencyBoundsMs.length - 1];
      const lower = index === 0 ? 0 : (latencyBoundsMs[index - 1] ?? 0);
      return Math.round(lower + ((rank - below) / count) * (upper - lower));
    }
    below += count;
  }
  return latencyBoundsMs[latencyBoundsMs.length - 1];
}

/** Adds histogram `from` into `into`, bucket by bucket. */
export function addHistogram(into: number[], from: readonly number[]): void {
  for (let index = 0; index < from.length; index++) {
    into[index] = (into[index] ?? 0) + (from[index] ?? 0);
  }
}
