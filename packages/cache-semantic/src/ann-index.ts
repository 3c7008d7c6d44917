import type { Index } from 'usearch';

type Usearch = typeof import('usearch');

let loading: Promise<Usearch | undefined> | undefined;

/**
 * usearch (an optional dependency with prebuilt binaries for Linux, macOS and Windows), loaded on
 * first need. `undefined` when it is not installed or does not load on this platform; the store
 * then keeps searching exactly and says so once.
 */
export function loadUsearch(): Promise<Usearch | undefined> {
  loading ??= import('usearch').then(
    (module) => ((module as unknown as { default?: Usearch }).default ?? module) as Usearch,
    (error: unknown) => {
      process.emitWarning(
        `memoryVectorStore: usearch did not load (${(error as Error).message}); searching exactly instead`,
        'SwitchyardWarning',
      );
      return undefined;
    },
  );
  return loading;
}

/** Settings of the approximate (HNSW) index. */
export interface AnnSettings {
  /** Links per node: more gives better recall and uses more memory. */
  connectivity: number;
  /** Candidate list size while inserting. */
  expansionAdd: number;
  /** Candidate list size while searching: more gives better recall, slower searches. */
  expansionSearch: number;
  /** How the index stores vectors; candidates are re-scored with the exact `Float32Array`s anyway. */
  quantization: 'f32' | 'f16' | 'i8';
}

function scalarKinds(usearch: Usearch) {
  const kinds = usearch.ScalarKind;
  return { f32: kinds.F32, f16: kinds.F16, i8: kinds.I8 };
}

/** An HNSW index over one partition's slots (keys are slot numbers), cosine metric. */
export class AnnIndex {
  readonly #index: Index;

  constructor(usearch: Usearch, dimensions: number, settings: AnnSettings) {
    this.#index = new usearch.Index({
      dimensions,
      metric: usearch.MetricKind.Cos,
      quantization: scalarKinds(usearch)[settings.quantization],
      connectivity: settings.connectivity,
      expansion_add: settings.expansionAdd,
      expansion_search: settings.expansionSearch,
      multi: false,
    });
  }

  /** Adds many slots at once (`vectors` holds them back to back). */
  addMany(slots: readonly number[], vectors: Float32Array): void {
    if (slots.length === 0) return;
    this.#index.add(BigUint64Array.from(slots, BigInt), vectors);
  }

  add(slot: number, vector: Float32Array): void {
    this.#index.add(BigInt(slot), vector);
  }

  remove(slot: number): void {
    this.#index.remove(BigInt(slot));
  }

  /** Up to `count` slots nearest to `vector`, nearest first. */
  search(vector: Float32Array, count: number): number[] {
    const size = this.#index.size();
    if (size === 0) return [];
    const matches = this.#index.search(vector, Math.min(count, size), 0);
    const slots: number[] = [];
    for (const key of matches.keys) {
      // usearch pads missing results with the largest key.
      if (key !== 0xffffffffffffffffn) slots.push(Number(key));
    }
    return slots;
  }
}
