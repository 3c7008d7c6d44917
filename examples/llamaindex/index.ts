// LlamaIndex.TS's OpenAI LLM pointed at the Switchyard gateway: the gateway runs a fallback config
// (first target down, second answers) given as its default config, and LlamaIndex only sees an
// OpenAI-compatible base URL. Without OPENAI_API_KEY both targets are local mocks; with it, the
// gateway sends to OPENAI_BASE_URL.
import { OpenAI } from '@llamaindex/openai';
import { serve } from '@switchyard/server';
import { fault, startMockProvider } from '@switchyard/testing';

const key = process.env['OPENAI_API_KEY'];
const down = key ? undefined : await startMockProvider({ faults: () => fault.status(503) });
const mock = key ? undefined : await startMockProvider({ reply: 'Hello from the mock provider.' });
const baseURL = mock?.baseURL ?? process.env['OPENAI_BASE_URL'] ?? 'https://api.openai.com/v1';
const config =
  down && mock
    ? {
        strategy: { mode: 'fallback' },
        targets: [
          { provider: 'openai', api_key: 'mock-key', custom_host: down.baseURL },
          { provider: 'openai', api_key: 'mock-key', custom_host: mock.baseURL },
        ],
      }
    : { retry: { attempts: 2 }, provider: 'openai', api_key: key, custom_host: baseURL };
const gateway = await serve({ port: 0, config, log: () => {} });
try {
  console.log(`upstream: ${mock ? 'local mock providers (no OPENAI_API_KEY set)' : baseURL}`);
  const llm = new OpenAI({
    model: process.env['OPENAI_MODEL'] ?? 'gpt-4o-mini',
    apiKey: 'unused', // the gateway's config holds the credential
    baseURL: `${gateway.url}/v1`,
    maxRetries: 0,
  });
  const answer = await llm.chat({ messages: [{ role: 'user', content: 'Say hello.' }] });
  console.log(`chat: ${answer.message.content}`);
  let text = '';
  for await (const chunk of await llm.chat({
    messages: [{ role: 'user', content: 'Again.' }],
    stream: true,
  })) {
    text += chunk.delta;
  }
  console.log(`streaming chat: ${text}`);
  if (down && mock)
    console.log(`first target calls: ${down.calls} (503), second target calls: ${mock.calls}`);
} finally {
  await gateway.close();
  await Promise.all([down?.close(), mock?.close()]);
}
