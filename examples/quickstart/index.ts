// The Switchyard quickstart (`pnpm demo`): a composed pipeline used by the official openai package.
// With no provider key in the environment it talks to a local mock provider; with one (OpenAI,
// Anthropic, Gemini, Bedrock, Azure or an OpenAI-compatible preset), to that provider.
import { toFetch } from '@switchyard/core';
import OpenAI from 'openai';
import { buildPipeline } from './pipeline.js';
import { startProvider } from './provider.js';
import { chatCompletionStep } from './steps/chat-completion.js';
import type { StepContext } from './steps/step-context.js';
import { streamingStep } from './steps/streaming.js';

const print = (line: string) => process.stdout.write(`${line}\n`);
const write = (text: string) => process.stdout.write(text);

/** The demo, one named step after another. */
const steps: Array<{ title: string; run: (context: StepContext) => Promise<void> }> = [
  { title: 'Chat completion', run: chatCompletionStep },
  { title: 'Streaming chat completion', run: streamingStep },
];

async function main(): Promise<void> {
  print('Switchyard quickstart');
  const provider = await startProvider();
  try {
    const pipeline = buildPipeline(provider, print);
    print(`provider: ${provider.description}`);
    print(`pipeline: ${pipeline.description}`);
    const client = new OpenAI({
      // The provider middleware sets the real credential and URL; the SDK only needs placeholders.
      apiKey: 'switchyard',
      baseURL: 'http://switchyard.invalid/v1',
      fetch: toFetch(pipeline.handler),
      maxRetries: 0,
    });
    const context: StepContext = { client, model: provider.model, print, write };
    for (const [position, step] of steps.entries()) {
      print('');
      print(`${position + 1}. ${step.title}`);
      await step.run(context);
    }
  } finally {
    await provider.close();
  }
  print('');
  print('done: provider closed');
}

main().catch((error: unknown) => {
  process.stderr.write(`quickstart failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
