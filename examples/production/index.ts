// `pnpm demo`: the reference's production setup — fallback, retry, semantic cache, trace and cost —
// plus guardrails, running in-process on @switchyard/client. Without API keys it uses local mock
// providers; with OPENAI_API_KEY and ANTHROPIC_API_KEY it calls the real ones.
import { createClient } from '@switchyard/client';
import { compose, fetchTransport, type Handler } from '@switchyard/core';
import { callbackSink, type TraceRecord, trace, traceAttempt } from '@switchyard/trace';
import OpenAI from 'openai';
import { piiGuardedConfig, productionConfig, simpleCacheConfig } from './production-config.js';
import { startProviders } from './providers.js';
import { servedLine, traceLine } from './report.js';

const print = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  print('Switchyard production demo');
  const providers = await startProviders();
  try {
    for (const line of providers.description) print(`  ${line}`);
    const records: TraceRecord[] = [];
    const client = createClient({
      vault: providers.vault,
      config: productionConfig,
      traceId: 'production-session',
      metadata: { environment: 'production' },
      use: [trace({ sink: callbackSink((record) => void records.push(record)) })],
      transport: loggingTransport(),
    });
    const ask = async (question: string) => {
      print(`  ask: ${question}`);
      const { data, response } = await client.chat.completions
        .create({ model: 'gpt-4o', messages: [{ role: 'user', content: question }] })
        .withResponse();
      print(`  answer: ${data.choices[0]?.message.content}`);
      print(`  served: ${servedLine(response.headers)}`);
      const record = records.filter((item) => item.kind === 'request').at(-1);
      if (record) print(`  ${traceLine(record)}`);
    };

    print('');
    print('1. Retried, then falling back (fallback + retry on 429/500, semantic cache, trace)');
    await ask('What is the capital of France?');

    print('');
    print('2. The same question asked another way: answered by the semantic cache');
    await ask("Tell me France's capital");

    print('');
    print('3. A near miss is not a hit: the entity differs');
    await ask('What is the capital of Germany?');

    print('');
    print('4. Exact-match cache: the second identical request is a HIT');
    const exact = client.withOptions({ config: simpleCacheConfig, traceId: 'exact-cache' });
    for (const attempt of [1, 2]) {
      const { response } = await exact.chat.completions
        .create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'What is the capital of France?' }] })
        .withResponse();
      print(`  request ${attempt}: ${servedLine(response.headers)}`);
    }

    print('');
    print('5. Streaming through the same pipeline');
    const stream = await client.withOptions({ traceId: 'streaming' }).chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Write a two-line poem about Paris' }],
      stream: true,
    });
    process.stdout.write('  ');
    for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta.content ?? '');
    print('');

    print('');
    print('6. Guardrails before the request');
    const email = 'Summarise the note from jane.doe@example.com';
    const denied = await client
      .withOptions({ config: piiGuardedConfig(true) })
      .chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: email }] })
      .catch((error: unknown) => error);
    if (denied instanceof OpenAI.APIError) print(`  deny: status ${denied.status}, ${denied.message}`);
    const warned = await client
      .withOptions({ config: piiGuardedConfig(false) })
      .chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: email }] })
      .withResponse();
    const verdict = (
      warned.data as unknown as { hook_results?: { before_request_hooks?: Array<{ verdict: boolean }> } }
    ).hook_results?.before_request_hooks?.[0]?.verdict;
    print(`  warn: status ${warned.response.status}, answered, hook verdict ${verdict}`);
  } finally {
    await providers.close();
  }
  print('');
  print('done: providers closed');
}

/** fetchTransport, printing each upstream exchange (method, URL without query, status). */
function loggingTransport(): Handler {
  const transport = fetchTransport();
  return compose(traceAttempt(), (next) => async (request) => {
    const response = await next(request);
    const url = new URL(request.url);
    print(`    upstream ${request.method} ${url.origin}${url.pathname} → ${response.status}`);
    return response;
  })(transport);
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
