import { createVault, type Vault } from '@switchyard/config';
import type { ChatCompletionRequest } from '@switchyard/core';
import { startMockProvider } from '@switchyard/testing';

/** The virtual key `openai-key`, and what it points at. */
export interface Provider {
  vault: Vault;
  /** Printed at the start. */
  description: string;
  close(): Promise<void>;
}

/**
 * OpenAI when `OPENAI_API_KEY` is set; otherwise a local mock provider that answers in JSON when
 * asked to, reached through the same virtual key with `custom_host`.
 */
export async function startProvider(env: NodeJS.ProcessEnv = process.env): Promise<Provider> {
  if (env['OPENAI_API_KEY']) {
    return {
      vault: createVault({ 'openai-key': { provider: 'openai', api_key: 'env:OPENAI_API_KEY' } }),
      description: 'openai-key → OpenAI (OPENAI_API_KEY is set)',
      close: async () => undefined,
    };
  }
  const mock = await startMockProvider({ reply: extractAsJson });
  return {
    vault: createVault({
      'openai-key': { provider: 'openai', api_key: 'sk-mock', custom_host: mock.baseURL },
    }),
    description: 'openai-key → local mock OpenAI provider (no OPENAI_API_KEY set)',
    close: () => mock.close(),
  };
}

/** What a model would extract from the two sentences the example sends, as JSON text. */
function extractAsJson(request: ChatCompletionRequest): string {
  const format = request.response_format;
  if (format?.type === 'json_schema') {
    return JSON.stringify({ name: 'Maria', age: 41, city: 'Lisbon', languages: ['Portuguese', 'English'] });
  }
  if (format?.type === 'json_object') return JSON.stringify({ name: 'John', age: 30 });
  return 'John is thirty.';
}
