// An OpenAI Agents SDK agent with a function tool, answered by Anthropic. The Agents SDK speaks
// OpenAI's Responses API; its OpenAI client points at the Switchyard gateway (`serve()`), whose
// config sends every request to Anthropic, translated to the Messages API and back. The agent
// loop (model → tool call → tool output → model) runs unchanged; the second run streams and
// continues the first with `previousResponseId`, which Switchyard's response store serves.
import { Agent, run, setDefaultOpenAIClient, setOpenAIAPI, setTracingDisabled, tool } from '@openai/agents';
import { serve } from '@switchyard/server';
import OpenAI from 'openai';
import { z } from 'zod';
import { lastNativeConversation, startProvider } from './provider.js';

const print = (line: string) => process.stdout.write(`${line}\n`);
const gatewayKey = 'sk-gw-agents';

const getWeather = tool({
  name: 'get_weather',
  description: 'The current weather in a city.',
  parameters: z.object({ city: z.string().describe('The city, e.g. Paris') }),
  execute: ({ city }) => {
    const known: Record<string, { temperature_c: number; conditions: string }> = {
      paris: { temperature_c: 18, conditions: 'sunny' },
      london: { temperature_c: 12, conditions: 'light rain' },
    };
    return { city, ...(known[city.toLowerCase()] ?? { temperature_c: 20, conditions: 'clear' }) };
  },
});

async function main(): Promise<void> {
  print('Switchyard with the OpenAI Agents SDK');
  const anthropic = await startProvider();
  const gateway = await serve({
    port: 0,
    hostname: '127.0.0.1',
    log: () => {},
    apiKeys: [gatewayKey],
    config: { provider: 'anthropic', api_key: 'sk-ant-example', custom_host: anthropic.url },
  });
  try {
    print('gateway: serve() on 127.0.0.1, config → local mock Anthropic provider (no API key needed)');
    const paths: string[] = [];
    // The Agents SDK's defaults: this client, the Responses API, and no trace export (which
    // would otherwise send traces to OpenAI).
    setTracingDisabled(true);
    setOpenAIAPI('responses');
    setDefaultOpenAIClient(
      new OpenAI({
        baseURL: `${gateway.url}/v1`,
        apiKey: gatewayKey,
        maxRetries: 0,
        // Only to show what the SDK sends: each request's path, and whether it continues a
        // stored response.
        fetch: (input, init) => {
          const body =
            typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : {};
          const continues = body['previous_response_id'] ? ' (previous_response_id)' : '';
          paths.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}${continues}`);
          return fetch(input, init);
        },
      }),
    );
    const agent = new Agent({
      name: 'Weather agent',
      instructions: 'Answer weather questions with the get_weather tool. Be brief.',
      model: 'claude-sonnet-4-5',
      tools: [getWeather],
    });

    print('');
    print("1. run(agent, 'What is the weather in Paris?')");
    const first = await run(agent, 'What is the weather in Paris?');
    printItems(first.newItems);
    print(`  final output: ${first.finalOutput}`);
    print(`  SDK requests: ${paths.splice(0).join(', ')}`);

    print('');
    print("2. run(agent, 'And in London?', { stream: true, previousResponseId })");
    const second = await run(agent, 'And in London?', {
      stream: true,
      previousResponseId: first.lastResponseId,
    });
    let streamed = '';
    for await (const event of second) {
      if (event.type === 'raw_model_stream_event' && event.data.type === 'output_text_delta') {
        streamed += event.data.delta;
      }
    }
    await second.completed;
    printItems(second.newItems);
    print(`  streamed: ${streamed}`);
    print(`  final output: ${second.finalOutput}`);
    print(`  SDK requests: ${paths.splice(0).join(', ')}`);
    print('  Anthropic received the whole conversation:');
    for (const line of lastNativeConversation(anthropic)) print(`    ${line}`);
  } finally {
    await gateway.close();
    await anthropic.close();
  }
  print('');
  print('done');
}

/** The tool calls and outputs a run produced. */
function printItems(items: Awaited<ReturnType<typeof run>>['newItems']): void {
  for (const item of items) {
    if (item.type === 'tool_call_item' && item.rawItem.type === 'function_call') {
      print(`  tool call: ${item.rawItem.name}(${item.rawItem.arguments})`);
    }
    if (item.type === 'tool_call_output_item') print(`  tool output: ${JSON.stringify(item.output)}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`openai-agents failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
