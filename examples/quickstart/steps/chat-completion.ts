import { formatUsage, type StepContext } from './step-context.js';

/** Asks one question and prints the answer and its token usage. */
export async function chatCompletionStep({ client, model, print }: StepContext): Promise<void> {
  const completion = await client.chat.completions.create({
    model,
    messages: [{ role: 'user', content: 'In one sentence: what is Switchyard?' }],
  });
  print(`  answer: ${completion.choices[0]?.message.content ?? '(no content)'}`);
  print(`  model: ${completion.model}`);
  print(`  tokens: ${formatUsage(completion.usage)}`);
}
