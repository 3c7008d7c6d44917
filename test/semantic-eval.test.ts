import { readFileSync } from 'node:fs';
import { cacheSemantic, functionEmbedder, useEmbedder } from '@switchyard/cache-semantic';
import { compose } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import { chatCompletion, jsonResponse } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';

interface LabelledPair {
  kind: string;
  sameAnswer: boolean;
  /**
   * `dev` and `holdout`: the committed set; `tuning`: invented while tuning; `holdout-2` to
   * `holdout-7`: each written before the change it first measured (`holdout-5` to `holdout-7` by
   * helpers that never saw the code, from Natural Questions, Quora Question Pairs and WebQuestions).
   */
  split:
    | 'dev'
    | 'holdout'
    | 'tuning'
    | 'holdout-2'
    | 'holdout-3'
    | 'holdout-4'
    | 'holdout-5'
    | 'holdout-6'
    | 'holdout-7';
  a: string;
  b: string;
}

function pairsOf(file: string): LabelledPair[] {
  return (
    JSON.parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')) as {
      pairs: LabelledPair[];
    }
  ).pairs;
}

/** The committed set (dev and holdout splits), the pairs invented while tuning, and the later holdouts. */
const committed = pairsOf('semantic-pairs.json');
const pairs = [
  ...committed,
  ...pairsOf('semantic-tuning-pairs.json'),
  ...pairsOf('semantic-holdout-2.json'),
  ...pairsOf('semantic-holdout-3.json'),
  ...pairsOf('semantic-holdout-4.json'),
  ...pairsOf('semantic-holdout-5.json'),
  ...pairsOf('semantic-holdout-6.json'),
  ...pairsOf('semantic-holdout-7.json'),
];

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

/** Precision and recall of plain cosine >= threshold, with no word check, on the committed set: the baseline. */
function cosineOnly(vectors: Map<string, Float32Array>, threshold: number) {
  let truePositives = 0;
  let falsePositives = 0;
  for (const pair of committed) {
    const similar =
      cosine(vectors.get(pair.a) as Float32Array, vectors.get(pair.b) as Float32Array) >= threshold;
    if (similar && pair.sameAnswer) truePositives++;
    if (similar && !pair.sameAnswer) falsePositives++;
  }
  const paraphrases = committed.filter((pair) => pair.sameAnswer).length;
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
  nearMisses: number;
}

const splits = [
  ['committed', 'the committed set (dev + holdout)'],
  ['dev', '  dev (tuned on)'],
  ['holdout', '  holdout'],
  ['tuning', 'pairs invented while tuning'],
  ['holdout-2', 'second holdout (written after the first change; its misses looked at in the third round)'],
  ['holdout-3', 'third holdout (written after the first round; its misses looked at in the third round)'],
  ['holdout-4', 'fourth holdout (written before the second round; tuned on in the third)'],
  ['holdout-5', 'fifth holdout (Natural Questions, written blind; measured once blind in the third round)'],
  [
    'holdout-6',
    'sixth holdout (Quora Question Pairs, written blind; measured once blind in the third round)',
  ],
  [
    'holdout-7',
    'seventh holdout (WebQuestions, written blind; measured once blind at the end of the third round)',
  ],
] as const;

describe('semantic cache evaluation (test/fixtures/semantic-*.json, default settings)', () => {
  // Precision 1.00 on every split is the guard's promise. The recall floors are the measured figures
  // (issue 25 asks 0.80 on the holdouts; the word check reaches 0.76-0.92 on the hand-written ones,
  // 0.08-0.40 on the loose paraphrases of real questions from Natural Questions, Quora and
  // WebQuestions), so a change that loses recall fails here.
  it('has precision 1.00 on every split, and keeps its measured paraphrase recall', {
    timeout: 180_000,
  }, async () => {
    expect(committed.length).toBeGreaterThanOrEqual(300);
    const { embedder, vectors } = await precomputedUseEmbedder();
    const counts: Record<string, Counts> = {};
    const falseHits: string[] = [];
    for (const pair of pairs) {
      // A fresh cache per pair: the default store, threshold and guard, only the embedder precomputed.
      const handler = compose(cacheSemantic({ embedder }))(async () =>
        jsonResponse(chatCompletion({ content: pair.a })),
      );
      await handler(chatRequest(pair.a));
      const response = await handler(chatRequest(pair.b));
      const hit = response.headers.get(responseHeaders.cacheStatus) === 'SEMANTIC_HIT';
      const groups =
        pair.split === 'dev' || pair.split === 'holdout' ? ['committed', pair.split] : [pair.split];
      for (const group of groups) {
        counts[group] ??= { truePositives: 0, falsePositives: 0, paraphrases: 0, nearMisses: 0 };
        const count = counts[group] as Counts;
        if (pair.sameAnswer) count.paraphrases++;
        else count.nearMisses++;
        if (hit && pair.sameAnswer) count.truePositives++;
        if (hit && !pair.sameAnswer) count.falsePositives++;
      }
      if (hit && !pair.sameAnswer) falseHits.push(`${pair.split} ${pair.kind}: ${pair.a} | ${pair.b}`);
    }
    const report = (group: string) => {
      const count = counts[group] as Counts;
      const hits = count.truePositives + count.falsePositives;
      return {
        precision: hits === 0 ? 1 : count.truePositives / hits,
        recall: count.truePositives / count.paraphrases,
        ...count,
      };
    };
    const lines = splits.map(([group, label]) => {
      const result = report(group);
      return (
        `  ${label}: ${result.paraphrases + result.nearMisses} pairs (${result.paraphrases} paraphrases, ${result.nearMisses} near-misses): ` +
        `precision ${result.precision.toFixed(3)} (${result.falsePositives} false hits), ` +
        `paraphrase recall ${result.recall.toFixed(3)} (${result.truePositives}/${result.paraphrases})`
      );
    });
    console.log(
      `semantic cache, default settings:\n${lines.join('\n')}` +
        (falseHits.length > 0 ? `\n  false hits:\n    ${falseHits.join('\n    ')}` : ''),
    );
    const baselines = [0.7, 0.8, 0.9, 0.95].map((threshold) => {
      const { precision, recall } = cosineOnly(vectors, threshold);
      return `${threshold}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`;
    });
    console.log(
      `  baseline on the committed set, cosine only (no word check) at threshold ${baselines.join('; ')}`,
    );
    for (const [group] of splits) expect(report(group).precision, group).toBe(1);
    expect(report('committed').recall).toBeGreaterThanOrEqual(0.89);
    expect(report('holdout').recall).toBeGreaterThanOrEqual(0.84);
    expect(report('holdout-2').recall).toBeGreaterThanOrEqual(0.92);
    expect(report('holdout-3').recall).toBeGreaterThanOrEqual(0.87);
    expect(report('holdout-4').recall).toBeGreaterThanOrEqual(0.76);
    expect(report('holdout-5').recall).toBeGreaterThanOrEqual(0.17);
    expect(report('holdout-6').recall).toBeGreaterThanOrEqual(0.4);
    expect(report('holdout-7').recall).toBeGreaterThanOrEqual(0.08);
  });
});
