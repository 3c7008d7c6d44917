import { describe, expect, it } from 'vitest';
import { runExample } from '../../test/frameworks/run-example.js';

describe('examples/anthropic-sdk', () => {
  it('messages.create and messages.stream (a tool round trip) through the gateway to a chat provider', async () => {
    const { code, stdout, stderr } = await runExample('anthropic-sdk');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const auth = "  provider auth: the config's provider key; gateway key forwarded: no";
    expect(stdout.split('\n')).toEqual([
      'Switchyard with the Anthropic SDK',
      'gateway: serve() on 127.0.0.1, config → local mock OpenAI-compatible provider (no API key needed)',
      '',
      '1. messages.create',
      '  content: [{"type":"text","text":"Hello! A chat-completions model, answering through the Messages API."}]',
      '  stop_reason: end_turn, usage: 5 in, 9 out',
      '  provider received: POST /v1/chat/completions, messages system, user',
      auth,
      '',
      '2. messages.stream with a tool',
      '  events: message_start, content_block_start, content_block_delta, content_block_stop, message_delta, message_stop',
      '  stop_reason: tool_use',
      '  model calls: get_weather({"city":"Paris"})',
      '  tool result: {"city":"Paris","temperature_c":18,"conditions":"sunny"}',
      '  events: message_start, content_block_start, content_block_delta ×7, content_block_stop, message_delta, message_stop',
      '  streamed: It is 18°C and sunny in Paris.',
      '  stop_reason: end_turn, usage: 7 in, 7 out',
      '  provider received: POST /v1/chat/completions, messages user, assistant(tool_calls), tool',
      auth,
      '',
      'done',
      '',
    ]);
  }, 60_000);
});
