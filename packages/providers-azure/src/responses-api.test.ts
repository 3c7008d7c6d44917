import { compose, fetchTransport, type Middleware, toFetch } from '@switchyard/core';
import {
  chatCompletion,
  type NativeAnswer,
  type NativeServer,
  nativeJson,
  nativeSse,
  startNativeServer,
} from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { azureAIInference } from './azure-ai-inference.js';
import { azureOpenAI } from './azure-openai.js';

// The official `openai` SDK's Responses API against a local server speaking Azure's wire format:
// Azure OpenAI has a Responses API of its own (passed through), Azure AI Inference only chat.
let server: NativeServer;
let answer: NativeAnswer;

function clientOver(provider: Middleware): OpenAI {
  return new OpenAI({
    apiKey: 'caller-key',
    baseURL: 'http://switchyard.local/v1',
    maxRetries: 0,
    fetch: toFetch(compose(provider)(fetchTransport())),
  });
}

/** A Response object as Azure OpenAI's Responses API answers it. */
const azureResponse = {
  id: 'resp_azure_1',
  object: 'response',
  created_at: 1_741_000_000,
  status: 'completed',
  error: null,
  incomplete_details: null,
  instructions: null,
  max_output_tokens: null,
  model: 'gpt-4o-prod',
  output: [
    {
      type: 'message',
      id: 'msg_azure_1',
      status: 'completed',
      role: 'assistant',
      content: [{ type: 'output_text', text: 'Hello from Azure.', annotations: [] }],
    },
  ],
  parallel_tool_calls: true,
  previous_response_id: null,
  reasoning: { effort: null, summary: null },
  store: true,
  temperature: 1,
  text: { format: { type: 'text' } },
  tool_choice: 'auto',
  tools: [],
  top_p: 1,
  truncation: 'disabled',
  usage: {
    input_tokens: 8,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: 4,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: 12,
  },
  metadata: {},
};

beforeAll(async () => {
  server = await startNativeServer(() => answer);
});
afterAll(() => server.close());

describe('Azure OpenAI passes the Responses API through', () => {
  it('to /openai/v1/responses on the v1 API, with the api-key and the body untouched', async () => {
    answer = nativeJson(azureResponse, 200, { 'x-request-id': 'azure-req-1' });
    const client = clientOver(
      azureOpenAI({ baseURL: `${server.url}/openai`, apiVersion: 'v1', apiKey: 'azure-key' }),
    );
    const response = await client.responses.create({ model: 'gpt-4o-prod', input: 'Hi', store: true });
    expect(response.id).toBe('resp_azure_1');
    expect(response.output_text).toBe('Hello from Azure.');
    const sent = server.requests.at(-1)!;
    expect(sent.path).toBe('/openai/v1/responses');
    expect(sent.headers['api-key']).toBe('azure-key');
    expect(sent.headers.authorization).toBeUndefined();
    expect(JSON.parse(sent.body)).toEqual({ model: 'gpt-4o-prod', input: 'Hi', store: true });

    await client.responses.retrieve('resp_azure_1');
    expect(server.requests.at(-1)?.path).toBe('/openai/v1/responses/resp_azure_1');
  });

  it('to /openai/responses with a preview api-version, streams untouched', async () => {
    const events = [
      {
        type: 'response.created',
        sequence_number: 0,
        response: { ...azureResponse, status: 'in_progress', output: [] },
      },
      { type: 'response.completed', sequence_number: 1, response: azureResponse },
    ];
    answer = nativeSse(
      events.map((event) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`).join(''),
    );
    const client = clientOver(
      azureOpenAI({
        baseURL: `${server.url}/openai`,
        deploymentId: 'gpt-4o-prod',
        apiVersion: '2025-04-01-preview',
        apiKey: 'azure-key',
      }),
    );
    const final = await client.responses.stream({ model: 'gpt-4o-prod', input: 'Hi' }).finalResponse();
    expect(final.output_text).toBe('Hello from Azure.');
    expect(server.requests.at(-1)?.path).toBe('/openai/responses?api-version=2025-04-01-preview');
  });
});

describe('Azure AI Inference answers the Responses API through chat completions', () => {
  it('sends chat to the endpoint and answers a Response object', async () => {
    answer = nativeJson(
      chatCompletion({ content: 'Hello from Llama.', model: 'Meta-Llama-3.1-8B-Instruct' }),
    );
    const client = clientOver(azureAIInference({ endpoint: `${server.url}/models`, apiKey: 'azure-key' }));
    const response = await client.responses.create({ model: 'Meta-Llama-3.1-8B-Instruct', input: 'Hi' });
    expect(response.object).toBe('response');
    expect(response.output_text).toBe('Hello from Llama.');
    const sent = server.requests.at(-1)!;
    expect(sent.path).toBe('/models/chat/completions?api-version=2024-05-01-preview');
    expect(JSON.parse(sent.body)).toEqual({
      model: 'Meta-Llama-3.1-8B-Instruct',
      messages: [{ role: 'user', content: 'Hi' }],
    });
  });
});
