// A Strands Agents (TypeScript) agent whose model is the Switchyard gateway: `OpenAIModel` with
// `api: 'chat'` speaks Chat Completions to any OpenAI-compatible base URL, so the agent gets the
// gateway's configs (here: retry) without knowing about them. Without OPENAI_API_KEY the gateway's
// target is a local mock provider whose first answer is a 503; with it, OPENAI_BASE_URL.
import { Agent } from '@strands-agents/sdk';
import { OpenAIModel } from '@strands-agents/sdk/models/openai';
import { serve } from '@switchyard/server';
import { fault, startMockProvider } from '@switchyard/testing';

const key = process.env['OPENAI_API_KEY'];
const mock = key
  ? undefined
  : await startMockProvider({ faults: [fault.status(503)], reply: 'Hello from the mock provider.' });
const baseURL = mock?.baseURL ?? process.env['OPENAI_BASE_URL'] ?? 'https://api.openai.com/v1';
const gateway = await serve({
  port: 0,
  log: () => {},
  config: { retry: { attempts: 2 }, provider: 'openai', api_key: key ?? 'mock-key', custom_host: baseURL },
});
try {
  console.log(`upstream: ${mock ? 'local mock provider (no OPENAI_API_KEY set)' : baseURL}`);
  const agent = new Agent({
    printer: false,
    systemPrompt: 'You are brief.',
    model: new OpenAIModel({
      api: 'chat',
      modelId: process.env['OPENAI_MODEL'] ?? 'gpt-4o-mini',
      apiKey: 'unused', // the gateway's config holds the credential
      clientConfig: { baseURL: `${gateway.url}/v1`, maxRetries: 0 },
    }),
  });
  const result = await agent.invoke('Say hello.');
  console.log(`agent: ${String(result).trim()}`);
  let text = '';
  for await (const event of agent.stream('Again, please.')) {
    if (
      event.type === 'modelStreamUpdateEvent' &&
      event.event.type === 'modelContentBlockDeltaEvent' &&
      event.event.delta.type === 'textDelta'
    ) {
      text += event.event.delta.text;
    }
  }
  console.log(`streamed: ${text}`);
  if (mock) console.log(`provider calls: ${mock.calls} (the first answered 503 and was retried)`);
} finally {
  await gateway.close();
  await mock?.close();
}
