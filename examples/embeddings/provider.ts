import { createVault, type Vault } from '@switchyard/config';
import { startMockProvider } from '@switchyard/testing';

/** The virtual key `openai-key`, and what it points at. */
export interface Provider {
  vault: Vault;
  /** Printed at the start. */
  description: string;
  close(): Promise<void>;
}

/**
 * OpenAI when `OPENAI_API_KEY` is set; otherwise a local mock provider whose embeddings are
 * deterministic word-hash vectors (texts sharing words are close), reached through the same
 * virtual key with `custom_host`.
 */
export async function startProvider(env: NodeJS.ProcessEnv = process.env): Promise<Provider> {
  if (env['OPENAI_API_KEY']) {
    return {
      vault: createVault({ 'openai-key': { provider: 'openai', api_key: 'env:OPENAI_API_KEY' } }),
      description: 'openai-key → OpenAI (OPENAI_API_KEY is set)',
      close: async () => undefined,
    };
  }
  const mock = await startMockProvider();
  return {
    vault: createVault({
      'openai-key': { provider: 'openai', api_key: 'sk-mock', custom_host: mock.baseURL },
    }),
    description: 'openai-key → local mock OpenAI provider (no OPENAI_API_KEY set)',
    close: () => mock.close(),
  };
}
