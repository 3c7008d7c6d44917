export { type OpenAIOptions, openai } from './openai.js';
export { type OpenAICompatibleOptions, openaiCompatible } from './openai-compatible.js';
export { normalizeErrorResponse } from './openai-error.js';
export { forwardedHeaders, passThroughAnswer } from './pass-through.js';
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
