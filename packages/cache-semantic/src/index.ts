export { additionSimilarity } from './added-words.js';
export type { AnnSettings } from './ann-index.js';
export { type CacheSemanticOptions, cacheSemantic, semanticCacheStatus } from './cache-semantic.js';
export { type Embedder, type FunctionEmbedderOptions, functionEmbedder } from './embedder.js';
export {
  type MemoryVectorStore,
  type MemoryVectorStoreOptions,
  memoryVectorStore,
} from './memory-vector-store.js';
export {
  type PgPoolLike,
  type PgQueryable,
  type PgvectorStore,
  type PgvectorStoreOptions,
  pgvectorStore,
} from './pgvector-store.js';
export { type PipelineEmbedderOptions, pipelineEmbedder } from './pipeline-embedder.js';
export { disagreement, relaxedSimilarity } from './prompt-agreement.js';
export { type PromptTerms, promptTerms, type WordPlacement } from './prompt-terms.js';
export { type SemanticRequest, semanticRequest } from './semantic-request.js';
export { useEmbedder } from './use-embedder.js';
export type { VectorEntry, VectorMatch, VectorQuery, VectorStore } from './vector-store.js';
