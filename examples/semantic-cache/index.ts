// Portkey's semantic cache: a question asked another way is answered from the cache, without a call
// to the provider. Without OPENAI_API_KEY the provider is a local mock; the embedder always runs
// offline (Universal Sentence Encoder, bundled with @switchyard/cache-semantic).
import { createClient } from '@switchyard/client';
import { startProvider } from './provider.js';

const print = (line: string) => process.stdout.write(`${line}\n`);

/** The reference's semantic-cache config: entries are served for an hour. */
const config = {
  cache: { mode: 'semantic', max_age: 3600 },
  virtual_key: 'openai-key',
};

const questions = [
  'What is the capital of France?',
  "Tell me France's capital", // the same question in other words: a semantic hit
  'What is the capital of Germany?', // close in wording, but another country: a miss
];

async function main(): Promise<void> {
  print('Switchyard semantic cache');
  const provider = await startProvider();
  try {
    print(`provider: ${provider.description}`);
    print(`config: ${JSON.stringify(config)}`);
    const client = createClient({ vault: provider.vault, config });
    for (const [position, question] of questions.entries()) {
      const { data, response } = await client.chat.completions
        .create({ model: 'gpt-4o', messages: [{ role: 'user', content: question }] })
        .withResponse();
      const status = response.headers.get('x-switchyard-cache-status');
      const similarity = response.headers.get('x-switchyard-cache-similarity');
      print('');
      print(`${position + 1}. ${question}`);
      print(`  cache: ${status}${similarity ? ` (similarity ${Number(similarity).toFixed(2)})` : ''}`);
      print(`  answer: ${data.choices[0]?.message.content}`);
      const calls = provider.upstreamCalls();
      if (calls !== undefined) print(`  provider calls so far: ${calls}`);
    }
  } finally {
    await provider.close();
  }
  print('');
  print('done');
}

main().catch((error: unknown) => {
  process.stderr.write(`semantic-cache failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
