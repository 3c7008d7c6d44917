/** One cached answer with the embedding of the prompt it answered. */
export interface VectorEntry {
  /** Entries are only ever compared within one partition (model, context, tenant, embedder). */
  partition: string;
  /** The prompt's embedding. Stores normalise it; callers need not. */
  vector: Float32Array;
  /** The prompt text, kept so a candidate can be checked against a new prompt word by word. */
  prompt: string;
  /** The cached answer, serialised. */
  value: string;
  /** Epoch milliseconds after which the entry is never returned. Default: never expires. */
  expiresAt?: number;
}

/** A stored entry close to a query. */
export interface VectorMatch {
  prompt: string;
  value: string;
  /** Cosine similarity to the query, in [-1, 1]. */
  similarity: number;
}

/** A nearest-neighbour query within one partition. */
export interface VectorQuery {
  partition: string;
  vector: Float32Array;
  /** How many matches to return at most, most similar first. */
  limit: number;
  /** Matches less similar than this are left out. */
  minSimilarity: number;
}

/** Where `cacheSemantic` keeps its entries. Implement it to use another vector database. */
export interface VectorStore {
  /** The closest unexpired entries of the query's partition, most similar first. */
  search(query: VectorQuery): Promise<VectorMatch[]>;
  /** Stores an entry. */
  add(entry: VectorEntry): Promise<void>;
  /** Releases what the store holds (connections it opened, native indexes). */
  close?(): Promise<void>;
}

/** `vector` scaled to length 1 (a new array), so a dot product is a cosine. */
export function normalized(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const value of vector) norm += value * value;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const result = new Float32Array(vector.length);
  for (let index = 0; index < vector.length; index++) result[index] = (vector[index] as number) * scale;
  return result;
}
