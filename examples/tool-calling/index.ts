// A tool-calling round trip, plain and streamed, against an OpenAI and an Anthropic target: the
// model asks for `get_weather`, the program runs it, sends the result back as a `tool` message, and
// the model answers. The client speaks OpenAI's format to both; for Anthropic, Switchyard
// translates tools, tool_use blocks and tool results both ways, streamed deltas included.
import { createClient, type SwitchyardClient } from '@switchyard/client';
import type OpenAI from 'openai';
import { startProviders, type Target } from './providers.js';
import { getWeather, getWeatherTool } from './weather.js';

const print = (line: string) => process.stdout.write(`${line}\n`);

/** The assistant's turn: its text and the tool calls it made. */
interface AssistantTurn {
  content: string;
  toolCalls: OpenAI.ChatCompletionMessageFunctionToolCall[];
  /** The `x-switchyard-provider` response header. */
  provider: string | null;
  /** Streamed: how many tool-call deltas were assembled. */
  toolCallDeltas?: number;
}

async function main(): Promise<void> {
  print('Switchyard tool calling');
  const providers = await startProviders();
  try {
    for (const target of providers.targets) {
      const client = createClient({ vault: providers.vault, virtualKey: target.virtualKey });
      for (const stream of [false, true]) {
        print('');
        print(
          `${target.virtualKey} → ${target.description}, ${target.model}, ${stream ? 'streamed' : 'plain'}`,
        );
        await roundTrip(client, target, stream);
      }
    }
  } finally {
    await providers.close();
  }
  print('');
  print('done');
}

/** Asks about the weather, runs the tool the model calls, and prints the final answer. */
async function roundTrip(client: SwitchyardClient, target: Target, stream: boolean): Promise<void> {
  const messages: OpenAI.ChatCompletionMessageParam[] = [
    { role: 'user', content: 'What is the weather in Paris right now?' },
  ];
  const ask = stream ? askStreamed : askPlain;
  const first = await ask(client, target.model, messages);
  print(`  served by: ${first.provider}`);
  if (first.toolCallDeltas !== undefined) {
    const count = first.toolCalls.length;
    print(`  assembled ${count} tool call${count === 1 ? '' : 's'} from ${first.toolCallDeltas} deltas`);
  }
  if (first.toolCalls.length === 0)
    throw new Error(`the model answered without calling a tool: ${first.content}`);
  messages.push({ role: 'assistant', content: first.content || null, tool_calls: first.toolCalls });
  for (const call of first.toolCalls) {
    print(`  model calls: ${call.function.name}(${call.function.arguments})`);
    const result = JSON.stringify(getWeather(call.function.arguments));
    print(`  tool result: ${result}`);
    messages.push({ role: 'tool', tool_call_id: call.id, content: result });
  }
  const final = await ask(client, target.model, messages);
  print(`  answer: ${final.content}`);
}

/** One plain request; the answer's message holds the tool calls. */
async function askPlain(
  client: SwitchyardClient,
  model: string,
  messages: OpenAI.ChatCompletionMessageParam[],
): Promise<AssistantTurn> {
  const { data, response } = await client.chat.completions
    .create({ model, messages, tools: [getWeatherTool] })
    .withResponse();
  const message = data.choices[0]?.message;
  return {
    content: message?.content ?? '',
    toolCalls: (message?.tool_calls ?? []).filter((call) => call.type === 'function'),
    provider: response.headers.get('x-switchyard-provider'),
  };
}

/**
 * One streamed request. Tool calls arrive in pieces: the first delta of a call carries its `index`,
 * `id` and name, later deltas with the same `index` carry fragments of the arguments' JSON.
 */
async function askStreamed(
  client: SwitchyardClient,
  model: string,
  messages: OpenAI.ChatCompletionMessageParam[],
): Promise<AssistantTurn> {
  const { data: stream, response } = await client.chat.completions
    .create({ model, messages, tools: [getWeatherTool], stream: true })
    .withResponse();
  let content = '';
  const calls: OpenAI.ChatCompletionMessageFunctionToolCall[] = [];
  let deltas = 0;
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta;
    content += delta?.content ?? '';
    for (const piece of delta?.tool_calls ?? []) {
      deltas++;
      calls[piece.index] ??= { id: '', type: 'function', function: { name: '', arguments: '' } };
      const call = calls[piece.index]!;
      if (piece.id) call.id = piece.id;
      if (piece.function?.name) call.function.name = piece.function.name;
      call.function.arguments += piece.function?.arguments ?? '';
    }
  }
  return {
    content,
    toolCalls: calls,
    provider: response.headers.get('x-switchyard-provider'),
    toolCallDeltas: deltas,
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`tool-calling failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
