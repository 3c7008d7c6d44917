import { describe, expect, it } from 'vitest';
import { runExample } from '../../test/frameworks/run-example.js';

describe('examples/responses-api', () => {
  it('runs a tool round trip with responses.create and responses.stream, answered by Anthropic', async () => {
    const { code, stdout, stderr } = await runExample('responses-api');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // Each continuation reached Anthropic with the whole conversation: previous_response_id worked.
    const conversation = (city: string, weather: string) => [
      '  previous_response_id: Anthropic received the whole conversation:',
      `    user: What is the weather in ${city}?`,
      `    assistant: tool_use get_weather({"city":"${city}"})`,
      `    user: tool_result ${weather}`,
    ];
    const paris = '{"city":"Paris","temperature_c":18,"conditions":"sunny"}';
    const london = '{"city":"London","temperature_c":12,"conditions":"light rain"}';
    expect(stdout.split('\n')).toEqual([
      'Switchyard Responses API',
      'provider: claude → local mock Anthropic provider (no API key needed)',
      '',
      '1. responses.create',
      '  served by: anthropic',
      '  model calls: get_weather({"city":"Paris"})',
      `  tool result: ${paris}`,
      ...conversation('Paris', paris),
      '  answer: It is 18°C and sunny in Paris.',
      '  usage: 6 in, 7 out',
      '',
      '2. responses.stream',
      '  events: response.created, response.in_progress, response.output_item.added, ' +
        'response.function_call_arguments.delta, response.function_call_arguments.done, ' +
        'response.output_item.done, response.completed',
      '  model calls: get_weather({"city":"London"})',
      `  tool result: ${london}`,
      '  events: response.created, response.in_progress, response.output_item.added, ' +
        'response.content_part.added, response.output_text.delta ×8, response.output_text.done, ' +
        'response.content_part.done, response.output_item.done, response.completed',
      ...conversation('London', london),
      '  streamed: It is 12°C and light rain in London.',
      '  answer: It is 12°C and light rain in London.',
      '',
      'done',
      '',
    ]);
  }, 60_000);
});
