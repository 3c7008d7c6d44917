import type { ModelInfo, TokenPrices } from '../model-info.js';

const asOf = '2025-11-25';
const source = 'https://www.anthropic.com/pricing#api';

/** Anthropic bills cache reads at 0.1x and 5-minute cache writes at 1.25x the input price. */
function prices(input: number, output: number): TokenPrices {
  return { input, output, cachedInput: round(input * 0.1), cacheWrite: round(input * 1.25) };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Claude models by version, shared by Anthropic, Vertex AI and Bedrock (same list prices). */
export interface ClaudeModel {
  /** Anthropic API id. */
  anthropic: string;
  /** Anthropic aliases. */
  aliases: string[];
  /** Vertex AI id (`name@date`). */
  vertex: string;
  /** Bedrock model id. */
  bedrock: string;
  /** Bedrock cross-region inference profiles billed at the on-demand price. */
  bedrockProfiles: string[];
  maxOutputTokens: number;
  prices: TokenPrices;
  /** Prices above 200k prompt tokens (1M-token context beta). */
  longContext?: TokenPrices;
}

export const claudeModels: readonly ClaudeModel[] = [
  {
    anthropic: 'claude-opus-4-5-20251101',
    aliases: ['claude-opus-4-5'],
    vertex: 'claude-opus-4-5@20251101',
    bedrock: 'anthropic.claude-opus-4-5-20251101-v1:0',
    bedrockProfiles: ['global.anthropic.claude-opus-4-5-20251101-v1:0'],
    maxOutputTokens: 64_000,
    prices: prices(5, 25),
  },
  {
    anthropic: 'claude-opus-4-1-20250805',
    aliases: ['claude-opus-4-1'],
    vertex: 'claude-opus-4-1@20250805',
    bedrock: 'anthropic.claude-opus-4-1-20250805-v1:0',
    bedrockProfiles: ['us.anthropic.claude-opus-4-1-20250805-v1:0'],
    maxOutputTokens: 32_000,
    prices: prices(15, 75),
  },
  {
    anthropic: 'claude-opus-4-20250514',
    aliases: ['claude-opus-4-0'],
    vertex: 'claude-opus-4@20250514',
    bedrock: 'anthropic.claude-opus-4-20250514-v1:0',
    bedrockProfiles: ['us.anthropic.claude-opus-4-20250514-v1:0'],
    maxOutputTokens: 32_000,
    prices: prices(15, 75),
  },
  {
    anthropic: 'claude-sonnet-4-5-20250929',
    aliases: ['claude-sonnet-4-5'],
    vertex: 'claude-sonnet-4-5@20250929',
    bedrock: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
    // Regional (us./eu.) profiles of 4.5 models cost 10% more than global: not listed, so they cost null.
    bedrockProfiles: ['global.anthropic.claude-sonnet-4-5-20250929-v1:0'],
    maxOutputTokens: 64_000,
    prices: prices(3, 15),
    longContext: { input: 6, output: 22.5, cachedInput: 0.6, cacheWrite: 7.5 },
  },
  {
    anthropic: 'claude-sonnet-4-20250514',
    aliases: ['claude-sonnet-4-0'],
    vertex: 'claude-sonnet-4@20250514',
    bedrock: 'anthropic.claude-sonnet-4-20250514-v1:0',
    bedrockProfiles: [
      'us.anthropic.claude-sonnet-4-20250514-v1:0',
      'eu.anthropic.claude-sonnet-4-20250514-v1:0',
      'apac.anthropic.claude-sonnet-4-20250514-v1:0',
    ],
    maxOutputTokens: 64_000,
    prices: prices(3, 15),
    longContext: { input: 6, output: 22.5, cachedInput: 0.6, cacheWrite: 7.5 },
  },
  {
    anthropic: 'claude-3-7-sonnet-20250219',
    aliases: ['claude-3-7-sonnet-latest'],
    vertex: 'claude-3-7-sonnet@20250219',
    bedrock: 'anthropic.claude-3-7-sonnet-20250219-v1:0',
    bedrockProfiles: [
      'us.anthropic.claude-3-7-sonnet-20250219-v1:0',
      'eu.anthropic.claude-3-7-sonnet-20250219-v1:0',
    ],
    maxOutputTokens: 64_000,
    prices: prices(3, 15),
  },
  {
    // Retired on Anthropic's API in October 2025; kept so older traces and configs (the Portkey
    // reference's examples use it) are still priced at what it cost.
    anthropic: 'claude-3-5-sonnet-20241022',
    aliases: ['claude-3-5-sonnet-latest'],
    vertex: 'claude-3-5-sonnet-v2@20241022',
    bedrock: 'anthropic.claude-3-5-sonnet-20241022-v2:0',
    bedrockProfiles: ['us.anthropic.claude-3-5-sonnet-20241022-v2:0'],
    maxOutputTokens: 8_192,
    prices: prices(3, 15),
  },
  {
    anthropic: 'claude-haiku-4-5-20251001',
    aliases: ['claude-haiku-4-5'],
    vertex: 'claude-haiku-4-5@20251001',
    bedrock: 'anthropic.claude-haiku-4-5-20251001-v1:0',
    bedrockProfiles: ['global.anthropic.claude-haiku-4-5-20251001-v1:0'],
    maxOutputTokens: 64_000,
    prices: prices(1, 5),
  },
  {
    anthropic: 'claude-3-5-haiku-20241022',
    aliases: ['claude-3-5-haiku-latest'],
    vertex: 'claude-3-5-haiku@20241022',
    bedrock: 'anthropic.claude-3-5-haiku-20241022-v1:0',
    bedrockProfiles: ['us.anthropic.claude-3-5-haiku-20241022-v1:0'],
    maxOutputTokens: 8_192,
    prices: prices(0.8, 4),
  },
  {
    anthropic: 'claude-3-haiku-20240307',
    aliases: [],
    vertex: 'claude-3-haiku@20240307',
    bedrock: 'anthropic.claude-3-haiku-20240307-v1:0',
    bedrockProfiles: ['us.anthropic.claude-3-haiku-20240307-v1:0'],
    maxOutputTokens: 4_096,
    prices: { input: 0.25, output: 1.25, cachedInput: 0.03, cacheWrite: 0.3 },
  },
];

/** Claude on Anthropic's API. Every model has a 200k-token context window. */
export const anthropicModels: readonly ModelInfo[] = claudeModels.map((claude) => {
  const info: ModelInfo = {
    provider: 'anthropic',
    model: claude.anthropic,
    aliases: claude.aliases,
    kind: 'chat',
    contextWindow: 200_000,
    maxOutputTokens: claude.maxOutputTokens,
    prices: claude.prices,
    pricesAsOf: asOf,
    source,
  };
  if (claude.longContext) info.longContext = { aboveInputTokens: 200_000, prices: claude.longContext };
  return info;
});
