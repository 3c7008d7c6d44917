// OpenAI's Responses API answered by Anthropic: the official openai SDK's `responses.create` and
// `responses.stream`, on a Switchyard client whose virtual key points at Anthropic. Switchyard
// translates each Responses request to Anthropic's Messages API and the answer (or its event
// stream) back, keeps every response in its response store, and so continues a conversation with
// `previous_response_id` though Anthropic itself keeps no state. Here the continuation carries
// the result of the tool the model asked for.
import { createClient, type SwitchyardClient } from '@switchyard/client';
import type OpenAI from 'openai';
import { lastNativeConversation, type Provider, startProvider } from './provider.js';
import { getWeather, getWeatherTool } from './weather.js';

const print = (line: string) => process.stdout.write(`${line}\n`);
const model = 'claude-sonnet-4-5';

async function main(): Promise<void> {
  print('Switchyard Responses API');
  const provider = await startProvider();
  try {
    print('provider: claude → local mock Anthropic provider (no API key needed)');
    const client = createClient({ vault: provider.vault, virtualKey: 'claude' });
    await plain(client, provider);
    await streamed(client, provider);
  } finally {
    await provider.close();
  }
  print('');
  print('done');
}

/** `responses.create`: the model calls the tool; the tool's output continues the stored response. */
async function plain(client: SwitchyardClient, provider: Provider): Promise<void> {
  print('');
  print('1. responses.create');
  const { data: first, response } = await client.responses
    .create({ model, input: 'What is the weather in Paris?', tools: [getWeatherTool] })
    .withResponse();
  print(`  served by: ${response.headers.get('x-switchyard-provider')}`);
  const outputs = runToolCalls(first);
  const second = await client.responses.create({
    model,
    previous_response_id: first.id,
    input: outputs,
    tools: [getWeatherTool],
  });
  printConversation(provider);
  print(`  answer: ${second.output_text}`);
  print(`  usage: ${second.usage?.input_tokens} in, ${second.usage?.output_tokens} out`);
}

/** `responses.stream`: the same round trip as events, accumulated by the SDK. */
async function streamed(client: SwitchyardClient, provider: Provider): Promise<void> {
  print('');
  print('2. responses.stream');
  const firstStream = client.responses.stream({
    model,
    input: 'What is the weather in London?',
    tools: [getWeatherTool],
  });
  const firstEvents = eventTypes(firstStream);
  const first = await firstStream.finalResponse();
  print(`  events: ${firstEvents.join(', ')}`);
  const outputs = runToolCalls(first);
  const secondStream = client.responses.stream({
    model,
    previous_response_id: first.id,
    input: outputs,
    tools: [getWeatherTool],
  });
  let text = '';
  secondStream.on('response.output_text.delta', (event) => {
    text += event.delta;
  });
  const secondEvents = eventTypes(secondStream);
  const second = await secondStream.finalResponse();
  print(`  events: ${secondEvents.join(', ')}`);
  printConversation(provider);
  print(`  streamed: ${text}`);
  print(`  answer: ${second.output_text}`);
}

/** What Anthropic received for the continuation: the earlier turns came from the response store. */
function printConversation(provider: Provider): void {
  print('  previous_response_id: Anthropic received the whole conversation:');
  for (const line of lastNativeConversation(provider.mock)) print(`    ${line}`);
}

/** Runs each `function_call` of a response and returns the outputs to send back. */
function runToolCalls(response: OpenAI.Responses.Response): OpenAI.Responses.ResponseInputItem[] {
  const calls = response.output.filter((item) => item.type === 'function_call');
  if (calls.length === 0)
    throw new Error(`the model answered without calling a tool: ${response.output_text}`);
  return calls.map((call) => {
    print(`  model calls: ${call.name}(${call.arguments})`);
    const output = JSON.stringify(getWeather(call.arguments));
    print(`  tool result: ${output}`);
    return { type: 'function_call_output', call_id: call.call_id, output };
  });
}

/** The types of a stream's events as they arrive, runs of one type shown once with a count. */
function eventTypes(stream: {
  on(event: 'event', listener: (event: { type: string }) => void): unknown;
}): string[] {
  const types: string[] = [];
  let count = 0;
  stream.on('event', (event) => {
    const last = types.at(-1)?.replace(/ ×\d+$/, '');
    if (event.type === last) {
      types[types.length - 1] = `${last} ×${++count}`;
      return;
    }
    count = 1;
    types.push(event.type);
  });
  return types;
}

main().catch((error: unknown) => {
  process.stderr.write(`responses-api failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
