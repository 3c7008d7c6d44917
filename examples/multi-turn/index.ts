// The reference's multi-turn conversation: each turn appends the assistant's answer and the next
// question to one messages array, and the whole array is sent again. The client speaks OpenAI's
// format; the virtual key points at Anthropic, so every request is translated to the Messages API
// (the system prompt becomes the top-level `system` field) and every answer translated back.
import { createClient } from '@switchyard/client';
import { fetchTransport, type Handler, readJsonBody } from '@switchyard/core';
import type OpenAI from 'openai';
import { startProvider } from './provider.js';

const print = (line: string) => process.stdout.write(`${line}\n`);

const questions = ['What is Python?', 'Show me a hello world example.', 'And the same in TypeScript?'];

async function main(): Promise<void> {
  print('Switchyard multi-turn conversation');
  const provider = await startProvider();
  try {
    print(`provider: ${provider.description}`);
    const client = createClient({
      vault: provider.vault,
      virtualKey: 'anthropic-key',
      // The transport sits below the provider, so it sees the translated (native) request.
      transport: showNativeRequest(fetchTransport()),
    });
    const messages: OpenAI.ChatCompletionMessageParam[] = [
      { role: 'system', content: 'You are a helpful coding assistant.' },
    ];
    for (const [position, question] of questions.entries()) {
      messages.push({ role: 'user', content: question });
      print('');
      print(`turn ${position + 1}: sending ${messages.length} messages (${roles(messages)})`);
      print(`  user: ${question}`);
      const { data, response } = await client.chat.completions
        .create({ model: provider.model, messages })
        .withResponse();
      const answer = data.choices[0]?.message.content ?? '';
      print(`  assistant: ${answer}`);
      print(`  served by: ${response.headers.get('x-switchyard-provider')}, model ${data.model}`);
      messages.push({ role: 'assistant', content: answer });
    }
    print('');
    print(`conversation: ${messages.length} messages`);
  } finally {
    await provider.close();
  }
  print('');
  print('done');
}

/** Prints what Anthropic receives: the URL, the `system` field and the roles of `messages`. */
function showNativeRequest(transport: Handler): Handler {
  return async (request) => {
    const body = await readJsonBody<{ system?: unknown; messages: Array<{ role: string }> }>(request);
    const url = new URL(request.url);
    print(`  → ${request.method} ${url.pathname} (Anthropic Messages API)`);
    print(`    system: ${JSON.stringify(body.system)}`);
    print(`    messages: ${body.messages.map((message) => message.role).join(', ')}`);
    return transport(request);
  };
}

function roles(messages: OpenAI.ChatCompletionMessageParam[]): string {
  return messages.map((message) => message.role).join(', ');
}

main().catch((error: unknown) => {
  process.stderr.write(`multi-turn failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
