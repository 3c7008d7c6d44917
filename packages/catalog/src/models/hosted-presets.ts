import type { ModelInfo, TokenPrices } from '../model-info.js';

function host(provider: string, source: string, asOf: string) {
  return (model: string, contextWindow: number, prices: TokenPrices): ModelInfo => ({
    provider,
    model,
    kind: 'chat',
    contextWindow,
    prices,
    pricesAsOf: asOf,
    source,
  });
}

const ai21 = host('ai21', 'https://www.ai21.com/pricing/', '2025-10-01');
const moonshot = host('moonshot', 'https://platform.moonshot.ai/docs/pricing/chat', '2025-10-01');
const zAI = host('z-ai', 'https://docs.z.ai/guides/overview/pricing', '2025-10-01');
const dashscope = host('dashscope', 'https://www.alibabacloud.com/help/en/model-studio/models', '2025-10-01');
const sambanova = host('sambanova', 'https://cloud.sambanova.ai/plans/pricing', '2025-10-01');

function voyage(model: string, input: number): ModelInfo {
  return {
    provider: 'voyage',
    model,
    kind: 'embedding',
    contextWindow: 32_000,
    prices: { input, output: 0 },
    pricesAsOf: '2025-10-01',
    source: 'https://docs.voyageai.com/docs/pricing',
  };
}

/**
 * Hosted OpenAI-compatible providers added with the Portkey presets, where the provider publishes a
 * per-token list price. Providers that price by plan or by the hour (Featherless, Lambda's reserved
 * capacity, GitHub Models' free tier) have none here.
 */
export const hostedPresetModels: readonly ModelInfo[] = [
  ai21('jamba-large', 256_000, { input: 2, output: 8 }),
  ai21('jamba-mini', 256_000, { input: 0.2, output: 0.4 }),
  moonshot('kimi-k2-0905-preview', 262_144, { input: 0.6, output: 2.5, cachedInput: 0.15 }),
  zAI('glm-4.6', 200_000, { input: 0.6, output: 2.2, cachedInput: 0.11 }),
  zAI('glm-4.5-air', 128_000, { input: 0.2, output: 1.1, cachedInput: 0.03 }),
  dashscope('qwen-max', 32_768, { input: 1.6, output: 6.4 }),
  dashscope('qwen-plus', 131_072, { input: 0.4, output: 1.2 }),
  dashscope('qwen-turbo', 1_000_000, { input: 0.05, output: 0.2 }),
  sambanova('Meta-Llama-3.3-70B-Instruct', 131_072, { input: 0.6, output: 1.2 }),
  sambanova('Meta-Llama-3.1-8B-Instruct', 16_384, { input: 0.1, output: 0.2 }),
  voyage('voyage-3.5', 0.06),
  voyage('voyage-3.5-lite', 0.02),
  voyage('voyage-3-large', 0.18),
];
