// Google's Agent Development Kit (TypeScript) on a non-Google provider. The agent's model is
// `SwitchyardLlm` (`switchyard-llm.ts`), a `BaseLlm` connector built on a Switchyard client whose
// virtual key points at Anthropic: ADK's Gemini-shaped requests become chat completions, which
// Switchyard translates to Anthropic's Messages API, and the answers come back as ADK events. The
// agent calls a `FunctionTool`; the second turn, in the same session, streams (`StreamingMode.SSE`).
import { type Event, FunctionTool, InMemoryRunner, LlmAgent, StreamingMode } from '@google/adk';
import { createClient } from '@switchyard/client';
import { createVault } from '@switchyard/config';
import { z } from 'zod';
import { lastNativeConversation, startProvider } from './provider.js';
import { SwitchyardLlm } from './switchyard-llm.js';

const print = (line: string) => process.stdout.write(`${line}\n`);

const getWeather = new FunctionTool({
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
  print('Switchyard with Google ADK');
  const anthropic = await startProvider();
  try {
    print('model: SwitchyardLlm → virtual key claude → local mock Anthropic provider (no API key needed)');
    const client = createClient({
      vault: createVault({
        claude: { provider: 'anthropic', api_key: 'sk-ant-example', custom_host: anthropic.url },
      }),
      virtualKey: 'claude',
    });
    const agent = new LlmAgent({
      name: 'weather_agent',
      description: 'Answers weather questions.',
      instruction: 'Answer weather questions with the get_weather tool. Be brief.',
      model: new SwitchyardLlm({ model: 'claude-sonnet-4-5', client }),
      tools: [getWeather],
    });
    const runner = new InMemoryRunner({ agent, appName: 'weather' });
    const session = await runner.sessionService.createSession({ appName: 'weather', userId: 'ada' });
    const ask = (text: string, streamingMode: StreamingMode) =>
      runner.runAsync({
        userId: 'ada',
        sessionId: session.id,
        newMessage: { role: 'user', parts: [{ text }] },
        runConfig: { streamingMode },
      });

    print('');
    print('1. What is the weather in Paris?');
    await printEvents(ask('What is the weather in Paris?', StreamingMode.NONE));

    print('');
    print('2. And in London? (same session, StreamingMode.SSE)');
    await printEvents(ask('And in London?', StreamingMode.SSE));
    print('  Anthropic received the whole conversation:');
    for (const line of lastNativeConversation(anthropic)) print(`    ${line}`);
    print(`  provider calls: ${anthropic.calls}`);
  } finally {
    await anthropic.close();
  }
  print('');
  print('done');
}

/** Prints a run's function calls, their responses and the final answer; counts streamed pieces. */
async function printEvents(events: AsyncGenerator<Event>): Promise<void> {
  let partials = 0;
  for await (const event of events) {
    if (event.errorMessage) throw new Error(`${event.errorCode}: ${event.errorMessage}`);
    if (event.partial) {
      partials++;
      continue;
    }
    for (const part of event.content?.parts ?? []) {
      if (part.functionCall)
        print(
          `  ${event.author} calls: ${part.functionCall.name}(${JSON.stringify(part.functionCall.args)})`,
        );
      if (part.functionResponse) print(`  tool result: ${JSON.stringify(part.functionResponse.response)}`);
      if (part.text) print(`  ${event.author}: ${part.text}`);
    }
  }
  if (partials > 0) print(`  streamed: ${partials} partial events before the final one`);
}

main().catch((error: unknown) => {
  process.stderr.write(`google-adk failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
