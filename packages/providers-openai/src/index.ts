export {
  ai21,
  cometapi,
  dashscope,
  deepinfra,
  featherlessAI,
  githubModels,
  type HostedPresetDefaults,
  type HostedPresetName,
  hostedPresetDefaults,
  hostedPresets,
  huggingface,
  hyperbolic,
  inferenceNet,
  ioIntelligence,
  jina,
  klusterAI,
  lambda,
  lepton,
  moonshot,
  nebius,
  novitaAI,
  nscale,
  ovhcloud,
  sambanova,
  siliconflow,
  upstage,
  voyage,
  zAI,
  zhipu,
} from './hosted-presets.js';
export { type OpenAIOptions, openai } from './openai.js';
export { type OpenAICompatibleOptions, openaiCompatible } from './openai-compatible.js';
export { normalizeErrorResponse } from './openai-error.js';
export { forwardedHeaders, passThroughAnswer } from './pass-through.js';
export { type ModelRule, type ParamLimit, type PresetRules, presetRules } from './preset-rules.js';
export {
  cerebras,
  deepseek,
  fireworksAI,
  groq,
  lmStudio,
  mistralAI,
  ollama,
  openaiCompatiblePresets,
  openrouter,
  type PresetDefaults,
  type PresetName,
  type PresetOptions,
  perplexityAI,
  presetDefaults,
  togetherAI,
  vllm,
  xAI,
} from './presets.js';
export { voyageRerank } from './voyage-rerank.js';
export { type WorkersAIOptions, workersAI, workersAIBaseURL } from './workers-ai.js';
