import { type MockProvider, startMockProvider } from '@switchyard/testing';

/**
 * A local mock speaking OpenAI's chat completions, standing in for any OpenAI-compatible provider.
 * Asked about the weather, its model calls `get_weather` for the city named, then answers from
 * the tool's result (a `tool` message); anything else gets a greeting.
 */
export function startProvider(): Promise<MockProvider> {
  return startMockProvider({
    reply: (request, index) => {
      const last = request.messages.at(-1);
      if (last?.role === 'tool') {
        const weather = JSON.parse(String(last.content)) as Record<string, unknown>;
        return {
          content: `It is ${weather['temperature_c']}°C and ${weather['conditions']} in ${weather['city']}.`,
        };
      }
      const city = /weather in (\w+)/i.exec(String(last?.content ?? ''))?.[1];
      if (city) return { toolCalls: [{ id: `call_${index}`, name: 'get_weather', arguments: { city } }] };
      return { content: 'Hello! A chat-completions model, answering through the Messages API.' };
    },
  });
}
