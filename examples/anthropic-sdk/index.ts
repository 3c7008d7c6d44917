// The Anthropic SDK against the Switchyard gateway, answered by an OpenAI-compatible provider.
// `new Anthropic({ baseURL: gateway.url, apiKey: <gateway key> })` is all the client knows: the
// gateway takes the key (sent as `x-api-key`), runs its config (here: one OpenAI-compatible
// target with a retry), translates the Messages request to chat completions and the answer, or
// its stream, back into Anthropic's message and events. Tools, `tool_use` and `tool_result` too.
import Anthropic from '@anthropic-ai/sdk';
import { serve } from '@switchyard/server';
import type { MockProvider } from '@switchyard/testing';
import { startProvider } from './provider.js';

const print = (line: string) => process.stdout.write(`${line}\n`);
const model = 'gpt-4o-mini';
const gatewayKey = 'sk-gw-example'; // what clients of the gateway hold
const providerKey = 'sk-provider-example'; // what only the gateway holds

const getWeatherTool: Anthropic.Tool = {
  name: 'get_weather',
  description: 'The current weather in a city.',
  input_schema: {
    type: 'object',
    properties: { city: { type: 'string', description: 'The city, e.g. Paris' } },
    required: ['city'],
  },
};

async function main(): Promise<void> {
  print('Switchyard with the Anthropic SDK');
  const provider = await startProvider();
  const gateway = await serve({
    port: 0,
    hostname: '127.0.0.1',
    log: () => {},
    apiKeys: [gatewayKey],
    config: {
      retry: { attempts: 2 },
      provider: 'openai',
      api_key: providerKey,
      custom_host: provider.baseURL,
    },
  });
  try {
    print(
      'gateway: serve() on 127.0.0.1, config → local mock OpenAI-compatible provider (no API key needed)',
    );
    const client = new Anthropic({ apiKey: gatewayKey, baseURL: gateway.url, maxRetries: 0 });
    await create(client, provider);
    await stream(client, provider);
  } finally {
    await gateway.close();
    await provider.close();
  }
  print('');
  print('done');
}

/** `messages.create`: a system prompt and one question. */
async function create(client: Anthropic, provider: MockProvider): Promise<void> {
  print('');
  print('1. messages.create');
  const message = await client.messages.create({
    model,
    max_tokens: 256,
    system: 'You are brief.',
    messages: [{ role: 'user', content: 'Say hello.' }],
  });
  print(`  content: ${JSON.stringify(message.content)}`);
  print(
    `  stop_reason: ${message.stop_reason}, usage: ${message.usage.input_tokens} in, ${message.usage.output_tokens} out`,
  );
  showUpstream(provider);
}

/** `messages.stream`: the model calls a tool, the program answers with a `tool_result`, the model answers. */
async function stream(client: Anthropic, provider: MockProvider): Promise<void> {
  print('');
  print('2. messages.stream with a tool');
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: 'What is the weather in Paris?' }];
  const first = client.messages.stream({ model, max_tokens: 256, tools: [getWeatherTool], messages });
  const firstEvents = eventTypes(first);
  const toolTurn = await first.finalMessage();
  print(`  events: ${firstEvents.join(', ')}`);
  print(`  stop_reason: ${toolTurn.stop_reason}`);
  messages.push({ role: 'assistant', content: toolTurn.content });
  const results: Anthropic.ToolResultBlockParam[] = [];
  for (const block of toolTurn.content) {
    if (block.type !== 'tool_use') continue;
    print(`  model calls: ${block.name}(${JSON.stringify(block.input)})`);
    const result = JSON.stringify(getWeather(block.input as { city: string }));
    print(`  tool result: ${result}`);
    results.push({ type: 'tool_result', tool_use_id: block.id, content: result });
  }
  messages.push({ role: 'user', content: results });

  const second = client.messages.stream({ model, max_tokens: 256, tools: [getWeatherTool], messages });
  let text = '';
  second.on('text', (delta) => {
    text += delta;
  });
  const secondEvents = eventTypes(second);
  const answer = await second.finalMessage();
  print(`  events: ${secondEvents.join(', ')}`);
  print(`  streamed: ${text}`);
  print(
    `  stop_reason: ${answer.stop_reason}, usage: ${answer.usage.input_tokens} in, ${answer.usage.output_tokens} out`,
  );
  showUpstream(provider);
}

/** What the provider received last: the path, the chat messages' roles, and whose key. */
function showUpstream(provider: MockProvider): void {
  const sent = provider.requests.at(-1);
  if (!sent) throw new Error('the provider received nothing');
  const body = sent.body as { messages: Array<{ role: string; tool_calls?: unknown[] }> };
  const roles = body.messages.map((message) =>
    message.tool_calls ? `${message.role}(tool_calls)` : message.role,
  );
  print(`  provider received: ${sent.method} ${sent.path}, messages ${roles.join(', ')}`);
  const headers = JSON.stringify(sent.headers);
  const key =
    sent.headers['authorization'] === `Bearer ${providerKey}` ? "the config's provider key" : 'another key';
  print(`  provider auth: ${key}; gateway key forwarded: ${headers.includes(gatewayKey) ? 'yes' : 'no'}`);
}

/** The program's `get_weather`: a fixed table, so the example is reproducible. */
function getWeather({ city }: { city: string }): { city: string; temperature_c: number; conditions: string } {
  const known: Record<string, { temperature_c: number; conditions: string }> = {
    paris: { temperature_c: 18, conditions: 'sunny' },
  };
  return { city, ...(known[city.toLowerCase()] ?? { temperature_c: 20, conditions: 'clear' }) };
}

/** The types of a stream's events as they arrive, runs of one type shown once with a count. */
function eventTypes(stream: {
  on(event: 'streamEvent', listener: (event: { type: string }) => void): unknown;
}): string[] {
  const types: string[] = [];
  let count = 0;
  stream.on('streamEvent', (event) => {
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
  process.stderr.write(`anthropic-sdk failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
