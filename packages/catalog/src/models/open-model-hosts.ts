import type { ModelInfo, TokenPrices } from '../model-info.js';

function host(provider: string, source: string, asOf: string) {
  return (model: string, contextWindow: number, prices: TokenPrices, aliases: string[] = []): ModelInfo => ({
    provider,
    model,
    aliases,
    kind: 'chat',
    contextWindow,
    prices,
    pricesAsOf: asOf,
    source,
  });
}

const groq = host('groq', 'https://groq.com/pricing', '2025-10-01');
const deepseek = host('deepseek', 'https://api-docs.deepseek.com/quick_start/pricing', '2025-09-29');
const mistral = host('mistral-ai', 'https://mistral.ai/pricing#api-pricing', '2025-10-01');
const xai = host('x-ai', 'https://docs.x.ai/docs/models', '2025-10-01');
const together = host('together-ai', 'https://www.together.ai/pricing', '2025-10-01');
const fireworks = host('fireworks-ai', 'https://fireworks.ai/pricing', '2025-10-01');

/** Hosted OpenAI-compatible providers. Self-hosted servers (Ollama, vLLM, LM Studio) have no price. */
export const openModelHostModels: readonly ModelInfo[] = [
  groq('llama-3.3-70b-versatile', 131_072, { input: 0.59, output: 0.79 }),
  groq('llama-3.1-8b-instant', 131_072, { input: 0.05, output: 0.08 }),
  // deepseek-chat and deepseek-reasoner are both DeepSeek-V3.2 since 2025-09-29.
  deepseek('deepseek-chat', 128_000, { input: 0.28, output: 0.42, cachedInput: 0.028 }),
  deepseek('deepseek-reasoner', 128_000, { input: 0.28, output: 0.42, cachedInput: 0.028 }),
  mistral('mistral-large-latest', 131_072, { input: 2, output: 6 }),
  mistral('mistral-medium-latest', 131_072, { input: 0.4, output: 2 }),
  mistral('mistral-small-latest', 131_072, { input: 0.1, output: 0.3 }),
  mistral('codestral-latest', 256_000, { input: 0.3, output: 0.9 }),
  {
    ...mistral('mistral-embed', 8_192, { input: 0.1, output: 0 }),
    kind: 'embedding',
  },
  xai('grok-4', 256_000, { input: 3, output: 15, cachedInput: 0.75 }, ['grok-4-0709']),
  xai('grok-3', 131_072, { input: 3, output: 15, cachedInput: 0.75 }),
  xai('grok-3-mini', 131_072, { input: 0.3, output: 0.5, cachedInput: 0.075 }),
  together('meta-llama/Llama-3.3-70B-Instruct-Turbo', 131_072, { input: 0.88, output: 0.88 }),
  fireworks('accounts/fireworks/models/llama-v3p3-70b-instruct', 131_072, { input: 0.9, output: 0.9 }),
  fireworks('accounts/fireworks/models/llama-v3p1-8b-instruct', 131_072, { input: 0.2, output: 0.2 }),
];
