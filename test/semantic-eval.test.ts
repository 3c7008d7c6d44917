import { readFileSync } from 'node:fs';
import { cacheSemantic, functionEmbedder, useEmbedder } from '@switchyard/cache-semantic';
import { compose } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { chatCompletion, jsonResponse } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';

interface LabelledPair {
  kind: string;
  sameAnswer: boolean;
  split: 'dev' | 'holdout';
  a: string;
  b: string;
}

const { pairs } = JSON.parse(
  readFileSync(new URL('./fixtures/semantic-pairs.json', import.meta.url), 'utf8'),
) as {
  pairs: LabelledPair[];
};

/** The default embedder, with every prompt of the set embedded once up front (in batches, for speed). */
async function precomputedUseEmbedder() {
  const use = useEmbedder();
  const texts = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))];
  const vectors = new Map<string, Float32Array>();
  for (let start = 0; start < texts.length; start += 64) {
    const batch = texts.slice(start, start + 64);
    const embedded = await use.embed(batch);
    for (const [index, text] of batch.entries()) vectors.set(text, embedded[index] as Float32Array);
  }
  const embedder = functionEmbedder({
    id: use.id,
    dimensions: use.dimensions,
    embed: async (batch) => batch.map((text) => vectors.get(text) as Float32Array),
  });
  return { embedder, vectors };
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let index = 0; index < a.length; index++) {
    dot += (a[index] as number) * (b[index] as number);
    normA += (a[index] as number) ** 2;
    normB += (b[index] as number) ** 2;
  }
  return dot / Math.sqrt(normA * normB);
}

/** Precision and recall of plain cosine >= threshold, with no word check: the baseline. */
function cosineOnly(vectors: Map<string, Float32Array>, threshold: number) {
  let truePositives = 0;
  let falsePositives = 0;
  for (const pair of pairs) {
    const similar =
      cosine(vectors.get(pair.a) as Float32Array, vectors.get(pair.b) as Float32Array) >= threshold;
    if (similar && pair.sameAnswer) truePositives++;
    if (similar && !pair.sameAnswer) falsePositives++;
  }
  const paraphrases = pairs.filter((pair) => pair.sameAnswer).length;
  return {
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall: truePositives / paraphrases,
  };
}

function chatRequest(content: string): Request {
  return new Request('https://api.openai.com/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-eval' },
    body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content }] }),
  });
}

interface Counts {
  truePositives: number;
  falsePositives: number;
  paraphrases: number;
}

describe('semantic cache evaluation (test/fixtures/semantic-pairs.json, default settings)', () => {
  it('has precision >= 0.99 and paraphrase recall >= 0.5', { timeout: 180_000 }, async () => {
    expect(pairs.length).toBeGreaterThanOrEqual(300);
    const { embedder, vectors } = await precomputedUseEmbedder();
    const counts: Record<string, Counts> = {};
    const falseHits: string[] = [];
    const falseHitsByKind: Record<string, number> = {};
    for (const pair of pairs) {
      // A fresh cache per pair: the default store, threshold and guard, only the embedder precomputed.
      const handler = compose(cacheSemantic({ embedder }))(async () =>
        jsonResponse(chatCompletion({ content: pair.a })),
      );
      await handler(chatRequest(pair.a));
      const response = await handler(chatRequest(pair.b));
      const hit = response.headers.get(responseHeaders.cacheStatus) === 'SEMANTIC_HIT';
      for (const group of ['all', pair.split]) {
        counts[group] ??= { truePositives: 0, falsePositives: 0, paraphrases: 0 };
        const count = counts[group] as Counts;
        if (pair.sameAnswer) count.paraphrases++;
        if (hit && pair.sameAnswer) count.truePositives++;
        if (hit && !pair.sameAnswer) count.falsePositives++;
      }
      if (hit && !pair.sameAnswer) {
        falseHits.push(`${pair.kind}: ${pair.a} | ${pair.b}`);
        falseHitsByKind[pair.kind] = (falseHitsByKind[pair.kind] ?? 0) + 1;
      }
    }
    const report = (group: string) => {
      const count = counts[group] as Counts;
      const hits = count.truePositives + count.falsePositives;
      return {
        precision: hits === 0 ? 1 : count.truePositives / hits,
        recall: count.truePositives / count.paraphrases,
        hits,
        ...count,
      };
    };
    const all = report('all');
    const nearMisses = pairs.filter((pair) => !pair.sameAnswer).length;
    console.log(
      `semantic cache on ${pairs.length} pairs (${all.paraphrases} paraphrases, ${nearMisses} near-misses), ` +
        `default settings:\n  precision ${all.precision.toFixed(3)} (${all.falsePositives} false hits), ` +
        `paraphrase recall ${all.recall.toFixed(3)} (${all.truePositives}/${all.paraphrases})\n` +
        `  dev: precision ${report('dev').precision.toFixed(3)}, recall ${report('dev').recall.toFixed(3)}; ` +
        `holdout: precision ${report('holdout').precision.toFixed(3)}, recall ${report('holdout').recall.toFixed(3)}` +
        (falseHits.length > 0 ? `\n  false hits:\n    ${falseHits.join('\n    ')}` : ''),
    );
    const baselines = [0.7, 0.8, 0.9, 0.95].map((threshold) => {
      const { precision, recall } = cosineOnly(vectors, threshold);
      return `${threshold}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`;
    });
    console.log(`  baseline, cosine only (no word check) at threshold ${baselines.join('; ')}`);
    expect(all.precision).toBeGreaterThanOrEqual(0.99);
    expect(all.recall).toBeGreaterThanOrEqual(0.5);
  });
});
