import { createVault, type Vault } from '@switchyard/config';
import { startMockProvider } from '@switchyard/testing';

/** The virtual key `openai-key`, and what it points at. */
export interface Provider {
  vault: Vault;
  /** Printed at the start. */
  description: string;
  /** How many requests reached the provider so far, when that can be counted (mock only). */
  upstreamCalls(): number | undefined;
  close(): Promise<void>;
}

/**
 * OpenAI when `OPENAI_API_KEY` is set; otherwise a local mock provider that answers capital-city
 * questions, reached through the same virtual key with `custom_host`.
 */
export async function startProvider(env: NodeJS.ProcessEnv = process.env): Promise<Provider> {
  if (env['OPENAI_API_KEY']) {
    return {
      vault: createVault({ 'openai-key': { provider: 'openai', api_key: 'env:OPENAI_API_KEY' } }),
      description: 'openai-key → OpenAI (OPENAI_API_KEY is set)',
      upstreamCalls: () => undefined,
      close: async () => undefined,
    };
  }
  const mock = await startMockProvider({
    reply: (request) => {
      const question = String(request.messages.at(-1)?.content ?? '');
      return /germany/i.test(question)
        ? 'Berlin is the capital of Germany.'
        : 'Paris is the capital of France.';
    },
  });
  return {
    vault: createVault({
      'openai-key': { provider: 'openai', api_key: 'sk-mock', custom_host: mock.baseURL },
    }),
    description: 'openai-key → local mock OpenAI provider (no OPENAI_API_KEY set)',
    upstreamCalls: () => mock.calls,
    close: () => mock.close(),
  };
}
