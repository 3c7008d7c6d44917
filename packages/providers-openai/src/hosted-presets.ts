import { ConfigError, compose, type Middleware } from '@switchyard/core';
import { responsesOverChat } from '@switchyard/responses-api';
import { type OpenAICompatibleOptions, openaiCompatible } from './openai-compatible.js';
import { type PresetRules, presetRules } from './preset-rules.js';
import type { PresetDefaults, PresetOptions } from './presets.js';
import { voyageRerank } from './voyage-rerank.js';

/** What a hosted preset knows about its provider: the base URL and quirks, plus its documented rules. */
export interface HostedPresetDefaults extends PresetDefaults {
  /** Model-id form, parameter bounds and batch size the provider documents. Default: none. */
  rules?: PresetRules;
}

/** `<organization>/<model>`, as Hugging Face names open models. */
const organizationModel = {
  pattern: /^[^/\s]+\/\S+$/,
  rule: 'must be <organization>/<model>, e.g. meta-llama/Llama-3.3-70B-Instruct',
};

/**
 * The hosted OpenAI-compatible providers of Portkey's gateway beyond the first twelve presets, keyed
 * by Portkey's slug. Every one takes its key as `Authorization: Bearer`. Base URLs, model-id forms
 * and limits are each provider's own documentation's (December 2026).
 */
export const hostedPresetDefaults = {
  deepinfra: {
    baseURL: 'https://api.deepinfra.com/v1/openai',
    requiresApiKey: true,
    env: 'DEEPINFRA_TOKEN',
    rules: { model: organizationModel },
  },
  nebius: {
    baseURL: 'https://api.tokenfactory.nebius.com/v1',
    requiresApiKey: true,
    env: 'NEBIUS_API_KEY',
    rules: { model: organizationModel },
  },
  sambanova: {
    baseURL: 'https://api.sambanova.ai/v1',
    requiresApiKey: true,
    env: 'SAMBANOVA_API_KEY',
    // SambaNova's OpenAI compatibility lists these as not supported.
    unsupportedParams: [
      'logprobs',
      'top_logprobs',
      'n',
      'presence_penalty',
      'frequency_penalty',
      'logit_bias',
    ],
  },
  hyperbolic: {
    baseURL: 'https://api.hyperbolic.xyz/v1',
    requiresApiKey: true,
    env: 'HYPERBOLIC_API_KEY',
    rules: { model: organizationModel },
  },
  'novita-ai': {
    baseURL: 'https://api.novita.ai/v3/openai',
    requiresApiKey: true,
    env: 'NOVITA_API_KEY',
    rules: { model: organizationModel },
  },
  huggingface: {
    // Inference Providers' router: one OpenAI-compatible chat API in front of every provider.
    baseURL: 'https://router.huggingface.co/v1',
    requiresApiKey: true,
    env: 'HF_TOKEN',
    rules: {
      model: {
        pattern: /^[^/\s]+\/[^\s:]+(:[\w.-]+)?$/,
        rule: 'must be <organization>/<model>, optionally with :<provider>, :fastest or :cheapest',
      },
    },
  },
  dashscope: {
    baseURL: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1',
    requiresApiKey: true,
    env: 'DASHSCOPE_API_KEY',
    // Qwen answers at most 4 choices; the text-embedding models take at most 10 inputs a call.
    rules: { limits: { n: { min: 1, max: 4 } }, maxEmbeddingInputs: 10 },
  },
  moonshot: {
    baseURL: 'https://api.moonshot.ai/v1',
    requiresApiKey: true,
    env: 'MOONSHOT_API_KEY',
    // Kimi's temperature range is [0, 1] (OpenAI's is [0, 2]); n is at most 5.
    rules: { limits: { temperature: { min: 0, max: 1 }, n: { min: 1, max: 5 } } },
  },
  zhipu: {
    baseURL: 'https://open.bigmodel.cn/api/paas/v4',
    requiresApiKey: true,
    env: 'ZHIPUAI_API_KEY',
    // GLM's temperature and top_p ranges are [0, 1].
    rules: { limits: { temperature: { min: 0, max: 1 }, top_p: { min: 0, max: 1 } } },
  },
  'z-ai': {
    baseURL: 'https://api.z.ai/api/paas/v4',
    requiresApiKey: true,
    env: 'ZAI_API_KEY',
    rules: { limits: { temperature: { min: 0, max: 1 }, top_p: { min: 0, max: 1 } } },
  },
  siliconflow: {
    baseURL: 'https://api.siliconflow.cn/v1',
    requiresApiKey: true,
    env: 'SILICONFLOW_API_KEY',
    rules: { model: organizationModel },
  },
  github: {
    // GitHub Models; the key is a GitHub token with the `models` scope.
    baseURL: 'https://models.github.ai/inference',
    requiresApiKey: true,
    env: 'GITHUB_TOKEN',
    rules: {
      model: { pattern: /^[\w.-]+\/[\w.-]+$/, rule: 'must be <publisher>/<model>, e.g. openai/gpt-4.1' },
    },
  },
  nscale: {
    baseURL: 'https://inference.api.nscale.com/v1',
    requiresApiKey: true,
    env: 'NSCALE_API_KEY',
    rules: { model: organizationModel },
  },
  // Lambda shut its Inference API down on 2025-09-25; kept for configs naming it and a custom_host.
  lambda: { baseURL: 'https://api.lambda.ai/v1', requiresApiKey: true, env: 'LAMBDA_API_KEY' },
  'inference-net': {
    baseURL: 'https://api.inference.net/v1',
    requiresApiKey: true,
    env: 'INFERENCE_API_KEY',
    rules: { model: organizationModel },
  },
  'featherless-ai': {
    baseURL: 'https://api.featherless.ai/v1',
    requiresApiKey: true,
    env: 'FEATHERLESS_API_KEY',
    rules: { model: organizationModel },
  },
  upstage: {
    baseURL: 'https://api.upstage.ai/v1',
    requiresApiKey: true,
    env: 'UPSTAGE_API_KEY',
    rules: { maxEmbeddingInputs: 100 },
  },
  ai21: {
    baseURL: 'https://api.ai21.com/studio/v1',
    requiresApiKey: true,
    env: 'AI21_API_KEY',
    // Jamba's chat API has no penalties or log probabilities.
    unsupportedParams: ['logprobs', 'top_logprobs', 'logit_bias', 'frequency_penalty', 'presence_penalty'],
    rules: {
      limits: {
        n: { min: 1, max: 16 },
        temperature: { min: 0, max: 2 },
        max_tokens: { min: 0, max: 4096 },
      },
    },
  },
  lepton: { baseURL: 'https://api.lepton.ai/api/v1', requiresApiKey: true, env: 'LEPTON_API_TOKEN' },
  jina: {
    baseURL: 'https://api.jina.ai/v1',
    requiresApiKey: true,
    env: 'JINA_API_KEY',
    rules: { maxEmbeddingInputs: 2048 },
  },
  voyage: {
    baseURL: 'https://api.voyageai.com/v1',
    requiresApiKey: true,
    env: 'VOYAGE_API_KEY',
    rules: { maxEmbeddingInputs: 1000 },
  },
  ovhcloud: {
    baseURL: 'https://oai.endpoints.kepler.ai.cloud.ovh.net/v1',
    requiresApiKey: true,
    env: 'OVH_AI_ENDPOINTS_ACCESS_TOKEN',
  },
  cometapi: { baseURL: 'https://api.cometapi.com/v1', requiresApiKey: true, env: 'COMETAPI_KEY' },
  'kluster-ai': {
    baseURL: 'https://api.kluster.ai/v1',
    requiresApiKey: true,
    env: 'KLUSTER_API_KEY',
    rules: { model: organizationModel },
  },
  iointelligence: {
    baseURL: 'https://api.intelligence.io.solutions/api/v1',
    requiresApiKey: true,
    env: 'IOINTELLIGENCE_API_KEY',
    rules: { model: organizationModel },
  },
} as const satisfies Record<string, HostedPresetDefaults>;

/** A Portkey provider slug with a hosted preset. */
export type HostedPresetName = keyof typeof hostedPresetDefaults;

/**
 * The middleware of a hosted preset: the provider's rules checked first, then its chat completions
 * (and everything else after `/v1/`) sent to its base URL; OpenAI's Responses API answered through
 * chat completions.
 *
 * @throws ConfigError naming the option when `options` are invalid.
 */
function hostedPreset(name: HostedPresetName, options: PresetOptions): Middleware {
  const defaults: HostedPresetDefaults = hostedPresetDefaults[name];
  if (typeof options !== 'object' || options === null)
    throw new ConfigError([`${name}: options must be an object`]);
  if (typeof options.apiKey !== 'string' || options.apiKey === '') {
    throw new ConfigError([`${name}: apiKey must be a non-empty string`]);
  }
  const onUnsupported = options.onUnsupportedParam;
  if (onUnsupported !== undefined && onUnsupported !== 'drop' && onUnsupported !== 'error') {
    throw new ConfigError([
      `${name}: onUnsupportedParam must be 'drop' or 'error'; got ${JSON.stringify(onUnsupported)}`,
    ]);
  }
  const settings: OpenAICompatibleOptions = {
    name,
    baseURL: options.baseURL ?? defaults.baseURL,
    apiKey: options.apiKey,
  };
  if (options.headers !== undefined) settings.headers = options.headers;
  if (onUnsupported !== undefined) settings.onUnsupportedParam = onUnsupported;
  if (defaults.unsupportedParams) settings.unsupportedParams = defaults.unsupportedParams;
  if (defaults.renamedParams) settings.renamedParams = defaults.renamedParams;
  let provider: Middleware;
  try {
    provider = openaiCompatible(settings);
  } catch (error) {
    // openaiCompatible names the option (a bad baseURL) in a TypeError.
    if (error instanceof TypeError) throw new ConfigError([error.message]);
    throw error;
  }
  return compose(
    responsesOverChat(),
    defaults.rules ? presetRules(name, defaults.rules) : null,
    name === 'voyage' ? voyageRerank(name) : null,
    provider,
  );
}

function preset(name: HostedPresetName): (options: PresetOptions) => Middleware {
  return (options: PresetOptions) => hostedPreset(name, options);
}

/** DeepInfra (`https://api.deepinfra.com/v1/openai`); models are `<organization>/<model>`. */
export const deepinfra = preset('deepinfra');
/** Nebius Token Factory, formerly AI Studio (`https://api.tokenfactory.nebius.com/v1`); models are `<organization>/<model>`. */
export const nebius = preset('nebius');
/** SambaNova Cloud (`https://api.sambanova.ai/v1`); drops `logprobs`, `top_logprobs`, `n`, penalties and `logit_bias`. */
export const sambanova = preset('sambanova');
/** Hyperbolic (`https://api.hyperbolic.xyz/v1`); models are `<organization>/<model>`. */
export const hyperbolic = preset('hyperbolic');
/** Novita AI (`https://api.novita.ai/v3/openai`); models are `<organization>/<model>`. */
export const novitaAI = preset('novita-ai');
/** Hugging Face Inference Providers (`https://router.huggingface.co/v1`); models are `<organization>/<model>[:<provider>]`. */
export const huggingface = preset('huggingface');
/** Alibaba Cloud Model Studio, DashScope (`https://dashscope-intl.aliyuncs.com/compatible-mode/v1`); `n` ≤ 4, ≤ 10 embedding inputs. */
export const dashscope = preset('dashscope');
/** Moonshot AI, Kimi (`https://api.moonshot.ai/v1`); `temperature` in [0, 1], `n` ≤ 5. */
export const moonshot = preset('moonshot');
/** Zhipu AI, BigModel (`https://open.bigmodel.cn/api/paas/v4`); `temperature` and `top_p` in [0, 1]. */
export const zhipu = preset('zhipu');
/** Z.ai, Zhipu's international platform (`https://api.z.ai/api/paas/v4`); `temperature` and `top_p` in [0, 1]. */
export const zAI = preset('z-ai');
/** SiliconFlow (`https://api.siliconflow.cn/v1`); models are `<organization>/<model>`; serves `/rerank` in Cohere's shape. */
export const siliconflow = preset('siliconflow');
/** GitHub Models (`https://models.github.ai/inference`); models are `<publisher>/<model>`, the key a GitHub token. */
export const githubModels = preset('github');
/** Nscale (`https://inference.api.nscale.com/v1`); models are `<organization>/<model>`. */
export const nscale = preset('nscale');
/** Lambda Inference API (`https://api.lambda.ai/v1`), shut down by Lambda on 2025-09-25: use it with a `baseURL` of your own. */
export const lambda = preset('lambda');
/** Inference.net (`https://api.inference.net/v1`); models are `<organization>/<model>[/<precision>]`. */
export const inferenceNet = preset('inference-net');
/** Featherless AI (`https://api.featherless.ai/v1`); models are Hugging Face ids. */
export const featherlessAI = preset('featherless-ai');
/** Upstage, Solar (`https://api.upstage.ai/v1`); ≤ 100 embedding inputs. */
export const upstage = preset('upstage');
/** AI21 Labs, Jamba (`https://api.ai21.com/studio/v1`); `n` ≤ 16, `max_tokens` ≤ 4096, no penalties or logprobs. */
export const ai21 = preset('ai21');
/** Lepton AI (`https://api.lepton.ai/api/v1`). */
export const lepton = preset('lepton');
/** Jina AI (`https://api.jina.ai/v1`): embeddings, and `/rerank` in Cohere's shape. */
export const jina = preset('jina');
/** Voyage AI (`https://api.voyageai.com/v1`): embeddings, and `/rerank` translated to and from Cohere's shape. */
export const voyage = preset('voyage');
/** OVHcloud AI Endpoints (`https://oai.endpoints.kepler.ai.cloud.ovh.net/v1`). */
export const ovhcloud = preset('ovhcloud');
/** CometAPI (`https://api.cometapi.com/v1`). */
export const cometapi = preset('cometapi');
/** kluster.ai (`https://api.kluster.ai/v1`); models are `<organization>/<model>`. */
export const klusterAI = preset('kluster-ai');
/** io.net's IO Intelligence (`https://api.intelligence.io.solutions/api/v1`); models are `<organization>/<model>`. */
export const ioIntelligence = preset('iointelligence');

/** Every hosted preset keyed by Portkey's provider slug. */
export const hostedPresets: Record<HostedPresetName, (options: PresetOptions) => Middleware> = {
  deepinfra,
  nebius,
  sambanova,
  hyperbolic,
  'novita-ai': novitaAI,
  huggingface,
  dashscope,
  moonshot,
  zhipu,
  'z-ai': zAI,
  siliconflow,
  github: githubModels,
  nscale,
  lambda,
  'inference-net': inferenceNet,
  'featherless-ai': featherlessAI,
  upstage,
  ai21,
  lepton,
  jina,
  voyage,
  ovhcloud,
  cometapi,
  'kluster-ai': klusterAI,
  iointelligence: ioIntelligence,
};
