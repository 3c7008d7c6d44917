import { describe, expect, it } from 'vitest';
import { functionEmbedder } from './embedder.js';
import { useEmbedder } from './use-embedder.js';

describe('functionEmbedder', () => {
  it('wraps a function and checks its output', async () => {
    const embedder = functionEmbedder({
      id: 'mine',
      dimensions: 2,
      embed: async (texts) => texts.map(() => [1, 2]),
    });
    expect((await embedder.embed(['a']))[0]).toEqual(Float32Array.from([1, 2]));
    const zero = functionEmbedder({ id: 'zero', dimensions: 2, embed: async () => [[0, 0]] });
    await expect(zero.embed(['a'])).rejects.toThrow('embedder zero: vector 0 must be finite and non-zero');
    expect(() => functionEmbedder({ id: '', dimensions: 2, embed: async () => [] })).toThrow(
      'functionEmbedder: id must be a non-empty string; got ""',
    );
  });
});

describe('useEmbedder (Universal Sentence Encoder, local)', () => {
  it('embeds offline from the bundled weights into 512 dimensions, paraphrases close, unrelated far', {
    timeout: 120_000,
  }, async () => {
    const embedder = useEmbedder();
    const [france, paraphrase, cake] = await embedder.embed([
      'What is the capital of France?',
      "Tell me France's capital",
      'How do I bake a chocolate cake?',
    ]);
    const cosine = (a: Float32Array, b: Float32Array) => {
      let dot = 0;
      let na = 0;
      let nb = 0;
      for (let index = 0; index < a.length; index++) {
        dot += (a[index] as number) * (b[index] as number);
        na += (a[index] as number) ** 2;
        nb += (b[index] as number) ** 2;
      }
      return dot / Math.sqrt(na * nb);
    };
    expect(embedder.dimensions).toBe(512);
    expect(france).toHaveLength(512);
    expect(cosine(france as Float32Array, paraphrase as Float32Array)).toBeGreaterThan(0.7);
    expect(cosine(france as Float32Array, cake as Float32Array)).toBeLessThan(0.3);
  });
});
