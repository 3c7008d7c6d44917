import type { ModelInfo, TokenPrices } from './model-info.js';
import { anthropicModels } from './models/anthropic.js';
import { azureOpenAIModels } from './models/azure.js';
import { bedrockModels } from './models/bedrock.js';
import { cohereModels } from './models/cohere.js';
import { googleModels, vertexModels } from './models/google.js';
import { hostedPresetModels } from './models/hosted-presets.js';
import { openModelHostModels } from './models/open-model-hosts.js';
import { openaiModels } from './models/openai.js';

/**
 * Every model the catalog knows, first-party providers first, so a lookup without a provider finds
 * the model maker's own entry (OpenAI's `gpt-4o` before Azure's).
 */
export const catalog: readonly ModelInfo[] = [
  ...openaiModels,
  ...anthropicModels,
  ...googleModels,
  ...vertexModels,
  ...bedrockModels,
  ...azureOpenAIModels,
  ...openModelHostModels,
  ...cohereModels,
  ...hostedPresetModels,
];

/** Options of `findModel` and `costOf`. */
export interface LookupOptions {
  /** Only match this provider's entry: a Portkey slug such as `bedrock` or `azure-openai`, or a name in `providerAliases`. Default: any provider, first match. */
  provider?: string;
}

/**
 * Other names providers go by (what Switchyard's provider packages put in `x-switchyard-provider`),
 * mapped to the catalog's Portkey slugs.
 */
export const providerAliases: Readonly<Record<string, string>> = {
  gemini: 'google',
  vertex: 'vertex-ai',
  azure: 'azure-openai',
  'aws-bedrock': 'bedrock',
};

const byId = new Map<string, ModelInfo[]>();
for (const info of catalog) {
  for (const id of [info.model, ...(info.aliases ?? [])]) {
    const key = id.toLowerCase();
    const list = byId.get(key);
    if (list) list.push(info);
    else byId.set(key, [info]);
  }
}

/**
 * The catalog entry for `model` (its id or an alias, case-insensitive), or `undefined` when the
 * catalog does not know it. No fuzzy matching: an id the catalog does not list is unknown.
 */
export function findModel(model: string, options: LookupOptions = {}): ModelInfo | undefined {
  if (typeof model !== 'string') return undefined;
  const found = byId.get(model.toLowerCase());
  if (!found) return undefined;
  if (options.provider === undefined) return found[0];
  const provider = providerAliases[options.provider] ?? options.provider;
  return found.find((info) => info.provider === provider);
}

/** Token counts in OpenAI's `usage` shape, as every Switchyard provider answers them. */
export interface UsageTokens {
  /** Every input token, cached or not. */
  prompt_tokens?: number | null;
  /** Every output token, reasoning included. Default: 0 (embeddings have none). */
  completion_tokens?: number | null;
  prompt_tokens_details?: {
    /** Input tokens read from the prompt cache (part of `prompt_tokens`). */
    cached_tokens?: number | null;
    /** Input tokens written to the prompt cache (part of `prompt_tokens`; Anthropic's cache writes). */
    cache_creation_tokens?: number | null;
  } | null;
}

/**
 * What `usage` of `model` cost, in US dollars, from the catalog's prices: uncached input, cache
 * reads, cache writes and output each at their own rate; a prompt above a model's long-context
 * threshold bills the whole request at the long-context rates. `null` when the catalog does not
 * know the model (for that provider, if given): never a guess.
 *
 * @throws TypeError when `usage` is not an object or a token count is negative or not a number.
 */
export function costOf(model: string, usage: UsageTokens, options: LookupOptions = {}): number | null {
  if (typeof usage !== 'object' || usage === null) throw new TypeError('costOf: usage must be an object');
  const info = findModel(model, options);
  if (!info) return null;
  const prompt = count('prompt_tokens', usage.prompt_tokens);
  const completion = count('completion_tokens', usage.completion_tokens);
  const cached = count('prompt_tokens_details.cached_tokens', usage.prompt_tokens_details?.cached_tokens);
  const written = count(
    'prompt_tokens_details.cache_creation_tokens',
    usage.prompt_tokens_details?.cache_creation_tokens,
  );
  const prices = pricesFor(info, prompt);
  const uncached = Math.max(0, prompt - cached - written);
  const micros =
    uncached * prices.input +
    cached * (prices.cachedInput ?? prices.input) +
    written * (prices.cacheWrite ?? prices.input) +
    completion * prices.output;
  return micros / 1_000_000;
}

function pricesFor(info: ModelInfo, promptTokens: number): TokenPrices {
  const long = info.longContext;
  return long && promptTokens > long.aboveInputTokens ? long.prices : info.prices;
}

function count(name: string, value: number | null | undefined): number {
  if (value === undefined || value === null) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`costOf: usage.${name} must be a number >= 0; got ${String(value)}`);
  }
  return value;
}
