// Embeddings: one `embeddings.create` call embeds a question and three documents, then the
// documents are ranked by cosine similarity to the question — the core of a semantic search.
import { createClient } from '@switchyard/client';
import { startProvider } from './provider.js';

const print = (line: string) => process.stdout.write(`${line}\n`);

const question = 'How do I reset my password?';
const documents = [
  'Our office is open from nine to five on weekdays.',
  'To reset your password, open Settings and choose Security.',
  'You can change the email address on your account.',
];

async function main(): Promise<void> {
  print('Switchyard embeddings');
  const provider = await startProvider();
  try {
    print(`provider: ${provider.description}`);
    const client = createClient({ vault: provider.vault, virtualKey: 'openai-key' });
    const { data, response } = await client.embeddings
      .create({ model: 'text-embedding-3-small', input: [question, ...documents] })
      .withResponse();
    const vectors = data.data.map((item) => item.embedding);
    print(`served by: ${response.headers.get('x-switchyard-provider')}, model ${data.model}`);
    print(
      `vectors: ${vectors.length} × ${vectors[0]?.length} dimensions, ${data.usage.prompt_tokens} tokens`,
    );
    print('');
    print(`question: ${question}`);
    const [questionVector, ...documentVectors] = vectors;
    if (!questionVector) throw new Error('the provider returned no embeddings');
    const ranked = documents
      .map((text, index) => ({ text, similarity: cosine(questionVector, documentVectors[index] ?? []) }))
      .sort((a, b) => b.similarity - a.similarity);
    for (const { text, similarity } of ranked) print(`  ${similarity.toFixed(3).padStart(6)}  ${text}`);
    print(`best match: ${ranked[0]?.text}`);
  } finally {
    await provider.close();
  }
  print('');
  print('done');
}

/** Cosine similarity: 1 for the same direction, 0 for unrelated (orthogonal) vectors. */
function cosine(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`vectors differ in length: ${a.length} and ${b.length}`);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

main().catch((error: unknown) => {
  process.stderr.write(`embeddings failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
