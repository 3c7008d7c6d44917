import { compose, fetchTransport, toFetch } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import {
  chatCompletionChunks,
  fixtureFiles,
  type NativeAnswer,
  type NativeServer,
  scripted,
  sseText,
  startNativeServer,
} from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { azureAIInference } from './azure-ai-inference.js';
import { azureOpenAI } from './azure-openai.js';

const { text: fixtureText } = fixtureFiles(new URL('./fixtures/', import.meta.url));

const apiKey = 'azure-test-secret-key';

function chat(body: unknown = { model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] }): Request {
  return new Request('http://switchyard.local/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer caller-key' },
    body: JSON.stringify(body),
  });
}

describe('azureOpenAI against a local server, with the openai SDK as the client', () => {
  let server: NativeServer;
  let answer: NativeAnswer;
  let client: OpenAI;

  beforeAll(async () => {
    server = await startNativeServer(() => answer);
    const pipeline = compose(
      azureOpenAI({ baseURL: `${server.url}/openai`, deploymentId: 'gpt4o-prod', apiKey }),
    )(fetchTransport());
    client = new OpenAI({
      apiKey: 'caller-key',
      baseURL: 'http://switchyard.local/v1',
      fetch: toFetch(pipeline),
      maxRetries: 0,
    });
  });
  afterAll(() => server.close());

  it('sends chat to the deployment path with api-version and api-key, and keeps Azure content filter fields', async () => {
    answer = { body: fixtureText('azure-chat-content-filter.json') };
    const completion = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hi' }],
    });
    const sent = server.requests.at(-1)!;
    expect(sent.path).toBe('/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21');
    expect(sent.headers['api-key']).toBe(apiKey);
    expect(sent.headers.authorization).toBeUndefined();
    expect(completion.choices[0]!.message.content).toBe('Hello from Azure.');
    expect(
      (completion as unknown as { prompt_filter_results: unknown[] }).prompt_filter_results,
    ).toHaveLength(1);
  });

  it('streams through', async () => {
    answer = {
      headers: { 'content-type': 'text/event-stream' },
      body: sseText(chatCompletionChunks({ content: 'streamed from azure' })).split(/(?<=\n\n)/),
    };
    const stream = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe('streamed from azure');
  });

  it('turns a content filter error into an OpenAI error the SDK raises as BadRequestError', async () => {
    answer = { status: 400, body: fixtureText('azure-content-filter-error.json') };
    const error = await client.chat.completions
      .create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'bad' }] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error).toMatchObject({ code: 'content_filter', param: 'prompt', type: 'invalid_request_error' });
    expect(String(error)).not.toContain(apiKey);
  });

  it('sends embeddings to the deployment and models to /openai/models', async () => {
    answer = {
      body: JSON.stringify({
        object: 'list',
        data: [{ object: 'embedding', index: 0, embedding: [1, 2] }],
        model: 'text-embedding-3-small',
        usage: { prompt_tokens: 1, total_tokens: 1 },
      }),
    };
    await client.embeddings.create({ model: 'text-embedding-3-small', input: 'x', encoding_format: 'float' });
    expect(server.requests.at(-1)!.path).toBe(
      '/openai/deployments/gpt4o-prod/embeddings?api-version=2024-10-21',
    );
    answer = { body: JSON.stringify({ object: 'list', data: [] }) };
    await client.models.list();
    expect(server.requests.at(-1)!.path).toBe('/openai/models?api-version=2024-10-21');
  });
});

describe('azureOpenAI options and auth', () => {
  it('builds the URL from resourceName, and from endpoint', async () => {
    const transport = scripted([Response.json({}), Response.json({})]);
    await azureOpenAI({
      resourceName: 'my-res',
      deploymentId: 'dep',
      apiKey,
      apiVersion: '2025-01-01-preview',
    })(transport)(chat());
    await azureOpenAI({
      endpoint: 'https://other.cognitiveservices.azure.com/',
      deploymentId: 'dep 1',
      apiKey,
    })(transport)(chat());
    expect(transport.requests.map((request) => request.url)).toEqual([
      'https://my-res.openai.azure.com/openai/deployments/dep/chat/completions?api-version=2025-01-01-preview',
      'https://other.cognitiveservices.azure.com/openai/deployments/dep%201/chat/completions?api-version=2024-10-21',
    ]);
  });

  it("uses Azure's v1 API when apiVersion is 'v1': no deployment path, no api-version", async () => {
    const transport = scripted([Response.json({}), Response.json({})]);
    const handler = azureOpenAI({ resourceName: 'my-res', apiVersion: 'v1', apiKey })(transport);
    await handler(chat({ model: 'my-gpt-4o-deployment', messages: [] }));
    await handler(new Request('http://x/v1/models'));
    expect(transport.requests.map((request) => request.url)).toEqual([
      'https://my-res.openai.azure.com/openai/v1/chat/completions',
      'https://my-res.openai.azure.com/openai/v1/models',
    ]);
    expect(JSON.parse(transport.requests[0]!.body).model).toBe('my-gpt-4o-deployment');
  });

  it('sends an Entra token as a bearer, asking the token function on every request', async () => {
    let calls = 0;
    const transport = scripted([Response.json({}), Response.json({})]);
    const handler = azureOpenAI({
      resourceName: 'r',
      deploymentId: 'd',
      entraToken: async () => `token-${++calls}`,
    })(transport);
    await handler(chat());
    const response = await handler(chat());
    expect(transport.requests.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
    expect(transport.requests[0]!.headers.get('api-key')).toBeNull();
    expect(response.headers.get(responseHeaders.provider)).toBe('azure-openai');
  });

  it.each([
    [{ deploymentId: 'd', apiKey }, 'azureOpenAI: give exactly one of resourceName, endpoint or baseURL'],
    [
      { resourceName: 'r', endpoint: 'https://x', deploymentId: 'd', apiKey },
      'azureOpenAI: give exactly one of resourceName, endpoint or baseURL',
    ],
    [
      { resourceName: 'my.res', deploymentId: 'd', apiKey },
      'azureOpenAI: resourceName must be letters, digits and hyphens; got "my.res"',
    ],
    [
      { resourceName: 'r', deploymentId: '', apiKey },
      "azureOpenAI: deploymentId must be a non-empty string (it may be left out only with apiVersion 'v1')",
    ],
    [
      { resourceName: 'r', apiKey },
      "azureOpenAI: deploymentId must be a non-empty string (it may be left out only with apiVersion 'v1')",
    ],
    [{ resourceName: 'r', deploymentId: 'd' }, 'azureOpenAI: apiKey or entraToken is required'],
    [
      { resourceName: 'r', deploymentId: 'd', apiKey, entraToken: 't' },
      'azureOpenAI: give apiKey or entraToken, not both',
    ],
  ])('rejects %o at factory time', (options, message) => {
    expect(() => azureOpenAI(options as never)).toThrow(new TypeError(message));
  });
});

describe('azureAIInference', () => {
  it('sends chat to <endpoint>/chat/completions with api-version and both key headers', async () => {
    const transport = scripted([
      new Response('{"id":"c"}', { headers: { 'content-type': 'application/json' } }),
    ]);
    const response = await azureAIInference({
      endpoint: 'https://my-res.services.ai.azure.com/models',
      apiKey,
      extraParameters: 'drop',
    })(transport)(chat({ model: 'Mistral-Large-2411', messages: [{ role: 'user', content: 'Hi' }] }));
    const sent = transport.requests[0]!;
    expect(sent.url).toBe(
      'https://my-res.services.ai.azure.com/models/chat/completions?api-version=2024-05-01-preview',
    );
    expect(sent.headers.get('api-key')).toBe(apiKey);
    expect(sent.headers.get('authorization')).toBe(`Bearer ${apiKey}`);
    expect(sent.headers.get('extra-parameters')).toBe('drop');
    expect(JSON.parse(sent.body).model).toBe('Mistral-Large-2411');
    expect(response.headers.get(responseHeaders.provider)).toBe('azure-ai-inference');
  });

  it('answers /models from GET /info', async () => {
    const transport = scripted([
      new Response(
        JSON.stringify({
          model_name: 'Phi-4',
          model_type: 'chat-completion',
          model_provider_name: 'Microsoft',
        }),
      ),
    ]);
    const response = await azureAIInference({ endpoint: 'https://x.services.ai.azure.com/models', apiKey })(
      transport,
    )(new Request('http://x/v1/models'));
    expect(transport.requests[0]!.url).toBe(
      'https://x.services.ai.azure.com/models/info?api-version=2024-05-01-preview',
    );
    expect(await response.json()).toEqual({
      object: 'list',
      data: [{ id: 'Phi-4', object: 'model', created: 0, owned_by: 'Microsoft' }],
    });
  });

  it('normalises its errors and refuses endpoints it does not have', async () => {
    const transport = scripted([
      new Response(
        JSON.stringify({
          error: { code: 'Unauthorized', message: 'Access denied due to invalid subscription key' },
        }),
        {
          status: 401,
        },
      ),
    ]);
    const handler = azureAIInference({ endpoint: 'https://x.services.ai.azure.com/models', apiKey })(
      transport,
    );
    const denied = await handler(chat());
    expect(denied.status).toBe(401);
    expect(await denied.json()).toEqual({
      error: {
        message: 'Access denied due to invalid subscription key',
        type: 'authentication_error',
        code: 'Unauthorized',
        param: null,
      },
    });
    const images = await handler(
      new Request('http://x/v1/images/generations', { method: 'POST', body: '{}' }),
    );
    expect(images.status).toBe(404);
    expect(transport.calls).toBe(1);
  });

  it.each([
    [{ apiKey }, 'azureAIInference: endpoint is required'],
    [
      { endpoint: 'https://x', apiKey, extraParameters: 'keep' },
      `azureAIInference: extraParameters must be 'pass-through', 'drop' or 'error'; got "keep"`,
    ],
    [
      { endpoint: 'https://x', entraToken: '' },
      'azureAIInference: entraToken must be a non-empty string or a function returning one',
    ],
  ])('rejects %o at factory time', (options, message) => {
    expect(() => azureAIInference(options as never)).toThrow(new TypeError(message));
  });
});
