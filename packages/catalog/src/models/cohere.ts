import type { ModelInfo, TokenPrices } from '../model-info.js';

const asOf = '2025-10-01';
const source = 'https://cohere.com/pricing';

function chat(model: string, contextWindow: number, maxOutputTokens: number, prices: TokenPrices): ModelInfo {
  return {
    provider: 'cohere',
    model,
    kind: 'chat',
    contextWindow,
    maxOutputTokens,
    prices,
    pricesAsOf: asOf,
    source,
  };
}

function embedding(model: string, contextWindow: number, input: number): ModelInfo {
  return {
    provider: 'cohere',
    model,
    kind: 'embedding',
    contextWindow,
    prices: { input, output: 0 },
    pricesAsOf: asOf,
    source,
  };
}

/** Cohere's Command and Embed models on its own API (rerank is billed per search, not per token). */
export const cohereModels: readonly ModelInfo[] = [
  chat('command-a-03-2025', 256_000, 8_000, { input: 2.5, output: 10 }),
  chat('command-r-plus-08-2024', 128_000, 4_000, { input: 2.5, output: 10 }),
  chat('command-r-08-2024', 128_000, 4_000, { input: 0.15, output: 0.6 }),
  chat('command-r7b-12-2024', 128_000, 4_000, { input: 0.0375, output: 0.15 }),
  embedding('embed-v4.0', 128_000, 0.12),
  embedding('embed-english-v3.0', 512, 0.1),
  embedding('embed-multilingual-v3.0', 512, 0.1),
];
