import { compose, fetchTransport, toFetch } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import {
  chatCompletion,
  chatCompletionChunks,
  type NativeAnswer,
  type NativeServer,
  scripted,
  sseText,
  startNativeServer,
} from '@switchyard/testing';
import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openai } from './openai.js';

const apiKey = 'sk-proj-test-secret-key';

describe('openai through the official SDK against a local OpenAI-shaped server', () => {
  let server: NativeServer;
  let client: OpenAI;
  const answers = new Map<string, NativeAnswer>();

  beforeAll(async () => {
    server = await startNativeServer((request) => {
      const path = request.path.split('?')[0]!;
      return (
        answers.get(`${request.method} ${path}`) ?? { status: 404, body: '{"error":{"message":"no route"}}' }
      );
    });
    const pipeline = compose(
      openai({ apiKey, baseURL: `${server.url}/v1`, organization: 'org-123', project: 'proj-456' }),
    )(fetchTransport());
    client = new OpenAI({
      apiKey: 'caller-key',
      baseURL: 'http://switchyard.local/v1',
      fetch: toFetch(pipeline),
      maxRetries: 0,
    });
  });
  afterAll(() => server.close());

  it('sends chat completions to baseURL with its own key and org/project headers', async () => {
    answers.set('POST /v1/chat/completions', {
      body: JSON.stringify(chatCompletion({ content: 'Hi there' })),
    });
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(completion.choices[0]!.message.content).toBe('Hi there');
    const sent = server.requests.at(-1)!;
    expect(sent.headers.authorization).toBe(`Bearer ${apiKey}`);
    expect(sent.headers['openai-organization']).toBe('org-123');
    expect(sent.headers['openai-project']).toBe('proj-456');
    expect(JSON.parse(sent.body)).toEqual({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hi' }],
    });
  });

  it('passes a stream through untouched', async () => {
    const chunks = chatCompletionChunks({ content: 'one two three' });
    answers.set('POST /v1/chat/completions', {
      headers: { 'content-type': 'text/event-stream' },
      body: sseText(chunks).split(/(?<=\n\n)/),
    });
    const stream = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'count' }],
      stream: true,
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe('one two three');
  });

  it('passes embeddings, images, speech, transcriptions and models', async () => {
    answers.set('POST /v1/embeddings', {
      body: JSON.stringify({
        object: 'list',
        data: [{ object: 'embedding', index: 0, embedding: [0.1, 0.2] }],
        model: 'text-embedding-3-small',
        usage: { prompt_tokens: 2, total_tokens: 2 },
      }),
    });
    const embedding = await client.embeddings.create({
      model: 'text-embedding-3-small',
      input: 'hi',
      encoding_format: 'float',
    });
    expect(embedding.data[0]!.embedding).toEqual([0.1, 0.2]);

    answers.set('POST /v1/images/generations', {
      body: JSON.stringify({ created: 1, data: [{ url: 'https://img/1.png' }] }),
    });
    const image = await client.images.generate({ model: 'dall-e-3', prompt: 'a cat' });
    expect(image.data?.[0]?.url).toBe('https://img/1.png');

    answers.set('POST /v1/audio/speech', {
      headers: { 'content-type': 'audio/mpeg' },
      body: 'ID3-audio-bytes',
    });
    const speech = await client.audio.speech.create({ model: 'tts-1', voice: 'alloy', input: 'hello' });
    expect(speech.headers.get('content-type')).toBe('audio/mpeg');
    expect(await speech.text()).toBe('ID3-audio-bytes');

    answers.set('POST /v1/audio/transcriptions', { body: JSON.stringify({ text: 'hello world' }) });
    const transcription = await client.audio.transcriptions.create({
      model: 'whisper-1',
      file: await toFile(Buffer.from('RIFF-fake-wav'), 'a.wav'),
    });
    expect(transcription.text).toBe('hello world');
    const upload = server.requests.at(-1)!;
    expect(upload.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload.body).toContain('RIFF-fake-wav');
    expect(upload.headers.authorization).toBe(`Bearer ${apiKey}`);

    answers.set('GET /v1/models', {
      body: JSON.stringify({
        object: 'list',
        data: [{ id: 'gpt-4o', object: 'model', created: 1, owned_by: 'openai' }],
      }),
    });
    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toEqual(['gpt-4o']);
  });

  it('keeps OpenAI errors as the SDK expects them', async () => {
    answers.set('POST /v1/chat/completions', {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '2' },
      body: JSON.stringify({
        error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded', param: null },
      }),
    });
    const error = await client.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error).toMatchObject({ code: 'rate_limit_exceeded', message: '429 Rate limit reached' });
    expect(String(error)).not.toContain(apiKey);
  });
});

describe('openai routing and headers', () => {
  it('sends any path after /v1/ to the same place, keeping the query string', async () => {
    const transport = scripted([Response.json({}), Response.json({}), Response.json({})]);
    const handler = openai({ apiKey })(transport);
    await handler(new Request('http://proxy.local/gateway/v1/files/file-abc/content?x=1'));
    await handler(new Request('http://proxy.local/chat/completions', { method: 'POST', body: '{}' }));
    // A fragment is never part of the path or query.
    await handler(new Request('http://proxy.local/v1/models#top'));
    expect(transport.requests.map((request) => request.url)).toEqual([
      'https://api.openai.com/v1/files/file-abc/content?x=1',
      'https://api.openai.com/v1/chat/completions',
      'https://api.openai.com/v1/models',
    ]);
  });

  it('replaces the caller authorization and never forwards api-key style headers', async () => {
    const transport = scripted([Response.json({})]);
    await openai({ apiKey })(transport)(
      new Request('http://x/v1/chat/completions', {
        method: 'POST',
        body: '{}',
        headers: {
          authorization: 'Bearer caller',
          'api-key': 'caller-azure',
          'x-api-key': 'caller-anthropic',
          'x-custom': 'kept',
        },
      }),
    );
    const headers = transport.requests[0]!.headers;
    expect(headers.get('authorization')).toBe(`Bearer ${apiKey}`);
    expect(headers.get('api-key')).toBeNull();
    expect(headers.get('x-api-key')).toBeNull();
    expect(headers.get('x-custom')).toBe('kept');
  });

  it('sets x-switchyard-provider on answers', async () => {
    const transport = scripted([
      new Response('{}', { headers: { 'content-type': 'application/json', 'x-request-id': 'r1' } }),
    ]);
    const response = await openai({ apiKey })(transport)(new Request('http://x/v1/models'));
    expect(response.headers.get(responseHeaders.provider)).toBe('openai');
    expect(response.headers.get('x-request-id')).toBe('r1');
    expect(response.headers.get('content-type')).toBe('application/json');
  });

  it('answers 404 without a call for a path it cannot place', async () => {
    const transport = scripted([]);
    const response = await openai({ apiKey })(transport)(new Request('http://x/health'));
    expect(response.status).toBe(404);
    expect(transport.calls).toBe(0);
  });

  it.each([
    [{ apiKey: '' }, 'openai: apiKey must be a non-empty string'],
    [{ apiKey, organization: '' }, 'openai: organization must be a non-empty string'],
    [{ apiKey, baseURL: 'ftp://x' }, 'openai.baseURL must use http or https; got ftp:'],
  ])('rejects %o at factory time', (options, message) => {
    expect(() => openai(options)).toThrow(new TypeError(message));
  });
});
