/**
 * A reproducible source of numbers in [0, 1) (mulberry32), for chaos tests that must replay the
 * same run: `startMockProvider({ faults: { chances, random: seededRandom(42) } })`.
 *
 * @throws TypeError when `seed` is not an integer.
 */
export function seededRandom(seed: number): () => number {
  if (!Number.isInteger(seed))
    throw new TypeError(`seededRandom: seed must be an integer; got ${String(seed)}`);
  let state = seed >>> 0;
  return function random() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
