// The Switchyard gateway inside a Hono app: `createGateway()` mounted under /llm next to the app's
// own routes, so /llm/v1/chat/completions is an OpenAI-compatible endpoint with Portkey configs.
// Without OPENAI_API_KEY the default config targets a local mock provider; with it, OPENAI_BASE_URL.
import { serve } from '@hono/node-server';
import { createGateway } from '@switchyard/server';
import { startMockProvider } from '@switchyard/testing';
import { Hono } from 'hono';
import OpenAI from 'openai';

const key = process.env['OPENAI_API_KEY'];
const mock = key ? undefined : await startMockProvider({ reply: 'Hello from the mock provider.' });
const baseURL = mock?.baseURL ?? process.env['OPENAI_BASE_URL'] ?? 'https://api.openai.com/v1';

const app = new Hono();
app.get('/hello', (c) => c.text('hello from the app'));
app.route(
  '/llm',
  createGateway({
    config: { retry: { attempts: 2 }, provider: 'openai', api_key: key ?? 'mock-key', custom_host: baseURL },
  }),
);

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as { port: number };
try {
  console.log(`upstream: ${mock ? 'local mock provider (no OPENAI_API_KEY set)' : baseURL}`);
  console.log(`GET /hello: ${await (await fetch(`http://127.0.0.1:${port}/hello`)).text()}`);
  const client = new OpenAI({ baseURL: `http://127.0.0.1:${port}/llm/v1`, apiKey: 'unused', maxRetries: 0 });
  const model = process.env['OPENAI_MODEL'] ?? 'gpt-4o-mini';
  const { data, response } = await client.chat.completions
    .create({ model, messages: [{ role: 'user', content: 'Say hello.' }] })
    .withResponse();
  console.log(`POST /llm/v1/chat/completions: ${data.choices[0]?.message.content}`);
  console.log(`x-portkey-provider: ${response.headers.get('x-portkey-provider')}`);
  const stream = await client.chat.completions.create({
    model,
    messages: [{ role: 'user', content: 'Again.' }],
    stream: true,
  });
  let text = '';
  for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
  console.log(`streamed: ${text}`);
} finally {
  await new Promise((resolve) => server.close(resolve));
  await mock?.close();
}
