import { describe, expect, it } from 'vitest';
import { expectLoopbackOnly, runExampleOnLoopback } from '../../test/frameworks/loopback-only.js';

describe('examples/openai-agents', () => {
  it('runs an agent with a tool on the Responses API, answered by Anthropic, plain and streamed', async () => {
    const { code, stdout, stderr, network } = await runExampleOnLoopback('openai-agents', 55_000);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'Switchyard with the OpenAI Agents SDK',
      'gateway: serve() on 127.0.0.1, config → local mock Anthropic provider (no API key needed)',
      '',
      "1. run(agent, 'What is the weather in Paris?')",
      '  tool call: get_weather({"city":"Paris"})',
      '  tool output: {"city":"Paris","temperature_c":18,"conditions":"sunny"}',
      '  final output: It is 18°C and sunny in Paris.',
      '  SDK requests: POST /v1/responses, POST /v1/responses',
      '',
      "2. run(agent, 'And in London?', { stream: true, previousResponseId })",
      '  tool call: get_weather({"city":"London"})',
      '  tool output: {"city":"London","temperature_c":12,"conditions":"light rain"}',
      '  streamed: It is 12°C and light rain in London.',
      '  final output: It is 12°C and light rain in London.',
      '  SDK requests: POST /v1/responses (previous_response_id), POST /v1/responses (previous_response_id)',
      // The first run's turns come from Switchyard's response store: Anthropic keeps no state.
      '  Anthropic received the whole conversation:',
      '    user: What is the weather in Paris?',
      '    assistant: tool_use get_weather({"city":"Paris"})',
      '    user: tool_result {"city":"Paris","temperature_c":18,"conditions":"sunny"}',
      '    assistant: It is 18°C and sunny in Paris.',
      '    user: And in London?',
      '    assistant: tool_use get_weather({"city":"London"})',
      '    user: tool_result {"city":"London","temperature_c":12,"conditions":"light rain"}',
      '',
      'done',
      '',
    ]);
    // Tracing is disabled: nothing went to OpenAI (or anywhere but the local gateway and mock).
    expectLoopbackOnly(network);
  }, 60_000);
});
