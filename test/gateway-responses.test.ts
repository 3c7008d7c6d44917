import { createRegistry } from '@switchyard/config';
import { type RunningGateway, serve } from '@switchyard/server';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// OpenAI's Responses API as a front of the gateway: the official openai SDK reaches a chat-only
// provider (Anthropic here) by an operator's config id, continues a conversation with
// previous_response_id, retrieves a stored response, and never sees another tenant's.
let anthropicMock: MockProvider;
let gateway: RunningGateway;

beforeAll(async () => {
  anthropicMock = await startMockProvider({ dialect: 'anthropic', reply: 'Hello from Claude.' });
  gateway = await serve({
    port: 0,
    hostname: '127.0.0.1',
    log: () => {},
    apiKeys: ['sk-gw-team-a', 'sk-gw-team-b'],
    registry: createRegistry({
      'to-claude': { provider: 'anthropic', api_key: 'sk-upstream-ant', custom_host: anthropicMock.url },
    }),
  });
});

afterAll(async () => {
  await gateway?.close(0);
  await anthropicMock?.close();
});

function client(gatewayKey: string): OpenAI {
  return new OpenAI({
    apiKey: gatewayKey,
    baseURL: `${gateway.url}/v1`,
    maxRetries: 0,
    defaultHeaders: { 'x-portkey-config': 'to-claude' },
  });
}

describe('the gateway speaks the Responses API', () => {
  it('answers, streams, continues with previous_response_id and retrieves, for one tenant only', async () => {
    const teamA = client('sk-gw-team-a');
    const first = await teamA.responses.create({ model: 'claude-test', input: 'Say hello' });
    expect(first.output_text).toBe('Hello from Claude.');
    expect(first.status).toBe('completed');

    const events: string[] = [];
    const stream = teamA.responses.stream({
      model: 'claude-test',
      input: 'Again',
      previous_response_id: first.id,
    });
    stream.on('event', (event) => events.push(event.type));
    const second = await stream.finalResponse();
    expect(second.output_text).toBe('Hello from Claude.');
    expect(events[0]).toBe('response.created');
    expect(events.at(-1)).toBe('response.completed');
    const sent = anthropicMock.requests.at(-1)!.body as { messages: { role: string }[] };
    expect(sent.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
    expect(anthropicMock.requests.at(-1)!.headers['x-api-key']).toBe('sk-upstream-ant');

    const retrieved = await teamA.responses.retrieve(second.id);
    expect(retrieved.id).toBe(second.id);
    expect(retrieved.output_text).toBe('Hello from Claude.');

    // Another gateway key is another tenant: team A's responses do not exist for it.
    const teamB = client('sk-gw-team-b');
    await expect(teamB.responses.retrieve(second.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(
      teamB.responses.create({ model: 'claude-test', input: 'Hi', previous_response_id: first.id }),
    ).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });
});
