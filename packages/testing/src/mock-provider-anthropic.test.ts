import { readSseEvents } from '@switchyard/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockProvider, startMockProvider } from './mock-provider.js';
import { fault } from './mock-provider-faults.js';

let mock: MockProvider;

beforeAll(async () => {
  mock = await startMockProvider({ dialect: 'anthropic', reply: 'Paris is the capital' });
});

afterAll(() => mock.close());

function messages(body: Record<string, unknown>): Promise<Response> {
  return fetch(`${mock.url}/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'k', 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({ model: 'claude-3-5-sonnet-20241022', max_tokens: 64, ...body }),
  });
}

describe('startMockProvider({ dialect: "anthropic" })', () => {
  it('answers the Messages API with a message', async () => {
    const response = await messages({
      system: 'Be brief',
      messages: [{ role: 'user', content: 'Capital of France?' }],
    });
    expect(await response.json()).toEqual({
      id: 'msg_mock_0',
      type: 'message',
      role: 'assistant',
      model: 'claude-3-5-sonnet-20241022',
      content: [{ type: 'text', text: 'Paris is the capital' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: 5, output_tokens: 4 },
    });
  });

  it('streams Anthropic events that rebuild the text', async () => {
    const response = await messages({ stream: true, messages: [{ role: 'user', content: 'Capital?' }] });
    const events = [];
    for await (const event of readSseEvents(response)) events.push(event);
    expect(events.map((event) => event.event)).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    const text = events
      .filter((event) => event.event === 'content_block_delta')
      .map((event) => (JSON.parse(event.data) as { delta: { text: string } }).delta.text)
      .join('');
    expect(text).toBe('Paris is the capital');
  });

  it('answers faults and missing fields with Anthropic-shaped errors', async () => {
    mock.setFaults([fault.status(529)]);
    const overloaded = await messages({ messages: [{ role: 'user', content: 'x' }] });
    expect(overloaded.status).toBe(529);
    expect(await overloaded.json()).toEqual({
      type: 'error',
      error: { type: 'overloaded_error', message: 'Mock provider fault: status 529' },
    });
    mock.setFaults(undefined);
    const missing = await fetch(`${mock.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', messages: [] }),
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'max_tokens: Field required' },
    });
  });
});
