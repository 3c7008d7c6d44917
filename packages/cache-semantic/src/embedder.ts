/** Turns texts into vectors; the semantic cache compares prompts by the cosine of these vectors. */
export interface Embedder {
  /** Names the model, so entries made by one embedder are never compared with another's. */
  readonly id: string;
  /** The length of every vector `embed` returns. */
  readonly dimensions: number;
  /** One vector per text, in order. */
  embed(texts: string[]): Promise<Float32Array[]>;
}

/** Options of `functionEmbedder`. */
export interface FunctionEmbedderOptions {
  /** Names the model (part of every cache partition). Required. */
  id: string;
  /** The length of every vector. Required. */
  dimensions: number;
  /** Returns one vector per text, as `Float32Array`s or plain number arrays. Required. */
  embed: (texts: string[]) => Promise<ArrayLike<number>[]>;
}

/**
 * An embedder around your own function (a local model, a vendor SDK). Its output is checked: one
 * vector per text, each `dimensions` long and finite.
 *
 * @throws TypeError at creation when an option is missing or invalid.
 */
export function functionEmbedder(options: FunctionEmbedderOptions): Embedder {
  const id = checkEmbedderId('functionEmbedder', options?.id);
  const dimensions = checkDimensions('functionEmbedder', options.dimensions);
  if (typeof options.embed !== 'function') {
    throw new TypeError(`functionEmbedder: embed must be a function; got ${typeof options.embed}`);
  }
  const embed = options.embed;
  return {
    id,
    dimensions,
    async embed(texts) {
      return checkVectors(`embedder ${id}`, dimensions, texts.length, await embed(texts));
    },
  };
}

/** @throws TypeError naming `where` when `value` is not a non-empty string. */
export function checkEmbedderId(where: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new TypeError(`${where}: id must be a non-empty string; got ${JSON.stringify(value)}`);
  }
  return value;
}

/** @throws TypeError naming `where` when `value` is not a positive integer. */
export function checkDimensions(where: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new TypeError(`${where}: dimensions must be an integer > 0; got ${String(value)}`);
  }
  return value;
}

/**
 * `vectors` as `Float32Array`s after checking there is one per text, each `dimensions` long, finite
 * and not all zero.
 *
 * @throws TypeError naming `where` and what is wrong.
 */
export function checkVectors(
  where: string,
  dimensions: number,
  count: number,
  vectors: readonly ArrayLike<number>[],
): Float32Array[] {
  if (!Array.isArray(vectors) || vectors.length !== count) {
    const got = Array.isArray(vectors) ? `${vectors.length} vectors` : typeof vectors;
    throw new TypeError(`${where} must return ${count} vectors; got ${got}`);
  }
  return vectors.map((vector, index) => {
    const array = vector instanceof Float32Array ? vector : Float32Array.from(vector ?? []);
    if (array.length !== dimensions) {
      throw new TypeError(
        `${where}: vector ${index} must have ${dimensions} dimensions; got ${array.length}`,
      );
    }
    let norm = 0;
    for (const value of array) norm += value * value;
    if (!Number.isFinite(norm) || norm === 0) {
      throw new TypeError(`${where}: vector ${index} must be finite and non-zero`);
    }
    return array;
  });
}
