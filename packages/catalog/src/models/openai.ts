import type { ModelInfo } from '../model-info.js';

const asOf = '2025-10-01';
const source = 'https://platform.openai.com/docs/pricing';

function chat(
  model: string,
  aliases: string[],
  contextWindow: number,
  maxOutputTokens: number,
  input: number,
  cachedInput: number | undefined,
  output: number,
): ModelInfo {
  const prices = cachedInput === undefined ? { input, output } : { input, output, cachedInput };
  return {
    provider: 'openai',
    model,
    aliases,
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
    provider: 'openai',
    model,
    kind: 'embedding',
    contextWindow,
    prices: { input, output: 0 },
    pricesAsOf: asOf,
    source,
  };
}

/** OpenAI's API models (standard tier). OpenAI answers with dated snapshot ids, listed as aliases. */
export const openaiModels: readonly ModelInfo[] = [
  chat('gpt-5', ['gpt-5-2025-08-07'], 400_000, 128_000, 1.25, 0.125, 10),
  chat('gpt-5-mini', ['gpt-5-mini-2025-08-07'], 400_000, 128_000, 0.25, 0.025, 2),
  chat('gpt-5-nano', ['gpt-5-nano-2025-08-07'], 400_000, 128_000, 0.05, 0.005, 0.4),
  chat('gpt-4.1', ['gpt-4.1-2025-04-14'], 1_047_576, 32_768, 2, 0.5, 8),
  chat('gpt-4.1-mini', ['gpt-4.1-mini-2025-04-14'], 1_047_576, 32_768, 0.4, 0.1, 1.6),
  chat('gpt-4.1-nano', ['gpt-4.1-nano-2025-04-14'], 1_047_576, 32_768, 0.1, 0.025, 0.4),
  chat('gpt-4o', ['gpt-4o-2024-08-06', 'gpt-4o-2024-11-20'], 128_000, 16_384, 2.5, 1.25, 10),
  chat('gpt-4o-2024-05-13', [], 128_000, 4_096, 5, undefined, 15),
  chat('gpt-4o-mini', ['gpt-4o-mini-2024-07-18'], 128_000, 16_384, 0.15, 0.075, 0.6),
  chat('o3', ['o3-2025-04-16'], 200_000, 100_000, 2, 0.5, 8),
  chat('o3-mini', ['o3-mini-2025-01-31'], 200_000, 100_000, 1.1, 0.55, 4.4),
  chat('o4-mini', ['o4-mini-2025-04-16'], 200_000, 100_000, 1.1, 0.275, 4.4),
  chat('o1', ['o1-2024-12-17'], 200_000, 100_000, 15, 7.5, 60),
  chat('gpt-4-turbo', ['gpt-4-turbo-2024-04-09'], 128_000, 4_096, 10, undefined, 30),
  chat('gpt-3.5-turbo', ['gpt-3.5-turbo-0125'], 16_385, 4_096, 0.5, undefined, 1.5),
  embedding('text-embedding-3-small', 8_191, 0.02),
  embedding('text-embedding-3-large', 8_191, 0.13),
  embedding('text-embedding-ada-002', 8_191, 0.1),
];
