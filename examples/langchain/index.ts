// LangChain's ChatOpenAI on a Switchyard pipeline: a Portkey-style config (retry on 503) compiled
// into a pipeline and passed as the OpenAI client's `fetch`. Without OPENAI_API_KEY it talks to a
// local mock provider whose first answer is a 503; with it, to OPENAI_BASE_URL.
import { ChatOpenAI } from '@langchain/openai';
import { compileConfig } from '@switchyard/config';
import { compose, fetchTransport, toFetch } from '@switchyard/core';
import { fault, startMockProvider } from '@switchyard/testing';

const key = process.env['OPENAI_API_KEY'];
const mock = key
  ? undefined
  : await startMockProvider({ faults: [fault.status(503)], reply: 'Hello from the mock provider.' });
const baseURL = mock?.baseURL ?? process.env['OPENAI_BASE_URL'] ?? 'https://api.openai.com/v1';
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
  const chat = new ChatOpenAI({
    model: process.env['OPENAI_MODEL'] ?? 'gpt-4o-mini',
    apiKey: 'unused', // the pipeline holds the credential
    maxRetries: 0,
    configuration: { fetch: toFetch(pipeline) },
  });

  const message = await chat.invoke('Say hello.');
  console.log(`invoke: ${message.content}`);
  let text = '';
  for await (const chunk of await chat.stream('Say hello again.')) text += String(chunk.content);
  console.log(`stream: ${text}`);
  if (mock) console.log(`provider calls: ${mock.calls} (the first answered 503 and was retried)`);
} finally {
  await mock?.close();
}
