import type { ModelInfo, TokenPrices } from '../model-info.js';
import { claudeModels } from './anthropic.js';

const asOf = '2025-10-01';
const source = 'https://aws.amazon.com/bedrock/pricing/';

function model(
  id: string,
  aliases: string[],
  kind: 'chat' | 'embedding',
  contextWindow: number,
  prices: TokenPrices,
): ModelInfo {
  return { provider: 'bedrock', model: id, aliases, kind, contextWindow, prices, pricesAsOf: asOf, source };
}

/** Models on Amazon Bedrock, on-demand prices in us-east-1. */
export const bedrockModels: readonly ModelInfo[] = [
  ...claudeModels.map((claude): ModelInfo => {
    const info = model(claude.bedrock, claude.bedrockProfiles, 'chat', 200_000, claude.prices);
    info.maxOutputTokens = claude.maxOutputTokens;
    return info;
  }),
  model('amazon.nova-micro-v1:0', ['us.amazon.nova-micro-v1:0'], 'chat', 128_000, {
    input: 0.035,
    output: 0.14,
    cachedInput: 0.00875,
  }),
  model('amazon.nova-lite-v1:0', ['us.amazon.nova-lite-v1:0'], 'chat', 300_000, {
    input: 0.06,
    output: 0.24,
    cachedInput: 0.015,
  }),
  model('amazon.nova-pro-v1:0', ['us.amazon.nova-pro-v1:0'], 'chat', 300_000, {
    input: 0.8,
    output: 3.2,
    cachedInput: 0.2,
  }),
  model('meta.llama3-3-70b-instruct-v1:0', ['us.meta.llama3-3-70b-instruct-v1:0'], 'chat', 128_000, {
    input: 0.72,
    output: 0.72,
  }),
  model('meta.llama3-1-70b-instruct-v1:0', ['us.meta.llama3-1-70b-instruct-v1:0'], 'chat', 128_000, {
    input: 0.72,
    output: 0.72,
  }),
  model('meta.llama3-1-8b-instruct-v1:0', ['us.meta.llama3-1-8b-instruct-v1:0'], 'chat', 128_000, {
    input: 0.22,
    output: 0.22,
  }),
  model('mistral.mistral-large-2402-v1:0', [], 'chat', 32_000, { input: 4, output: 12 }),
  model('mistral.mixtral-8x7b-instruct-v0:1', [], 'chat', 32_000, { input: 0.45, output: 0.7 }),
  model('mistral.mistral-7b-instruct-v0:2', [], 'chat', 32_000, { input: 0.15, output: 0.2 }),
  model('cohere.command-r-plus-v1:0', [], 'chat', 128_000, { input: 3, output: 15 }),
  model('cohere.command-r-v1:0', [], 'chat', 128_000, { input: 0.5, output: 1.5 }),
  model('amazon.titan-embed-text-v2:0', [], 'embedding', 8_192, { input: 0.02, output: 0 }),
  model('amazon.titan-embed-text-v1', [], 'embedding', 8_192, { input: 0.1, output: 0 }),
  model('cohere.embed-english-v3', [], 'embedding', 512, { input: 0.1, output: 0 }),
  model('cohere.embed-multilingual-v3', [], 'embedding', 512, { input: 0.1, output: 0 }),
];
