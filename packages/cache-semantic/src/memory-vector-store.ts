import { AnnIndex, type AnnSettings, loadUsearch } from './ann-index.js';
import {
  normalized,
  type VectorEntry,
  type VectorMatch,
  type VectorQuery,
  type VectorStore,
} from './vector-store.js';

/** Options of `memoryVectorStore`. */
export interface MemoryVectorStoreOptions {
  /** Most entries kept, over all partitions; the oldest is dropped first. Default: 100_000. */
  maxEntries?: number;
  /**
   * `'auto'`: a partition holding `annMinEntries` entries or more is searched through an HNSW index
   * (usearch, an optional dependency; exact search when it is missing). `false`: always exact.
   * Default: `'auto'`.
   */
  ann?: 'auto' | false;
  /** The entry count of one partition from which the HNSW index is used. Default: 5_000. */
  annMinEntries?: number;
  /** HNSW links per node. Default: 16. */
  annConnectivity?: number;
  /** HNSW candidate list size while inserting. Default: 64. */
  annExpansionAdd?: number;
  /** HNSW candidate list size while searching; raise it for better recall. Default: 64. */
  annExpansionSearch?: number;
  /**
   * How the HNSW index stores vectors: `'i8'` builds about 4x faster than `'f32'` and uses a quarter
   * of the memory; its candidates are re-scored with the exact vectors, so results stay exact
   * cosines. Default: `'i8'`.
   */
  annQuantization?: 'f32' | 'f16' | 'i8';
}

/** The in-memory store, with a count of what it holds. */
export interface MemoryVectorStore extends VectorStore {
  /** Entries held (expired ones are dropped as they are met). */
  readonly size: number;
  /** Drops every entry. */
  clear(): void;
  /** Resolves when every HNSW index being built is ready (builds run in the background). */
  indexed(): Promise<void>;
  /** What the store holds: entries, partitions, and partitions searched through the HNSW index. */
  stats(): { entries: number; partitions: number; annPartitions: number };
}

const initialCapacity = 64;
/** Entries added to an HNSW index per event-loop turn while it is built. */
const buildChunk = 256;

/**
 * One partition's entries: vectors back to back in one `Float32Array` (normalised, so a dot product
 * is the cosine), slots reused after removal so the array stays dense.
 */
class Partition {
  readonly dimensions: number;
  vectors: Float32Array;
  prompts: (string | undefined)[] = [];
  values: (string | undefined)[] = [];
  expiresAt: Float64Array;
  generations: Uint32Array;
  /** Slots ever used; slots below it are live or in `free`. */
  used = 0;
  live = 0;
  free: number[] = [];
  /** Slot of each prompt: storing a prompt again replaces its entry (a forced refresh). */
  slotsByPrompt = new Map<string, number>();
  ann: AnnIndex | undefined;
  annRequested = false;
  /** Slots changed while the index is being built, applied to it when the build ends. */
  changedDuringBuild: Set<number> | undefined;

  constructor(dimensions: number) {
    this.dimensions = dimensions;
    this.vectors = new Float32Array(initialCapacity * dimensions);
    this.expiresAt = new Float64Array(initialCapacity);
    this.generations = new Uint32Array(initialCapacity);
  }

  isLive(slot: number): boolean {
    return this.prompts[slot] !== undefined;
  }

  vectorAt(slot: number): Float32Array {
    return this.vectors.subarray(slot * this.dimensions, (slot + 1) * this.dimensions);
  }

  insert(vector: Float32Array, prompt: string, value: string, expiresAt: number): number {
    let slot = this.free.pop();
    if (slot === undefined) {
      slot = this.used++;
      if (slot >= this.expiresAt.length) this.grow();
    }
    this.vectors.set(vector, slot * this.dimensions);
    this.prompts[slot] = prompt;
    this.values[slot] = value;
    this.expiresAt[slot] = expiresAt;
    this.generations[slot] = ((this.generations[slot] as number) + 1) >>> 0;
    this.slotsByPrompt.set(prompt, slot);
    this.live++;
    this.ann?.add(slot, vector);
    this.changedDuringBuild?.add(slot);
    return slot;
  }

  remove(slot: number): void {
    this.slotsByPrompt.delete(this.prompts[slot] as string);
    this.prompts[slot] = undefined;
    this.values[slot] = undefined;
    this.live--;
    this.free.push(slot);
    this.ann?.remove(slot);
    this.changedDuringBuild?.add(slot);
  }

  private grow(): void {
    const capacity = this.expiresAt.length * 2;
    const vectors = new Float32Array(capacity * this.dimensions);
    vectors.set(this.vectors);
    this.vectors = vectors;
    const expiresAt = new Float64Array(capacity);
    expiresAt.set(this.expiresAt);
    this.expiresAt = expiresAt;
    const generations = new Uint32Array(capacity);
    generations.set(this.generations);
    this.generations = generations;
  }

  liveSlots(): number[] {
    const slots: number[] = [];
    for (let slot = 0; slot < this.used; slot++) if (this.isLive(slot)) slots.push(slot);
    return slots;
  }
}

interface Inserted {
  partition: Partition;
  key: string;
  slot: number;
  generation: number;
}

/**
 * Keeps entries in process memory. Search is an exact cosine scan over the partition's contiguous
 * vectors (about 0.1 ms per 1,000 entries of 512 dimensions); large partitions switch to an HNSW
 * index (usearch) whose candidates are re-scored exactly.
 *
 * @throws TypeError at creation when an option is invalid.
 */
export function memoryVectorStore(options: MemoryVectorStoreOptions = {}): MemoryVectorStore {
  const maxEntries = positiveInteger('maxEntries', options.maxEntries ?? 100_000);
  const ann = options.ann ?? 'auto';
  if (ann !== 'auto' && ann !== false) {
    throw new TypeError(`memoryVectorStore: ann must be 'auto' or false; got ${JSON.stringify(ann)}`);
  }
  const annMinEntries = nonNegativeInteger('annMinEntries', options.annMinEntries ?? 5_000);
  const annSettings: AnnSettings = {
    connectivity: positiveInteger('annConnectivity', options.annConnectivity ?? 16),
    expansionAdd: positiveInteger('annExpansionAdd', options.annExpansionAdd ?? 64),
    expansionSearch: positiveInteger('annExpansionSearch', options.annExpansionSearch ?? 64),
    quantization: options.annQuantization ?? 'i8',
  };
  if (!['f32', 'f16', 'i8'].includes(annSettings.quantization)) {
    throw new TypeError(
      `memoryVectorStore: annQuantization must be 'f32', 'f16' or 'i8'; got ${JSON.stringify(annSettings.quantization)}`,
    );
  }
  const partitions = new Map<string, Partition>();
  // Insertion order over all partitions, for dropping the oldest entry; stale records are skipped.
  let order: Inserted[] = [];
  let orderHead = 0;
  let size = 0;

  function removeSlot(key: string, partition: Partition, slot: number): void {
    partition.remove(slot);
    size--;
    if (partition.live === 0 && partitions.get(key) === partition) partitions.delete(key);
  }

  function dropOldest(): void {
    while (orderHead < order.length) {
      const record = order[orderHead++] as Inserted;
      const { partition, slot } = record;
      if (partition.isLive(slot) && partition.generations[slot] === record.generation) {
        removeSlot(record.key, partition, slot);
        break;
      }
    }
    if (orderHead > 1024 && orderHead * 2 > order.length) {
      order = order.slice(orderHead);
      orderHead = 0;
    }
  }

  const builds = new Set<Promise<void>>();

  /**
   * Builds a partition's HNSW index in chunks, yielding to the event loop between them so a large
   * build never stalls requests; searches stay exact until it is done.
   */
  async function buildAnn(partition: Partition): Promise<void> {
    partition.annRequested = true;
    const usearch = await loadUsearch();
    if (!usearch) return;
    const index = new AnnIndex(usearch, partition.dimensions, annSettings);
    const slots = partition.liveSlots();
    partition.changedDuringBuild = new Set();
    for (let start = 0; start < slots.length; start += buildChunk) {
      const chunk = slots.slice(start, start + buildChunk).filter((slot) => partition.isLive(slot));
      const vectors = new Float32Array(chunk.length * partition.dimensions);
      for (const [position, slot] of chunk.entries()) {
        vectors.set(partition.vectorAt(slot), position * partition.dimensions);
      }
      index.addMany(chunk, vectors);
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const slot of partition.changedDuringBuild) {
      index.remove(slot);
      if (partition.isLive(slot)) index.add(slot, partition.vectorAt(slot));
    }
    partition.changedDuringBuild = undefined;
    partition.ann = index;
  }

  function startBuild(partition: Partition): void {
    const build = buildAnn(partition)
      .catch((error: unknown) => {
        partition.changedDuringBuild = undefined;
        process.emitWarning(
          `memoryVectorStore: HNSW index build failed, searching exactly: ${String(error)}`,
        );
      })
      .finally(() => builds.delete(build));
    builds.add(build);
  }

  return {
    get size() {
      return size;
    },

    async add(entry: VectorEntry): Promise<void> {
      const vector = normalized(entry.vector);
      const existing = partitions.get(entry.partition);
      if (existing && existing.dimensions !== vector.length) {
        throw new TypeError(
          `memoryVectorStore: vector has ${vector.length} dimensions but partition entries have ${existing.dimensions}`,
        );
      }
      const previous = existing?.slotsByPrompt.get(entry.prompt);
      if (existing && previous !== undefined) removeSlot(entry.partition, existing, previous);
      while (size >= maxEntries) dropOldest();
      // Looked up again: dropping entries may have emptied and removed the partition.
      let partition = partitions.get(entry.partition);
      if (!partition) {
        partition = new Partition(vector.length);
        partitions.set(entry.partition, partition);
      }
      const slot = partition.insert(
        vector,
        entry.prompt,
        entry.value,
        entry.expiresAt ?? Number.POSITIVE_INFINITY,
      );
      size++;
      order.push({
        partition,
        key: entry.partition,
        slot,
        generation: partition.generations[slot] as number,
      });
      if (ann === 'auto' && !partition.annRequested && partition.live >= annMinEntries) startBuild(partition);
    },

    async search(query: VectorQuery): Promise<VectorMatch[]> {
      const partition = partitions.get(query.partition);
      if (!partition || query.limit <= 0) return [];
      if (query.vector.length !== partition.dimensions) {
        throw new TypeError(
          `memoryVectorStore: query has ${query.vector.length} dimensions but partition entries have ${partition.dimensions}`,
        );
      }
      const vector = normalized(query.vector);
      const now = Date.now();
      const candidates = partition.ann
        ? partition.ann.search(vector, Math.max(query.limit * 8, 40))
        : undefined;
      const top = new TopMatches(query.limit, query.minSimilarity);
      const consider = (slot: number) => {
        if (!partition.isLive(slot)) return;
        if ((partition.expiresAt[slot] as number) <= now) {
          removeSlot(query.partition, partition, slot);
          return;
        }
        top.offer(slot, dot(vector, partition.vectors, slot * partition.dimensions));
      };
      if (candidates) for (const slot of candidates) consider(slot);
      else for (let slot = 0; slot < partition.used; slot++) consider(slot);
      return top.slots().map(({ slot, similarity }) => ({
        prompt: partition.prompts[slot] as string,
        value: partition.values[slot] as string,
        similarity,
      }));
    },

    async indexed() {
      while (builds.size > 0) await Promise.all(builds);
    },

    stats() {
      let annPartitions = 0;
      for (const partition of partitions.values()) if (partition.ann) annPartitions++;
      return { entries: size, partitions: partitions.size, annPartitions };
    },

    clear() {
      partitions.clear();
      order = [];
      orderHead = 0;
      size = 0;
    },

    async close() {
      this.clear();
    },
  };
}

/**
 * Four running sums let V8 overlap the additions: an exact search is 1.5x faster at 100,000 entries
 * than with one sum, 2x at 1,000 to 10,000 (`bench/cache-semantic.ts`, see the README's Stores).
 */
function dot(query: Float32Array, vectors: Float32Array, offset: number): number {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  const end = query.length - (query.length % 4);
  let index = 0;
  for (; index < end; index += 4) {
    const at = offset + index;
    a += (query[index] as number) * (vectors[at] as number);
    b += (query[index + 1] as number) * (vectors[at + 1] as number);
    c += (query[index + 2] as number) * (vectors[at + 2] as number);
    d += (query[index + 3] as number) * (vectors[at + 3] as number);
  }
  for (; index < query.length; index++) a += (query[index] as number) * (vectors[offset + index] as number);
  return a + b + c + d;
}

/** The best `limit` slots seen, kept sorted; `limit` is small (a handful of candidates). */
class TopMatches {
  readonly #limit: number;
  readonly #min: number;
  readonly #items: { slot: number; similarity: number }[] = [];

  constructor(limit: number, min: number) {
    this.#limit = limit;
    this.#min = min;
  }

  offer(slot: number, similarity: number): void {
    const items = this.#items;
    if (similarity < this.#min) return;
    if (items.length === this.#limit && similarity <= (items[items.length - 1]?.similarity ?? -2)) return;
    let position = items.length;
    while (position > 0 && (items[position - 1]?.similarity as number) < similarity) position--;
    items.splice(position, 0, { slot, similarity });
    if (items.length > this.#limit) items.pop();
  }

  slots(): readonly { slot: number; similarity: number }[] {
    return this.#items;
  }
}

function positiveInteger(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new TypeError(`memoryVectorStore: ${name} must be an integer > 0; got ${String(value)}`);
  }
  return value;
}

function nonNegativeInteger(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new TypeError(`memoryVectorStore: ${name} must be an integer >= 0; got ${String(value)}`);
  }
  return value;
}
