import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryVectorStore } from './memory-vector-store.js';

/** Vectors with structure (like sentence embeddings): a few hundred clusters in 64 dimensions. */
function clusteredVectors(count: number, dimensions: number, seed = 1): Float32Array[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648 - 0.5;
  };
  const centres = Array.from({ length: 200 }, () => Float32Array.from({ length: dimensions }, random));
  return Array.from({ length: count }, (_, index) => {
    const centre = centres[index % centres.length] as Float32Array;
    return Float32Array.from(centre, (value) => value + random() * 0.4);
  });
}

const unit = (...values: number[]) => Float32Array.from(values);

afterEach(() => {
  vi.useRealTimers();
});

describe('memoryVectorStore', () => {
  it('returns the most similar entries of the partition, best first, above minSimilarity', async () => {
    const store = memoryVectorStore();
    await store.add({ partition: 'p', vector: unit(1, 0, 0), prompt: 'x', value: 'X' });
    await store.add({ partition: 'p', vector: unit(0.8, 0.6, 0), prompt: 'y', value: 'Y' });
    await store.add({ partition: 'p', vector: unit(0, 0, 1), prompt: 'z', value: 'Z' });
    await store.add({ partition: 'other', vector: unit(1, 0, 0), prompt: 'o', value: 'O' });
    const matches = await store.search({
      partition: 'p',
      vector: unit(2, 0, 0),
      limit: 5,
      minSimilarity: 0.5,
    });
    expect(matches.map((match) => match.value)).toEqual(['X', 'Y']);
    expect(matches[0]?.similarity).toBeCloseTo(1, 6);
    expect(matches[1]?.similarity).toBeCloseTo(0.8, 6);
    expect(
      await store.search({ partition: 'none', vector: unit(1, 0, 0), limit: 5, minSimilarity: 0 }),
    ).toEqual([]);
  });

  it('never returns an expired entry, and drops it', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const store = memoryVectorStore();
    await store.add({ partition: 'p', vector: unit(1, 0), prompt: 'x', value: 'X', expiresAt: 1_000_500 });
    expect(
      await store.search({ partition: 'p', vector: unit(1, 0), limit: 1, minSimilarity: 0 }),
    ).toHaveLength(1);
    vi.setSystemTime(1_000_500);
    expect(await store.search({ partition: 'p', vector: unit(1, 0), limit: 1, minSimilarity: 0 })).toEqual(
      [],
    );
    expect(store.size).toBe(0);
  });

  it('drops the oldest entry over all partitions when full', async () => {
    const store = memoryVectorStore({ maxEntries: 2 });
    await store.add({ partition: 'a', vector: unit(1, 0), prompt: 'first', value: '1' });
    await store.add({ partition: 'b', vector: unit(1, 0), prompt: 'second', value: '2' });
    await store.add({ partition: 'b', vector: unit(0, 1), prompt: 'third', value: '3' });
    expect(store.size).toBe(2);
    expect(await store.search({ partition: 'a', vector: unit(1, 0), limit: 1, minSimilarity: 0 })).toEqual(
      [],
    );
    const b = await store.search({ partition: 'b', vector: unit(1, 1), limit: 5, minSimilarity: 0 });
    expect(b.map((match) => match.value).sort()).toEqual(['2', '3']);
  });

  it('replaces the entry of a prompt stored again, even when that empties a full store', async () => {
    const store = memoryVectorStore({ maxEntries: 1 });
    await store.add({ partition: 'p', vector: unit(1, 0), prompt: 'same', value: 'v1' });
    await store.add({ partition: 'p', vector: unit(1, 0), prompt: 'same', value: 'v2' });
    expect(store.size).toBe(1);
    await store.add({ partition: 'p', vector: unit(0, 1), prompt: 'other', value: 'v3' });
    expect(store.stats()).toEqual({ entries: 1, partitions: 1, annPartitions: 0 });
    const matches = await store.search({ partition: 'p', vector: unit(1, 1), limit: 5, minSimilarity: 0 });
    expect(matches.map((match) => match.value)).toEqual(['v3']);
  });

  it('rejects a vector whose length differs from the partition', async () => {
    const store = memoryVectorStore();
    await store.add({ partition: 'p', vector: unit(1, 0), prompt: 'x', value: 'X' });
    await expect(
      store.add({ partition: 'p', vector: unit(1, 0, 0), prompt: 'y', value: 'Y' }),
    ).rejects.toThrow('memoryVectorStore: vector has 3 dimensions but partition entries have 2');
  });

  it('finds with the HNSW index (usearch) the same nearest entry as the exact scan, for >= 98% of queries', async () => {
    const dimensions = 64;
    const vectors = clusteredVectors(3000, dimensions);
    const exact = memoryVectorStore({ ann: false });
    const approximate = memoryVectorStore({ annMinEntries: 1000 });
    for (const [index, vector] of vectors.entries()) {
      const entry = { partition: 'p', vector, prompt: `prompt ${index}`, value: String(index) };
      await exact.add(entry);
      await approximate.add(entry);
    }
    await approximate.indexed();
    expect(approximate.stats()).toEqual({ entries: 3000, partitions: 1, annPartitions: 1 });
    expect(exact.stats().annPartitions).toBe(0);
    const queries = clusteredVectors(300, dimensions, 7);
    let agree = 0;
    for (const vector of queries) {
      const query = { partition: 'p', vector, limit: 1, minSimilarity: -1 };
      const [want] = await exact.search(query);
      const [got] = await approximate.search(query);
      if (got?.value === want?.value) agree++;
    }
    const recall = agree / queries.length;
    console.log(
      `memoryVectorStore HNSW recall@1 against exact: ${recall.toFixed(3)} (3000 entries, 64 dimensions)`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps the HNSW index in step with removals and reused slots', async () => {
    const store = memoryVectorStore({ annMinEntries: 2, maxEntries: 3 });
    await store.add({ partition: 'p', vector: unit(1, 0, 0), prompt: 'a', value: 'A' });
    await store.add({ partition: 'p', vector: unit(0, 1, 0), prompt: 'b', value: 'B' });
    await store.add({ partition: 'p', vector: unit(0, 0, 1), prompt: 'c', value: 'C' });
    await store.add({ partition: 'p', vector: unit(1, 1, 0), prompt: 'd', value: 'D' });
    // The index is built in the background; entries added and dropped meanwhile are applied to it.
    await store.indexed();
    expect(store.stats()).toEqual({ entries: 3, partitions: 1, annPartitions: 1 });
    const [nearest] = await store.search({
      partition: 'p',
      vector: unit(1, 0, 0),
      limit: 1,
      minSimilarity: 0,
    });
    expect(nearest?.value).toBe('D');
    const [second] = await store.search({
      partition: 'p',
      vector: unit(0, 1, 0),
      limit: 1,
      minSimilarity: 0,
    });
    expect(second?.value).toBe('B');
  });

  it('validates its options', () => {
    expect(() => memoryVectorStore({ maxEntries: 0 })).toThrow(
      'memoryVectorStore: maxEntries must be an integer > 0; got 0',
    );
    expect(() => memoryVectorStore({ ann: 'yes' as never })).toThrow(
      `memoryVectorStore: ann must be 'auto' or false; got "yes"`,
    );
    expect(() => memoryVectorStore({ annMinEntries: -1 })).toThrow(
      'memoryVectorStore: annMinEntries must be an integer >= 0; got -1',
    );
  });
});
