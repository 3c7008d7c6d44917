// The Switchyard gateway as Express middleware: `createGateway()` is a Hono app, and
// `getRequestListener` from @hono/node-server turns it into a Node `(req, res)` handler that Express
// mounts under /llm. Mounted before express.json(), the gateway streams the body on untouched;
// mounted after it, it sends the body express.json() parsed (the same JSON, serialised again).
// Without OPENAI_API_KEY the default config targets a local mock provider; with it, OPENAI_BASE_URL.
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createGateway } from '@switchyard/server';
import { startMockProvider } from '@switchyard/testing';
import express from 'express';
import OpenAI from 'openai';

const key = process.env['OPENAI_API_KEY'];
const mock = key ? undefined : await startMockProvider({ reply: 'Hello from the mock provider.' });
const baseURL = mock?.baseURL ?? process.env['OPENAI_BASE_URL'] ?? 'https://api.openai.com/v1';

const gateway = createGateway({
  config: { retry: { attempts: 2 }, provider: 'openai', api_key: key ?? 'mock-key', custom_host: baseURL },
});
const app = express();
app.use('/llm', getRequestListener(gateway.fetch)); // Express strips /llm: the gateway sees /v1/...
app.use(express.json());
app.get('/hello', (_request, response) => {
  response.send('hello from the app');
});

const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;
try {
  console.log(`upstream: ${mock ? 'local mock provider (no OPENAI_API_KEY set)' : baseURL}`);
  console.log(`GET /hello: ${await (await fetch(`http://127.0.0.1:${port}/hello`)).text()}`);
  const client = new OpenAI({ baseURL: `http://127.0.0.1:${port}/llm/v1`, apiKey: 'unused', maxRetries: 0 });
  const model = process.env['OPENAI_MODEL'] ?? 'gpt-4o-mini';
  const answer = await client.chat.completions.create({
    model,
    messages: [{ role: 'user', content: 'Say hello.' }],
  });
  console.log(`POST /llm/v1/chat/completions: ${answer.choices[0]?.message.content}`);
  const stream = await client.chat.completions.create({
    model,
    messages: [{ role: 'user', content: 'Again.' }],
    stream: true,
  });
  let text = '';
  for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
  console.log(`streamed: ${text}`);
} finally {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await mock?.close();
}
