import { createVault, type Vault } from '@switchyard/config';
import type { ChatCompletionRequest } from '@switchyard/core';
import { startMockProvider } from '@switchyard/testing';

/** The virtual key `anthropic-key`, and what it points at. */
export interface Provider {
  vault: Vault;
  /** Printed at the start. */
  description: string;
  /** The Claude model to ask. */
  model: string;
  close(): Promise<void>;
}

const defaultModel = 'claude-sonnet-4-5';

/**
 * Anthropic when `ANTHROPIC_API_KEY` is set (model `ANTHROPIC_MODEL`, default `claude-sonnet-4-5`); otherwise a local mock speaking Anthropic's Messages
 * API, reached through the same virtual key with `custom_host`.
 */
export async function startProvider(env: NodeJS.ProcessEnv = process.env): Promise<Provider> {
  if (env['ANTHROPIC_API_KEY']) {
    return {
      vault: createVault({ 'anthropic-key': { provider: 'anthropic', api_key: 'env:ANTHROPIC_API_KEY' } }),
      description: 'anthropic-key → Anthropic (ANTHROPIC_API_KEY is set)',
      model: env['ANTHROPIC_MODEL'] ?? defaultModel,
      close: async () => undefined,
    };
  }
  const mock = await startMockProvider({ dialect: 'anthropic', reply: codingAssistant });
  return {
    vault: createVault({
      'anthropic-key': { provider: 'anthropic', api_key: 'sk-ant-mock', custom_host: mock.url },
    }),
    description: 'anthropic-key → local mock Anthropic provider (no ANTHROPIC_API_KEY set)',
    model: defaultModel,
    close: () => mock.close(),
  };
}

/** The mock's answers to the three questions of the conversation. */
function codingAssistant(request: ChatCompletionRequest): string {
  const question = String(request.messages.at(-1)?.content ?? '');
  if (/hello world/i.test(question)) return 'print("Hello, world!")';
  if (/typescript/i.test(question)) return 'console.log("Hello, world!");';
  return 'Python is a high-level programming language known for its readable syntax.';
}
