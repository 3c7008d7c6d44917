import { describe, expect, it } from 'vitest';
import { expectLoopbackOnly, runExampleOnLoopback } from '../../test/frameworks/loopback-only.js';

describe('examples/google-adk', () => {
  it('runs an ADK agent with a tool on Anthropic through SwitchyardLlm, plain and streamed, on loopback only', async () => {
    const { code, stdout, stderr, network } = await runExampleOnLoopback('google-adk', 55_000);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'Switchyard with Google ADK',
      'model: SwitchyardLlm → virtual key claude → local mock Anthropic provider (no API key needed)',
      '',
      '1. What is the weather in Paris?',
      '  weather_agent calls: get_weather({"city":"Paris"})',
      '  tool result: {"city":"Paris","temperature_c":18,"conditions":"sunny"}',
      '  weather_agent: It is 18°C and sunny in Paris.',
      '',
      '2. And in London? (same session, StreamingMode.SSE)',
      '  weather_agent calls: get_weather({"city":"London"})',
      '  tool result: {"city":"London","temperature_c":12,"conditions":"light rain"}',
      '  weather_agent: It is 12°C and light rain in London.',
      '  streamed: 8 partial events before the final one',
      // ADK's session history, translated: each function response follows its own call.
      '  Anthropic received the whole conversation:',
      '    user: What is the weather in Paris?',
      '    assistant: tool_use get_weather({"city":"Paris"})',
      '    user: tool_result {"city":"Paris","temperature_c":18,"conditions":"sunny"}',
      '    assistant: It is 18°C and sunny in Paris.',
      '    user: And in London?',
      '    assistant: tool_use get_weather({"city":"London"})',
      '    user: tool_result {"city":"London","temperature_c":12,"conditions":"light rain"}',
      '  provider calls: 4',
      '',
      'done',
      '',
    ]);
    // No call to Google (Gemini, Vertex AI, telemetry, metadata server): only the local mock.
    expectLoopbackOnly(network);
  }, 60_000);
});
