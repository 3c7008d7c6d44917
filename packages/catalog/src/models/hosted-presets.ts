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
 * Cloudflare Workers AI bills in Neurons ($0.011 per 1,000) and publishes each model's Neuron rate
 * with its dollar equivalent per million tokens; the dollar column is listed here. The pricing page
 * carries no date: `pricesAsOf` is the day its stored copy was read, not the day Cloudflare set them.
 */
const workersAI = host(
  'workers-ai',
  'https://developers.cloudflare.com/workers-ai/platform/pricing/',
  '2026-12-07',
);

/**
 * Hosted OpenAI-compatible providers added with the Portkey presets, where the provider publishes a
 * per-token list price. Providers that price by plan or by the hour (Featherless, Lambda's reserved
 * capacity — its Inference API closed on 2025-09-25 — GitHub Models' free tier)
 * have none here, nor does Hugging Face's router, which bills each request at the price of the
 * provider it routes to.
 *
 * DeepInfra, Nebius, Hyperbolic, Novita, SiliconFlow, Upstage, Nscale, inference.net, kluster.ai,
 * Jina, Lepton, OVHcloud, CometAPI and IO Intelligence have no entry yet: no stored copy of their own
 * pricing page gave a current, unambiguous per-token price (copies of DeepInfra's model pages
 * disagree with each other; SiliconFlow's api.siliconflow.cn bills in yuan). Their models cost
 * `null` until someone takes the prices from the live pages.
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
  // Chat context windows from each model's page in the Workers AI catalog; BGE takes 512 tokens.
  workersAI('@cf/meta/llama-3.3-70b-instruct-fp8-fast', 24_000, { input: 0.293, output: 2.253 }),
  workersAI('@cf/meta/llama-3.1-8b-instruct', 7_968, { input: 0.282, output: 0.827 }),
  { ...workersAI('@cf/baai/bge-base-en-v1.5', 512, { input: 0.067, output: 0 }), kind: 'embedding' },
];
