import { startMockProvider } from '@switchyard/testing';

/** Where the quickstart sends its requests. */
export interface Provider {
  /** Printed at the start, e.g. `local mock provider`. */
  description: string;
  /** The OpenAI-compatible base URL, ending in `/v1`. */
  baseURL: string;
  /** The key the openai client sends; the mock accepts anything. */
  apiKey: string;
  model: string;
  /** Stops whatever was started for this provider. */
  close(): Promise<void>;
}

/** The real OpenAI API when `OPENAI_API_KEY` is set, else a mock provider on 127.0.0.1. */
export async function startProvider(env: NodeJS.ProcessEnv = process.env): Promise<Provider> {
  const apiKey = env['OPENAI_API_KEY'];
  if (apiKey) {
    return {
      description: 'OpenAI (OPENAI_API_KEY is set)',
      baseURL: env['OPENAI_BASE_URL'] ?? 'https://api.openai.com/v1',
      apiKey,
      model: env['OPENAI_MODEL'] ?? 'gpt-4o-mini',
      close: async () => undefined,
    };
  }
  const mock = await startMockProvider({
    // Streamed words arrive one by one, so the stream is visible in the terminal.
    streamChunkDelayMs: 40,
    reply: (request) =>
      `Hello from the mock provider, answering as ${request.model}. ` +
      'Switchyard composed your middlewares around fetch and sent this request to 127.0.0.1.',
  });
  return {
    description: 'local mock provider (no OPENAI_API_KEY set)',
    baseURL: mock.baseURL,
    apiKey: 'mock-key',
    model: 'gpt-4o-mini',
    close: () => mock.close(),
  };
}
