import { compose, type Middleware } from '@switchyard/core';
import { responsesOverChat } from '@switchyard/responses-api';
import { hostedPresets } from './hosted-presets.js';
import { type OpenAICompatibleOptions, openaiCompatible } from './openai-compatible.js';

/** Options of every OpenAI-compatible preset. */
export interface PresetOptions {
  /** The provider's API key, sent as `Authorization: Bearer <key>`. Required for hosted providers; optional for ollama, vllm and lm-studio. */
  apiKey?: string;
  /** The API root. Default: the provider's documented OpenAI-compatible base URL (see `presetDefaults`). */
  baseURL?: string | URL;
  /** Extra headers, e.g. OpenRouter's `HTTP-Referer` and `X-Title`. Default: none. */
  headers?: Readonly<Record<string, string>>;
  /** What to do with a parameter the provider rejects: drop it or answer 400. Default: `'drop'`. */
  onUnsupportedParam?: 'drop' | 'error';
}

/** What a preset knows about its provider. */
export interface PresetDefaults {
  /** The documented OpenAI-compatible base URL. */
  baseURL: string;
  /** Whether the provider needs an API key. */
  requiresApiKey: boolean;
  /** The environment variable the provider's own docs and SDKs read the key (or, for local servers, the base URL) from. */
  env: string;
  /** Chat parameters the provider's documentation says it rejects. */
  unsupportedParams?: readonly string[];
  /** Chat parameters the provider spells differently. */
  renamedParams?: Readonly<Record<string, string>>;
}

/**
 * Each preset's base URL and quirks, keyed by Portkey's provider slug. All of them take the key
 * as `Authorization: Bearer`. Sources: each provider's "OpenAI compatibility" documentation.
 */
export const presetDefaults = {
  groq: {
    baseURL: 'https://api.groq.com/openai/v1',
    requiresApiKey: true,
    env: 'GROQ_API_KEY',
    // Groq answers 400 when any of these is present.
    unsupportedParams: ['logprobs', 'logit_bias', 'top_logprobs', 'messages[].name'],
  },
  'together-ai': { baseURL: 'https://api.together.xyz/v1', requiresApiKey: true, env: 'TOGETHER_API_KEY' },
  'fireworks-ai': {
    baseURL: 'https://api.fireworks.ai/inference/v1',
    requiresApiKey: true,
    env: 'FIREWORKS_API_KEY',
  },
  deepseek: { baseURL: 'https://api.deepseek.com', requiresApiKey: true, env: 'DEEPSEEK_API_KEY' },
  'mistral-ai': {
    baseURL: 'https://api.mistral.ai/v1',
    requiresApiKey: true,
    env: 'MISTRAL_API_KEY',
    // Mistral validates its request schema strictly (422 on unknown fields) and names two fields differently.
    unsupportedParams: [
      'logit_bias',
      'logprobs',
      'top_logprobs',
      'user',
      'service_tier',
      'store',
      'stream_options',
    ],
    renamedParams: { seed: 'random_seed', max_completion_tokens: 'max_tokens' },
  },
  'x-ai': { baseURL: 'https://api.x.ai/v1', requiresApiKey: true, env: 'XAI_API_KEY' },
  openrouter: { baseURL: 'https://openrouter.ai/api/v1', requiresApiKey: true, env: 'OPENROUTER_API_KEY' },
  'perplexity-ai': {
    baseURL: 'https://api.perplexity.ai',
    requiresApiKey: true,
    env: 'PERPLEXITY_API_KEY',
    unsupportedParams: ['logit_bias', 'logprobs', 'top_logprobs', 'parallel_tool_calls', 'service_tier'],
  },
  cerebras: {
    baseURL: 'https://api.cerebras.ai/v1',
    requiresApiKey: true,
    env: 'CEREBRAS_API_KEY',
    // Cerebras answers 400 when any of these is present.
    unsupportedParams: [
      'frequency_penalty',
      'presence_penalty',
      'logit_bias',
      'parallel_tool_calls',
      'service_tier',
    ],
  },
  ollama: { baseURL: 'http://localhost:11434/v1', requiresApiKey: false, env: 'OLLAMA_BASE_URL' },
  vllm: { baseURL: 'http://localhost:8000/v1', requiresApiKey: false, env: 'VLLM_BASE_URL' },
  'lm-studio': { baseURL: 'http://localhost:1234/v1', requiresApiKey: false, env: 'LM_STUDIO_BASE_URL' },
} as const satisfies Record<string, PresetDefaults>;

/** A Portkey provider slug with a preset. */
export type PresetName = keyof typeof presetDefaults;

function preset(name: PresetName): (options?: PresetOptions) => Middleware {
  const defaults: PresetDefaults = presetDefaults[name];
  return (options: PresetOptions = {}) => {
    if (typeof options !== 'object' || options === null)
      throw new TypeError(`${name}: options must be an object`);
    if (defaults.requiresApiKey && (typeof options.apiKey !== 'string' || options.apiKey === '')) {
      throw new TypeError(`${name}: apiKey must be a non-empty string`);
    }
    const settings: OpenAICompatibleOptions = { name, baseURL: options.baseURL ?? defaults.baseURL };
    if (options.apiKey !== undefined) settings.apiKey = options.apiKey;
    if (options.headers !== undefined) settings.headers = options.headers;
    if (options.onUnsupportedParam !== undefined) settings.onUnsupportedParam = options.onUnsupportedParam;
    if (defaults.unsupportedParams) settings.unsupportedParams = defaults.unsupportedParams;
    if (defaults.renamedParams) settings.renamedParams = defaults.renamedParams;
    // OpenAI's Responses API (`/responses`), answered through the provider's chat completions.
    return compose(responsesOverChat(), openaiCompatible(settings));
  };
}

/** Groq (`https://api.groq.com/openai/v1`); drops `logprobs`, `logit_bias`, `top_logprobs`, `messages[].name`. */
export const groq = preset('groq');
/** Together AI (`https://api.together.xyz/v1`). */
export const togetherAI = preset('together-ai');
/** Fireworks AI (`https://api.fireworks.ai/inference/v1`). */
export const fireworksAI = preset('fireworks-ai');
/** DeepSeek (`https://api.deepseek.com`). */
export const deepseek = preset('deepseek');
/** Mistral AI (`https://api.mistral.ai/v1`); renames `seed` → `random_seed` and `max_completion_tokens` → `max_tokens`. */
export const mistralAI = preset('mistral-ai');
/** xAI (`https://api.x.ai/v1`). */
export const xAI = preset('x-ai');
/** OpenRouter (`https://openrouter.ai/api/v1`); pass `HTTP-Referer` / `X-Title` in `headers` for app attribution. */
export const openrouter = preset('openrouter');
/** Perplexity (`https://api.perplexity.ai`). */
export const perplexityAI = preset('perplexity-ai');
/** Cerebras (`https://api.cerebras.ai/v1`); drops `frequency_penalty`, `presence_penalty`, `logit_bias`, `parallel_tool_calls`, `service_tier`. */
export const cerebras = preset('cerebras');
/** Ollama's OpenAI-compatible API (`http://localhost:11434/v1`); no key needed. */
export const ollama = preset('ollama');
/** A vLLM server (`http://localhost:8000/v1`); the key is optional (`vllm serve --api-key`). */
export const vllm = preset('vllm');
/** LM Studio's local server (`http://localhost:1234/v1`); no key needed. */
export const lmStudio = preset('lm-studio');

/**
 * Every preset keyed by Portkey's provider slug, so a config's `provider` picks its factory; the
 * hosted presets (`hostedPresets`) included. Workers AI (`workersAI`) needs an account id, so it is
 * not here.
 */
export const openaiCompatiblePresets: Record<string, (options: PresetOptions) => Middleware> = {
  groq,
  'together-ai': togetherAI,
  'fireworks-ai': fireworksAI,
  deepseek,
  'mistral-ai': mistralAI,
  'x-ai': xAI,
  openrouter,
  'perplexity-ai': perplexityAI,
  cerebras,
  ollama,
  vllm,
  'lm-studio': lmStudio,
  ...hostedPresets,
};
