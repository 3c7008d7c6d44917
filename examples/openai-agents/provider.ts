import { type MockProvider, startMockProvider } from '@switchyard/testing';

interface NativeMessage {
  role: string;
  content: string | Array<{ type: string; text?: string; name?: string; input?: unknown; content?: unknown }>;
}

/**
 * A local mock speaking Anthropic's Messages API. Its model calls `get_weather` for the city the
 * user's last question names ("... in Paris?"), and answers from the tool's result once the
 * request ends with one. It reads the native request it just received (the last one recorded):
 * the OpenAI-shaped view the mock hands a reply function leaves out Anthropic's tool blocks.
 */
export async function startProvider(): Promise<MockProvider> {
  const mock: MockProvider = await startMockProvider({
    dialect: 'anthropic',
    reply: (_request, index) => {
      const messages = lastMessages(mock);
      const last = messages.at(-1);
      const result = Array.isArray(last?.content)
        ? last.content.find((block) => block.type === 'tool_result')
        : undefined;
      if (result) {
        const weather = JSON.parse(text(result.content)) as Record<string, unknown>;
        return {
          content: `It is ${weather['temperature_c']}°C and ${weather['conditions']} in ${weather['city']}.`,
        };
      }
      const city = /in (\w+)\?/.exec(text(last?.content))?.[1] ?? 'Paris';
      return { toolCalls: [{ id: `call_${index}`, name: 'get_weather', arguments: { city } }] }; // ids unique, as real ones are
    },
  });
  return mock;
}

/** The messages of the last request the mock received. */
function lastMessages(mock: MockProvider): NativeMessage[] {
  return (mock.requests.at(-1)?.body as { messages?: NativeMessage[] } | undefined)?.messages ?? [];
}

/** The text of a string or of a list of blocks. */
function text(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((block: { text?: unknown }) => (typeof block.text === 'string' ? block.text : ''))
    .join('');
}

/** The conversation Anthropic received last, one line per message. */
export function lastNativeConversation(mock: MockProvider): string[] {
  return lastMessages(mock).map((message) => {
    if (typeof message.content === 'string') return `${message.role}: ${message.content}`;
    const blocks = message.content.map((block) => {
      if (block.type === 'text') return block.text ?? '';
      if (block.type === 'tool_use') return `tool_use ${block.name}(${JSON.stringify(block.input)})`;
      if (block.type === 'tool_result') return `tool_result ${text(block.content)}`;
      return block.type;
    });
    return `${message.role}: ${blocks.join(' ')}`;
  });
}
