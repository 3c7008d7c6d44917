import Anthropic, { type APIError } from '@anthropic-ai/sdk';
import { compose, fetchTransport, type Middleware, toFetch } from '@switchyard/core';
import {
  chatCompletion,
  chatCompletionChunks,
  type NativeAnswer,
  type NativeServer,
  nativeJson,
  nativeSse,
  sseText,
  startNativeServer,
} from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { azureAIInference } from './azure-ai-inference.js';
import { azureOpenAI } from './azure-openai.js';

// The official Anthropic SDK as the client; Azure OpenAI and Azure AI Inference answer
// /v1/messages through chat completions, from a local server speaking their wire format.
let server: NativeServer;
let answer: NativeAnswer;

function anthropicOver(provider: Middleware): Anthropic {
  return new Anthropic({
    apiKey: 'caller-key-not-for-azure',
    baseURL: 'http://switchyard.local',
    maxRetries: 0,
    fetch: toFetch(compose(provider)(fetchTransport())),
  });
}

beforeAll(async () => {
  server = await startNativeServer(() => answer);
});

afterAll(() => server.close());

describe('the Anthropic SDK against Azure', () => {
  it('Azure OpenAI: a text message from the deployment, with the api-key', async () => {
    answer = nativeJson(chatCompletion({ content: 'Hello from Azure.', model: 'gpt-4o' }));
    const client = anthropicOver(
      azureOpenAI({ baseURL: `${server.url}/openai`, deploymentId: 'prod-4o', apiKey: 'azure-key' }),
    );
    const message = await client.messages.create({
      model: 'gpt-4o',
      max_tokens: 32,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(message).toMatchObject({
      model: 'gpt-4o',
      content: [{ type: 'text', text: 'Hello from Azure.' }],
    });
    const sent = server.requests.at(-1)!;
    expect(sent.path).toBe('/openai/deployments/prod-4o/chat/completions?api-version=2024-10-21');
    expect(sent.headers['api-key']).toBe('azure-key');
    expect(sent.headers['x-api-key']).toBeUndefined();
    expect(JSON.parse(sent.body)).toMatchObject({
      max_tokens: 32,
      messages: [{ role: 'user', content: 'Hi' }],
    });
  });

  it('Azure OpenAI: streams in Anthropic event order', async () => {
    answer = nativeSse(sseText(chatCompletionChunks({ content: 'Streamed from Azure.', model: 'gpt-4o' })));
    const client = anthropicOver(
      azureOpenAI({ baseURL: `${server.url}/openai`, deploymentId: 'prod-4o', apiKey: 'azure-key' }),
    );
    const stream = client.messages.stream({
      model: 'gpt-4o',
      max_tokens: 32,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    const types: string[] = [];
    stream.on('streamEvent', (event) => types.push(event.type));
    const message = await stream.finalMessage();
    expect(types[0]).toBe('message_start');
    expect(types.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
    expect(message.content).toEqual([{ type: 'text', text: 'Streamed from Azure.' }]);
    expect(message.usage).toMatchObject({ input_tokens: 10, output_tokens: 5 });
  });

  it('Azure AI Inference: a tool_use answer, and a content-filter error as a 400', async () => {
    answer = nativeJson({
      ...chatCompletion({ model: 'Mistral-Large' }),
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [
              { id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"x"}' } },
            ],
          },
          finish_reason: 'tool_calls',
        },
      ],
    });
    const client = anthropicOver(
      azureAIInference({ endpoint: `${server.url}/models`, apiKey: 'foundry-key' }),
    );
    const message = await client.messages.create({
      model: 'Mistral-Large',
      max_tokens: 32,
      tools: [{ name: 'lookup', input_schema: { type: 'object' } }],
      messages: [{ role: 'user', content: 'Find x' }],
    });
    expect(message.stop_reason).toBe('tool_use');
    expect(message.content).toEqual([{ type: 'tool_use', id: 'call_1', name: 'lookup', input: { q: 'x' } }]);
    expect(server.requests.at(-1)!.path).toBe('/models/chat/completions?api-version=2024-05-01-preview');

    answer = nativeJson(
      { error: { code: 'content_filter', message: 'The response was filtered', status: 400 } },
      400,
    );
    const error = await client.messages
      .create({ model: 'Mistral-Large', max_tokens: 8, messages: [{ role: 'user', content: 'x' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect((error as APIError).type).toBe('invalid_request_error');
    expect((error as APIError).message).toContain('The response was filtered');
  });
});
