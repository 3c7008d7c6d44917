import type { ModelInfo, TokenPrices } from '../model-info.js';
import { claudeModels } from './anthropic.js';

const asOf = '2025-10-01';
const geminiSource = 'https://ai.google.dev/gemini-api/docs/pricing';
const vertexSource = 'https://cloud.google.com/vertex-ai/generative-ai/pricing';

interface Gemini {
  model: string;
  aliases: string[];
  kind: 'chat' | 'embedding';
  contextWindow: number;
  maxOutputTokens?: number;
  gemini?: TokenPrices;
  vertex?: TokenPrices;
  /** Prompts above 200k tokens (Gemini 2.5 Pro). */
  longContext?: TokenPrices;
}

// Text/image/video input prices; audio input is billed higher and is not modelled here.
const geminiModels: readonly Gemini[] = [
  {
    model: 'gemini-2.5-pro',
    aliases: [],
    kind: 'chat',
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    gemini: { input: 1.25, output: 10, cachedInput: 0.31 },
    vertex: { input: 1.25, output: 10, cachedInput: 0.31 },
    longContext: { input: 2.5, output: 15, cachedInput: 0.625 },
  },
  {
    model: 'gemini-2.5-flash',
    aliases: [],
    kind: 'chat',
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    gemini: { input: 0.3, output: 2.5, cachedInput: 0.075 },
    vertex: { input: 0.3, output: 2.5, cachedInput: 0.075 },
  },
  {
    model: 'gemini-2.5-flash-lite',
    aliases: [],
    kind: 'chat',
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    gemini: { input: 0.1, output: 0.4, cachedInput: 0.025 },
    vertex: { input: 0.1, output: 0.4, cachedInput: 0.025 },
  },
  {
    model: 'gemini-2.0-flash',
    aliases: ['gemini-2.0-flash-001'],
    kind: 'chat',
    contextWindow: 1_048_576,
    maxOutputTokens: 8_192,
    gemini: { input: 0.1, output: 0.4, cachedInput: 0.025 },
    vertex: { input: 0.15, output: 0.6 },
  },
  {
    model: 'gemini-2.0-flash-lite',
    aliases: ['gemini-2.0-flash-lite-001'],
    kind: 'chat',
    contextWindow: 1_048_576,
    maxOutputTokens: 8_192,
    gemini: { input: 0.075, output: 0.3 },
    vertex: { input: 0.075, output: 0.3 },
  },
  {
    model: 'gemini-embedding-001',
    aliases: [],
    kind: 'embedding',
    contextWindow: 2_048,
    gemini: { input: 0.15, output: 0 },
    vertex: { input: 0.15, output: 0 },
  },
];

function entries(provider: 'google' | 'vertex-ai'): ModelInfo[] {
  const out: ModelInfo[] = [];
  for (const gemini of geminiModels) {
    const prices = provider === 'google' ? gemini.gemini : gemini.vertex;
    if (!prices) continue;
    const info: ModelInfo = {
      provider,
      model: gemini.model,
      aliases: gemini.aliases,
      kind: gemini.kind,
      contextWindow: gemini.contextWindow,
      prices,
      pricesAsOf: asOf,
      source: provider === 'google' ? geminiSource : vertexSource,
    };
    if (gemini.maxOutputTokens !== undefined) info.maxOutputTokens = gemini.maxOutputTokens;
    if (gemini.longContext) info.longContext = { aboveInputTokens: 200_000, prices: gemini.longContext };
    out.push(info);
  }
  return out;
}

/** Gemini on the Gemini API (API key), paid tier. */
export const googleModels: readonly ModelInfo[] = entries('google');

/** Gemini and Claude (global endpoint, Anthropic's list prices) on Vertex AI. */
export const vertexModels: readonly ModelInfo[] = [
  ...entries('vertex-ai'),
  ...claudeModels.map((claude): ModelInfo => {
    const info: ModelInfo = {
      provider: 'vertex-ai',
      model: claude.vertex,
      kind: 'chat',
      contextWindow: 200_000,
      maxOutputTokens: claude.maxOutputTokens,
      prices: claude.prices,
      pricesAsOf: asOf,
      source: vertexSource,
    };
    if (claude.longContext) info.longContext = { aboveInputTokens: 200_000, prices: claude.longContext };
    return info;
  }),
];
