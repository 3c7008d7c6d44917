import type OpenAI from 'openai';
import { formatUsage, type StepContext } from './step-context.js';

/** Streams an answer, printing the text as it arrives, then the finish reason and usage. */
export async function streamingStep({ client, model, print, write }: StepContext): Promise<void> {
  const stream = await client.chat.completions.create({
    model,
    messages: [{ role: 'user', content: 'Stream a short greeting.' }],
    stream: true,
    stream_options: { include_usage: true },
  });
  write('  streamed: ');
  let chunks = 0;
  let finishReason: string | null = null;
  let usage: OpenAI.CompletionUsage | undefined;
  for await (const chunk of stream) {
    chunks += 1;
    write(chunk.choices[0]?.delta.content ?? '');
    finishReason = chunk.choices[0]?.finish_reason ?? finishReason;
    usage = chunk.usage ?? usage;
  }
  write('\n');
  print(`  chunks: ${chunks}, finish: ${finishReason ?? 'none'}`);
  print(`  tokens: ${formatUsage(usage)}`);
}
