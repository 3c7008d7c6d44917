import { createVault, type Vault, type VirtualKeyEntry } from '@switchyard/config';
import { type MockChatReply, type MockProvider, startMockProvider } from '@switchyard/testing';

/** One target of the example: a virtual key and the model to ask through it. */
export interface Target {
  virtualKey: 'openai-key' | 'anthropic-key';
  model: string;
  /** Printed before the target's runs. */
  description: string;
}

/** The vault holding both virtual keys, and the targets behind them. */
export interface Providers {
  vault: Vault;
  targets: Target[];
  close(): Promise<void>;
}

/**
 * OpenAI when `OPENAI_API_KEY` is set and Anthropic when `ANTHROPIC_API_KEY` is set; each one
 * missing is replaced by a local mock speaking its API, reached through the same virtual key with
 * `custom_host`.
 */
export async function startProviders(env: NodeJS.ProcessEnv = process.env): Promise<Providers> {
  const mocks: MockProvider[] = [];
  const entries: Record<string, VirtualKeyEntry> = {};
  const targets: Target[] = [];
  if (env['OPENAI_API_KEY']) {
    entries['openai-key'] = { provider: 'openai', api_key: 'env:OPENAI_API_KEY' };
    targets.push({
      virtualKey: 'openai-key',
      model: 'gpt-4o-mini',
      description: 'OpenAI (OPENAI_API_KEY is set)',
    });
  } else {
    const mock = await startWeatherMock('openai');
    mocks.push(mock);
    entries['openai-key'] = { provider: 'openai', api_key: 'sk-mock', custom_host: mock.baseURL };
    targets.push({
      virtualKey: 'openai-key',
      model: 'gpt-4o-mini',
      description: 'local mock OpenAI provider',
    });
  }
  if (env['ANTHROPIC_API_KEY']) {
    entries['anthropic-key'] = { provider: 'anthropic', api_key: 'env:ANTHROPIC_API_KEY' };
    targets.push({
      virtualKey: 'anthropic-key',
      model: env['ANTHROPIC_MODEL'] ?? 'claude-sonnet-4-5',
      description: 'Anthropic (ANTHROPIC_API_KEY is set)',
    });
  } else {
    const mock = await startWeatherMock('anthropic');
    mocks.push(mock);
    entries['anthropic-key'] = { provider: 'anthropic', api_key: 'sk-ant-mock', custom_host: mock.url };
    targets.push({
      virtualKey: 'anthropic-key',
      model: 'claude-sonnet-4-5',
      description: 'local mock Anthropic provider',
    });
  }
  return {
    vault: createVault(entries),
    targets,
    close: async () => {
      await Promise.all(mocks.map((mock) => mock.close()));
    },
  };
}

/**
 * A mock model that first asks for `get_weather` in Paris, and once the conversation holds the
 * tool's result, answers from it.
 */
async function startWeatherMock(dialect: 'openai' | 'anthropic'): Promise<MockProvider> {
  const mock: MockProvider = await startMockProvider({
    dialect,
    // The mock hands the reply function an OpenAI-shaped view without Anthropic's tool blocks, so the
    // tool result is read from the native request it just received (the last one recorded).
    reply: (): MockChatReply => {
      const result = toolResult(mock.requests.at(-1)?.body);
      if (result === undefined) return { toolCalls: [{ name: 'get_weather', arguments: { city: 'Paris' } }] };
      const weather = JSON.parse(result) as { city: string; temperature_c: number; conditions: string };
      return { content: `It is ${weather.temperature_c}°C and ${weather.conditions} in ${weather.city}.` };
    },
  });
  return mock;
}

/** The content of the last tool result in an OpenAI (`role: 'tool'`) or Anthropic (`tool_result`) body. */
function toolResult(body: unknown): string | undefined {
  const messages = (body as { messages?: Array<{ role?: string; content?: unknown }> }).messages ?? [];
  let found: string | undefined;
  for (const message of messages) {
    if (message.role === 'tool' && typeof message.content === 'string') found = message.content;
    if (Array.isArray(message.content)) {
      for (const block of message.content as Array<{ type?: string; content?: unknown }>) {
        if (block.type === 'tool_result') found = blockText(block.content);
      }
    }
  }
  return found;
}

function blockText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part: { text?: unknown }) => (typeof part.text === 'string' ? part.text : '')).join('');
}
