import { createVault, type Vault } from '@switchyard/config';
import { fault, startMockProvider } from '@switchyard/testing';

/** The virtual keys the demo's config names, and what to say about where they point. */
export interface DemoProviders {
  vault: Vault;
  description: string[];
  /** True when the providers are local mocks, whose faults the demo scripts. */
  mocked: boolean;
  close(): Promise<void>;
}

/**
 * Real OpenAI and Anthropic when both `OPENAI_API_KEY` and `ANTHROPIC_API_KEY` are set; otherwise
 * two local mock providers, the OpenAI one failing its first three calls (429, 500, 500) so the
 * demo shows a retry and a fallback.
 */
export async function startProviders(env: NodeJS.ProcessEnv = process.env): Promise<DemoProviders> {
  if (env.OPENAI_API_KEY && env.ANTHROPIC_API_KEY) {
    return {
      vault: createVault({
        'openai-key': { provider: 'openai', api_key: 'env:OPENAI_API_KEY' },
        'anthropic-key': { provider: 'anthropic', api_key: 'env:ANTHROPIC_API_KEY' },
      }),
      description: ['openai-key → OpenAI (OPENAI_API_KEY)', 'anthropic-key → Anthropic (ANTHROPIC_API_KEY)'],
      mocked: false,
      close: async () => undefined,
    };
  }
  const openai = await startMockProvider({
    faults: [fault.status(429, { retryAfterMs: 50 }), fault.status(500), fault.status(500)],
    streamChunkDelayMs: 30,
    reply: (request) => answer(request.messages.at(-1)?.content),
  });
  const anthropic = await startMockProvider({
    dialect: 'anthropic',
    reply: (request) => answer(request.messages.at(-1)?.content),
  });
  return {
    vault: createVault({
      'openai-key': { provider: 'openai', api_key: 'sk-mock-openai', custom_host: openai.baseURL },
      'anthropic-key': { provider: 'anthropic', api_key: 'sk-mock-anthropic', custom_host: anthropic.url },
    }),
    description: [
      `openai-key → local mock OpenAI at ${openai.baseURL} (fails its first 3 calls: 429, 500, 500)`,
      `anthropic-key → local mock Anthropic at ${anthropic.url}`,
    ],
    mocked: true,
    close: async () => {
      await Promise.all([openai.close(), anthropic.close()]);
    },
  };
}

/** What both mock providers answer, so the demo's output reads like a real conversation. */
function answer(question: unknown): string {
  const text = String(question ?? '');
  if (/germany/i.test(text)) return 'Berlin is the capital of Germany.';
  if (/poem/i.test(text)) return 'Rivers run to Paris, lights along the Seine; the city hums again.';
  return 'Paris is the capital of France.';
}
