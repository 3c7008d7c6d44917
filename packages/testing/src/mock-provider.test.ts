import {
  type ChatCompletion,
  type EmbeddingResponse,
  fetchTransport,
  type Handler,
  type ImagesResponse,
  type Model,
  type ModelList,
  type OpenAIErrorBody,
} from '@switchyard/core';
import { afterEach, describe, expect, it } from 'vitest';
import { assembleChatStream } from './assemble-chat-stream.js';
import { collectSse } from './collect-sse.js';
import { type MockProvider, startMockProvider } from './mock-provider.js';
import { mockEmbedding } from './mock-provider-embeddings.js';
import { mockImagePng } from './mock-provider-media.js';
import type { MockProviderOptions } from './mock-provider-options.js';

let mock: MockProvider | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

async function start(options: MockProviderOptions = {}): Promise<{ mock: MockProvider; send: Handler }> {
  mock = await startMockProvider(options);
  return { mock, send: fetchTransport() };
}

function post(provider: MockProvider, path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(provider.baseURL + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const readJson = <T>(response: Response) => response.json() as Promise<T>;

const question = { model: 'gpt-test-1', messages: [{ role: 'user', content: 'What is a switchyard?' }] };

describe('startMockProvider: OpenAI endpoints', () => {
  it('listens on 127.0.0.1 with an ephemeral port and exposes url and baseURL', async () => {
    const { mock } = await start();
    expect(mock.port).toBeGreaterThan(0);
    expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
    expect(mock.baseURL).toBe(`${mock.url}/v1`);
  });

  it('answers a chat completion echoing the model, with a reproducible default reply and usage', async () => {
    const { mock, send } = await start();
    const response = await send(
      post(mock, '/chat/completions', question, { authorization: 'Bearer sk-test' }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('mock-req-0');
    const body = await readJson<ChatCompletion>(response);
    expect(body).toMatchObject({
      id: 'chatcmpl-mock-0',
      object: 'chat.completion',
      model: 'gpt-test-1',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Mock answer to "What is a switchyard?"' },
          finish_reason: 'stop',
        },
      ],
      usage: { prompt_tokens: 4, completion_tokens: 7, total_tokens: 11 },
    });
    expect(mock.calls).toBe(1);
    expect(mock.requests[0]).toMatchObject({
      index: 0,
      method: 'POST',
      path: '/v1/chat/completions',
      url: '/v1/chat/completions',
      body: question,
    });
    expect(mock.requests[0]?.headers['authorization']).toBe('Bearer sk-test');
  });

  it('answers with a reply computed from the request', async () => {
    const { mock, send } = await start({
      reply: (request, index) => `#${index} for ${request.model} (${request.messages.length} messages)`,
    });
    await send(post(mock, '/chat/completions', question));
    const body = await readJson<ChatCompletion>(await send(post(mock, '/chat/completions', question)));
    expect(body.choices[0]?.message.content).toBe('#1 for gpt-test-1 (1 messages)');
  });

  it('answers 500 naming the error when the reply function throws', async () => {
    const { mock, send } = await start({
      reply: () => {
        throw new Error('no answer for you');
      },
    });
    const response = await send(post(mock, '/chat/completions', question));
    expect(response.status).toBe(500);
    expect((await readJson<OpenAIErrorBody>(response)).error).toMatchObject({
      message: 'startMockProvider: the reply function threw: no answer for you',
      code: 'mock_reply_failed',
    });
  });

  it('streams SSE chunks that add up to the reply, with a usage chunk only when include_usage is set', async () => {
    const { mock, send } = await start({ reply: 'Three word answer' });
    const withUsage = await send(
      post(mock, '/chat/completions', { ...question, stream: true, stream_options: { include_usage: true } }),
    );
    expect(withUsage.headers.get('content-type')).toContain('text/event-stream');
    const chunks = await collectSse(withUsage);
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? null)).toEqual([
      '',
      'Three ',
      'word ',
      'answer',
      null,
      null,
    ]);
    expect(assembleChatStream(chunks)).toMatchObject({
      id: 'chatcmpl-mock-0',
      model: 'gpt-test-1',
      content: 'Three word answer',
      finishReason: 'stop',
      usage: { prompt_tokens: 4, completion_tokens: 3, total_tokens: 7 },
    });

    const withoutUsage = await collectSse(
      await send(post(mock, '/chat/completions', { ...question, stream: true })),
    );
    expect(withoutUsage.some((chunk) => chunk.usage)).toBe(false);
    expect(assembleChatStream(withoutUsage)).toMatchObject({ content: 'Three word answer', usage: null });
  });

  it('answers tool calls, as JSON and as a stream of fragments', async () => {
    const { mock, send } = await start({
      reply: { toolCalls: [{ name: 'get_weather', arguments: { city: 'Paris', unit: 'c' } }] },
    });
    const json = await readJson<ChatCompletion>(await send(post(mock, '/chat/completions', question)));
    expect(json.choices[0]).toMatchObject({
      message: {
        content: null,
        tool_calls: [
          {
            id: 'call_mock_0',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Paris","unit":"c"}' },
          },
        ],
      },
      finish_reason: 'tool_calls',
    });
    const streamed = assembleChatStream(
      await collectSse(await send(post(mock, '/chat/completions', { ...question, stream: true }))),
    );
    expect(streamed.toolCalls).toEqual(json.choices[0]?.message.tool_calls);
    expect(streamed.finishReason).toBe('tool_calls');
  });

  it('answers embeddings deterministically, as floats or base64, with similar texts closer', async () => {
    const { mock, send } = await start({ embeddingDimensions: 16 });
    const input = ['the cat sat on the mat', 'the cat sat on a mat', 'quarterly revenue grew'];
    const floats = await readJson<EmbeddingResponse>(
      await send(post(mock, '/embeddings', { model: 'emb', input })),
    );
    const vectors = floats.data.map((item) => item.embedding as number[]);
    expect(vectors[0]).toEqual(mockEmbedding(input[0]!, 16));
    expect(vectors[0]).toHaveLength(16);
    expect(Math.hypot(...vectors[0]!)).toBeCloseTo(1, 6);
    expect(dot(vectors[0]!, vectors[1]!)).toBeGreaterThan(dot(vectors[0]!, vectors[2]!));
    expect(floats).toMatchObject({ object: 'list', model: 'emb', usage: { prompt_tokens: 15 } });

    const base64Request = post(mock, '/embeddings', {
      model: 'emb',
      input: input[0],
      encoding_format: 'base64',
      dimensions: 4,
    });
    const encoded = await readJson<EmbeddingResponse>(await send(base64Request));
    const bytes = Buffer.from(encoded.data[0]?.embedding as string, 'base64');
    const decoded = Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4));
    expect(decoded).toEqual(Array.from(Float32Array.from(mockEmbedding(input[0]!, 4))));
  });

  it('lists models and answers one model or a 404', async () => {
    const { mock, send } = await start({ models: ['alpha', 'beta'] });
    const list = await readJson<ModelList>(await send(new Request(`${mock.baseURL}/models`)));
    expect(list.data.map((model) => model.id)).toEqual(['alpha', 'beta']);
    expect(await readJson<Model>(await send(new Request(`${mock.baseURL}/models/beta`)))).toMatchObject({
      id: 'beta',
      object: 'model',
    });
    const missing = await send(new Request(`${mock.baseURL}/models/gamma`));
    expect(missing.status).toBe(404);
    expect((await readJson<OpenAIErrorBody>(missing)).error.code).toBe('model_not_found');
  });

  it('generates images as URLs or base64 PNG data', async () => {
    const { mock, send } = await start();
    const urls = await readJson<ImagesResponse>(
      await send(post(mock, '/images/generations', { prompt: 'a yard', n: 2 })),
    );
    expect(urls.data).toEqual([
      { url: 'https://mock-provider.invalid/images/0-0.png', revised_prompt: 'a yard' },
      { url: 'https://mock-provider.invalid/images/0-1.png', revised_prompt: 'a yard' },
    ]);
    const data = await readJson<ImagesResponse>(
      await send(post(mock, '/images/generations', { prompt: 'a yard', response_format: 'b64_json' })),
    );
    expect(data.data[0]?.b64_json).toBe(mockImagePng);
  });

  it('speaks audio bytes and transcribes a multipart upload', async () => {
    const { mock, send } = await start();
    const speech = await send(
      post(mock, '/audio/speech', { model: 'tts-1', input: 'hello', voice: 'alloy' }),
    );
    expect(speech.headers.get('content-type')).toBe('audio/mpeg');
    expect(Buffer.from(await speech.arrayBuffer()).toString()).toBe('MOCK-AUDIO alloy: hello');

    const form = new FormData();
    form.append('model', 'whisper-1');
    form.append('file', new Blob([new Uint8Array(1234)], { type: 'audio/wav' }), 'clip.wav');
    const transcription = await send(
      new Request(`${mock.baseURL}/audio/transcriptions`, { method: 'POST', body: form }),
    );
    expect(await transcription.json()).toEqual({ text: 'Transcript of clip.wav (1234 bytes)' });
    expect(mock.requests[1]?.body).toEqual({
      model: 'whisper-1',
      file: { name: 'clip.wav', type: 'audio/wav', size: 1234 },
    });
  });

  it('answers OpenAI errors for bad bodies, unknown routes and wrong methods', async () => {
    const { mock, send } = await start();
    const noMessages = await send(post(mock, '/chat/completions', { model: 'm' }));
    expect(noMessages.status).toBe(400);
    expect((await readJson<OpenAIErrorBody>(noMessages)).error).toMatchObject({
      type: 'invalid_request_error',
      param: 'messages',
    });
    const notJson = await send(
      new Request(`${mock.baseURL}/chat/completions`, {
        method: 'POST',
        body: '{oops',
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(notJson.status).toBe(400);
    expect(mock.requests[1]?.body).toBe('{oops');
    const badMessage = await send(post(mock, '/chat/completions', { model: 'm', messages: [null] }));
    expect((await readJson<OpenAIErrorBody>(badMessage)).error.param).toBe('messages[0]');
    expect((await send(new Request(`${mock.baseURL}/nowhere`))).status).toBe(404);
    expect((await send(new Request(`${mock.baseURL}/chat/completions`))).status).toBe(405);
  });

  it('rejects invalid options with a TypeError naming the option', async () => {
    await expect(startMockProvider({ embeddingDimensions: 0 })).rejects.toThrow(
      'startMockProvider: embeddingDimensions must be an integer from 1 to 65536; got 0',
    );
    await expect(startMockProvider({ models: ['ok', ''] })).rejects.toThrow(TypeError);
    await expect(startMockProvider({ streamChunkDelayMs: -1 })).rejects.toThrow(/streamChunkDelayMs/);
  });
});

function dot(a: number[], b: number[]): number {
  return a.reduce((sum, value, index) => sum + value * (b[index] ?? 0), 0);
}
