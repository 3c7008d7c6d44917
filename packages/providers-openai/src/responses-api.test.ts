import { compose, fetchTransport, type Middleware, toFetch } from '@switchyard/core';
import {
  chatCompletion,
  type NativeAnswer,
  type NativeServer,
  nativeJson,
  startNativeServer,
} from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openai } from './openai.js';
import { openaiCompatiblePresets } from './presets.js';

// OpenAI has the Responses API itself; the OpenAI-compatible presets speak chat completions only.
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

beforeAll(async () => {
  server = await startNativeServer(() => answer);
});
afterAll(() => server.close());

describe('the Responses API', () => {
  it('passes through to OpenAI unchanged, with the provider key', async () => {
    answer = nativeJson({
      id: 'resp_openai_1',
      object: 'response',
      created_at: 1,
      status: 'completed',
      model: 'gpt-4.1-mini',
      output: [
        {
          type: 'message',
          id: 'msg_1',
          status: 'completed',
          role: 'assistant',
          content: [{ type: 'output_text', text: 'Native.', annotations: [] }],
        },
      ],
    });
    const client = clientOver(openai({ apiKey: 'sk-provider', baseURL: `${server.url}/v1` }));
    const response = await client.responses.create({
      model: 'gpt-4.1-mini',
      input: 'Hi',
      tools: [{ type: 'web_search' }],
    });
    expect(response.output_text).toBe('Native.');
    const sent = server.requests.at(-1)!;
    expect(sent.path).toBe('/v1/responses');
    expect(sent.headers.authorization).toBe('Bearer sk-provider');
    // Hosted tools too: OpenAI serves what a translation would refuse.
    expect(JSON.parse(sent.body)).toEqual({
      model: 'gpt-4.1-mini',
      input: 'Hi',
      tools: [{ type: 'web_search' }],
    });
  });

  it.each(Object.keys(openaiCompatiblePresets))(
    'is translated to chat completions by the %s preset',
    async (slug) => {
      // An `<organization>/<model>` id, the form the strictest presets require.
      answer = nativeJson(chatCompletion({ content: `Hello from ${slug}.`, model: 'acme/some-model' }));
      const client = clientOver(
        openaiCompatiblePresets[slug]!({ apiKey: 'provider-key', baseURL: `${server.url}/v1` }),
      );
      const response = await client.responses.create({
        model: 'acme/some-model',
        input: 'Hi',
        max_output_tokens: 20,
      });
      expect(response.object).toBe('response');
      expect(response.output_text).toBe(`Hello from ${slug}.`);
      const sent = server.requests.at(-1)!;
      expect(sent.path).toBe('/v1/chat/completions');
      expect(JSON.parse(sent.body)).toMatchObject({
        model: 'acme/some-model',
        messages: [{ role: 'user', content: 'Hi' }],
      });
    },
  );
});
