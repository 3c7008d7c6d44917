/**
 * Whether an `x-switchyard-cache-status` value says a cache in the pipeline answered (the simple
 * cache's `HIT`, the semantic cache's `SEMANTIC_HIT`): no provider was called, no tokens spent.
 */
export function isCacheHitStatus(status: string | null | undefined): boolean {
  return status === 'HIT' || status === 'SEMANTIC_HIT';
}
