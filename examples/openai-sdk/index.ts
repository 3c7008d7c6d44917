// The official openai package, used directly: its `fetch` is a Switchyard pipeline. No Switchyard
// client, no config — just middlewares composed around fetch: retry (outermost, so it sees every
// attempt's status), a per-attempt timeout, and the openai provider, which sets the real key and
// base URL. The openai package's own retries are off: the pipeline's retry does that job.
import { compose, fetchTransport, type Middleware, timeout, toFetch } from '@switchyard/core';
import { openai } from '@switchyard/providers-openai';
import { retry } from '@switchyard/retry';
import OpenAI from 'openai';
import { startProvider } from './provider.js';

const print = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  print('Switchyard with the openai SDK');
  const provider = await startProvider();
  try {
    print(`provider: ${provider.description}`);
    const pipeline = compose(
      retry({ attempts: 3, onStatusCodes: [429, 500, 502, 503, 504], backoff: { initialDelayMs: 200 } }),
      timeout(30_000),
      openai({ apiKey: provider.apiKey, baseURL: provider.baseURL }),
      logUpstreamCalls(),
    )(fetchTransport());
    print(
      'pipeline: compose(retry({ attempts: 3 }), timeout(30000), openai(), logUpstreamCalls())(fetchTransport())',
    );
    const client = new OpenAI({
      apiKey: 'set-by-the-provider-middleware', // the openai package insists on one
      fetch: toFetch(pipeline),
      maxRetries: 0,
    });

    print('');
    print('1. Chat completion');
    const { data, response } = await client.chat.completions
      .create({ model: provider.model, messages: [{ role: 'user', content: 'Say hello in one sentence.' }] })
      .withResponse();
    print(`  answer: ${data.choices[0]?.message.content}`);
    print(
      `  provider: ${response.headers.get('x-switchyard-provider')}, ` +
        `retries: ${response.headers.get('x-switchyard-retry-attempt-count') ?? '0'}`,
    );

    print('');
    print('2. Streaming chat completion');
    const stream = await client.chat.completions.create({
      model: provider.model,
      messages: [{ role: 'user', content: 'Say hello in one sentence.' }],
      stream: true,
    });
    let text = '';
    let chunks = 0;
    for await (const chunk of stream) {
      chunks++;
      text += chunk.choices[0]?.delta.content ?? '';
    }
    print(`  streamed: ${text}`);
    print(`  chunks: ${chunks}`);
  } finally {
    await provider.close();
  }
  print('');
  print('done');
}

/** Prints each call to the provider (numbered, URL without query) and its status. */
function logUpstreamCalls(): Middleware {
  let calls = 0;
  return (next) => async (request) => {
    const url = new URL(request.url);
    const response = await next(request);
    print(`  upstream call ${++calls}: ${request.method} ${url.origin}${url.pathname} → ${response.status}`);
    return response;
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`openai-sdk failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
