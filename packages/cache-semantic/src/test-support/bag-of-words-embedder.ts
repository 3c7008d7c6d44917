import { functionEmbedder } from '../embedder.js';

/**
 * A deterministic bag-of-words embedder for tests: each lowercase word adds 1 to a hashed dimension.
 * Prompts sharing most words score high, so the word check has to reject near-misses.
 */
export function bagOfWordsEmbedder(dimensions = 256) {
  const calls: string[][] = [];
  const embedder = functionEmbedder({
    id: 'test-bag-of-words',
    dimensions,
    async embed(texts) {
      calls.push(texts);
      return texts.map((text) => {
        const vector = new Float32Array(dimensions);
        for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? ['empty']) {
          let hash = 0;
          for (const char of word) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
          vector[hash % dimensions] = (vector[hash % dimensions] as number) + 1;
        }
        return vector;
      });
    },
  });
  return Object.assign(embedder, { calls });
}
