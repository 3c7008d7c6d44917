// The Switchyard gateway (`serve()`, what `switchyard serve` runs) driven by the official portkey-ai
// SDK: its baseURL points at the gateway, and everything else — the fallback config, the trace id,
// the metadata — travels as the x-portkey-* headers the SDK always sends. Without OPENAI_API_KEY the
// config's first target is a local mock that answers 503 and the second one answers; with it, the
// targets are OPENAI_BASE_URL (the same key twice, to show the shape of a fallback config).
import { serve } from '@switchyard/server';
import { fault, startMockProvider } from '@switchyard/testing';
import { Portkey } from 'portkey-ai';

const key = process.env['OPENAI_API_KEY'];
const down = key ? undefined : await startMockProvider({ faults: () => fault.status(503) });
const mock = key ? undefined : await startMockProvider({ reply: 'Hello from the mock provider.' });
const baseURL = process.env['OPENAI_BASE_URL'] ?? 'https://api.openai.com/v1';
const gateway = await serve({ port: 0, log: (line) => console.log(line.replace(/:\d+$/, ':<port>')) });
try {
  const portkey = new Portkey({
    baseURL: `${gateway.url}/v1`,
    config: {
      strategy: { mode: 'fallback' },
      targets: [
        { provider: 'openai', api_key: key ?? 'mock-key', custom_host: down?.baseURL ?? baseURL },
        { provider: 'openai', api_key: key ?? 'mock-key', custom_host: mock?.baseURL ?? baseURL },
      ],
    },
    traceID: 'example-trace-1',
    metadata: { _user: 'example-user' },
  });
  const model = process.env['OPENAI_MODEL'] ?? 'gpt-4o-mini';
  const answer = await portkey.chat.completions.create({
    model,
    messages: [{ role: 'user', content: 'Say hello.' }],
  });
  const headers = answer.getHeaders?.() ?? {};
  console.log(`answer: ${answer.choices[0]?.message?.content}`);
  console.log(`served by: ${headers['last-used-option-index']}, trace id: ${headers['trace-id']}`);
  const stream = await portkey.chat.completions.create({
    model,
    messages: [{ role: 'user', content: 'Again.' }],
    stream: true,
  });
  let text = '';
  for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
  console.log(`streamed: ${text}`);
} finally {
  await gateway.close();
  await Promise.all([down?.close(), mock?.close()]);
}
