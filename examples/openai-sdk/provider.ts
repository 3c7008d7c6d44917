import { fault, startMockProvider } from '@switchyard/testing';

/** Where the pipeline's `openai()` provider sends requests. */
export interface Provider {
  /** Printed at the start. */
  description: string;
  apiKey: string;
  /** The API root given to `openai({ baseURL })`. */
  baseURL: string;
  model: string;
  close(): Promise<void>;
}

/**
 * OpenAI when `OPENAI_API_KEY` is set (model `OPENAI_MODEL`, default `gpt-4o-mini`); otherwise a
 * local mock provider that answers the first request with a 429 (`retry-after-ms: 100`), the second
 * with a 500, and everything after normally, so the retry middleware has work to do.
 */
export async function startProvider(env: NodeJS.ProcessEnv = process.env): Promise<Provider> {
  const model = env['OPENAI_MODEL'] ?? 'gpt-4o-mini';
  const apiKey = env['OPENAI_API_KEY'];
  if (apiKey) {
    return {
      description: 'OpenAI (OPENAI_API_KEY is set)',
      apiKey,
      baseURL: 'https://api.openai.com/v1',
      model,
      close: async () => undefined,
    };
  }
  const mock = await startMockProvider({
    faults: [fault.status(429, { retryAfterMs: 100 }), fault.status(500)],
    reply: 'Hello from the mock provider, reached through a Switchyard pipeline.',
  });
  return {
    description: 'local mock OpenAI provider: 429, then 500, then answers (no OPENAI_API_KEY set)',
    apiKey: 'sk-mock',
    baseURL: mock.baseURL,
    model,
    close: () => mock.close(),
  };
}
