// The Vercel AI SDK on a Switchyard pipeline: a Portkey-style config (retry on 503) compiled into a
// pipeline, handed to the SDK's OpenAI-compatible provider as its `fetch`. Without OPENAI_API_KEY
// it talks to a local mock provider whose first answer is a 503; with it, to OPENAI_BASE_URL.
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { compileConfig } from '@switchyard/config';
import { compose, fetchTransport, toFetch } from '@switchyard/core';
import { fault, startMockProvider } from '@switchyard/testing';
import { generateText, streamText } from 'ai';

const key = process.env['OPENAI_API_KEY'];
const mock = key
  ? undefined
  : await startMockProvider({ faults: [fault.status(503)], reply: 'Hello from the mock provider.' });
const baseURL = mock?.baseURL ?? process.env['OPENAI_BASE_URL'] ?? 'https://api.openai.com/v1';
const model = process.env['OPENAI_MODEL'] ?? 'gpt-4o-mini';
try {
  console.log(`upstream: ${mock ? 'local mock provider (no OPENAI_API_KEY set)' : baseURL}`);
  const pipeline = compose(
    compileConfig({
      retry: { attempts: 2, on_status_codes: [429, 503] },
      provider: 'openai',
      api_key: key ?? 'mock-key',
      custom_host: baseURL,
    }),
  )(fetchTransport());
  // The pipeline holds the credential; the SDK's own key and base URL only shape the request.
  const provider = createOpenAICompatible({
    name: 'switchyard',
    baseURL: 'https://api.openai.com/v1',
    apiKey: 'unused',
    fetch: toFetch(pipeline),
  });

  const generated = await generateText({
    model: provider.chatModel(model),
    prompt: 'Say hello.',
    maxRetries: 0,
  });
  console.log(`generateText: ${generated.text}`);
  const streamed = streamText({
    model: provider.chatModel(model),
    prompt: 'Say hello again.',
    maxRetries: 0,
  });
  let text = '';
  for await (const delta of streamed.textStream) text += delta;
  console.log(`streamText: ${text}`);
  if (mock) console.log(`provider calls: ${mock.calls} (the first answered 503 and was retried)`);
} finally {
  await mock?.close();
}
