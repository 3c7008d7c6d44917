import { ConfigError, compose, fetchTransport, toFetch } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import {
  chatCompletion,
  type NativeServer,
  nativeJson,
  scripted,
  startNativeServer,
} from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HostedPresetName, hostedPresetDefaults, hostedPresets } from './hosted-presets.js';
import { workersAI } from './workers-ai.js';

/** A model id each provider documents, in its own form. */
const documentedModels: Record<HostedPresetName, string> = {
  deepinfra: 'meta-llama/Meta-Llama-3.1-8B-Instruct',
  nebius: 'meta-llama/Meta-Llama-3.1-70B-Instruct',
  sambanova: 'Meta-Llama-3.3-70B-Instruct',
  hyperbolic: 'meta-llama/Llama-3.3-70B-Instruct',
  'novita-ai': 'meta-llama/llama-3.1-8b-instruct',
  huggingface: 'openai/gpt-oss-120b:cerebras',
  dashscope: 'qwen-plus',
  moonshot: 'kimi-k2-0905-preview',
  zhipu: 'glm-4.6',
  'z-ai': 'glm-4.6',
  siliconflow: 'deepseek-ai/DeepSeek-V3',
  github: 'openai/gpt-4.1',
  nscale: 'meta-llama/Llama-3.3-70B-Instruct',
  lambda: 'llama3.3-70b-instruct-fp8',
  'inference-net': 'meta-llama/llama-3.2-11b-instruct/fp-16',
  'featherless-ai': 'Qwen/Qwen2.5-7B-Instruct',
  upstage: 'solar-pro2',
  ai21: 'jamba-large',
  lepton: 'llama3-1-8b',
  jina: 'jina-embeddings-v3',
  voyage: 'voyage-3.5',
  ovhcloud: 'Meta-Llama-3_3-70B-Instruct',
  cometapi: 'gpt-5-mini',
  'kluster-ai': 'klusterai/Meta-Llama-3.1-8B-Instruct-Turbo',
  iointelligence: 'meta-llama/Llama-3.3-70B-Instruct',
};

const slugs = Object.keys(hostedPresets) as HostedPresetName[];

function chat(body: unknown): Request {
  return new Request('http://switchyard.local/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer caller-key' },
    body: JSON.stringify(body),
  });
}

describe('hosted presets through the openai SDK and a local server', () => {
  let server: NativeServer;
  beforeAll(async () => {
    server = await startNativeServer((request) => {
      const { model } = JSON.parse(request.body) as { model: string };
      return nativeJson(chatCompletion({ model, content: `hello from ${request.path}` }));
    });
  });
  afterAll(() => server.close());

  it.each(slugs)('%s: its path, its bearer key, its model id, its name', async (slug) => {
    const path = new URL(hostedPresetDefaults[slug].baseURL).pathname.replace(/\/$/, '');
    const provider = hostedPresets[slug]({ apiKey: `key-${slug}`, baseURL: `${server.url}${path}` });
    const client = new OpenAI({
      apiKey: 'not-sent',
      fetch: toFetch(compose(provider)(fetchTransport())),
      maxRetries: 0,
    });
    const { data, response } = await client.chat.completions
      .create({ model: documentedModels[slug], messages: [{ role: 'user', content: 'hi' }] })
      .withResponse();
    const sent = server.requests.at(-1)!;
    expect(sent.path).toBe(`${path}/chat/completions`);
    expect(sent.headers.authorization).toBe(`Bearer key-${slug}`);
    expect(JSON.parse(sent.body).model).toBe(documentedModels[slug]);
    expect(data.choices[0]?.message.content).toBe(`hello from ${path}/chat/completions`);
    expect(response.headers.get(responseHeaders.provider)).toBe(slug);
  });
});

describe('hosted preset defaults', () => {
  it.each(slugs)('%s sends to its documented base URL by default', async (slug) => {
    const transport = scripted([nativeResponse()]);
    await hostedPresets[slug]({ apiKey: 'k' })(transport)(
      chat({ model: documentedModels[slug], messages: [] }),
    );
    expect(transport.requests[0]!.url).toBe(`${hostedPresetDefaults[slug].baseURL}/chat/completions`);
  });

  it('requires a key, as a ConfigError naming the provider', () => {
    expect(() => hostedPresets.deepinfra({})).toThrow(
      new ConfigError(['deepinfra: apiKey must be a non-empty string']),
    );
    expect(() => hostedPresets.moonshot({ apiKey: 'k', baseURL: 'not a url' })).toThrow(ConfigError);
  });
});

function nativeResponse(): Response {
  return new Response(JSON.stringify(chatCompletion({ content: 'ok' })), {
    headers: { 'content-type': 'application/json' },
  });
}

describe('documented model-id forms and limits', () => {
  it.each([
    ['github', 'gpt-4.1', 'must be <publisher>/<model>, e.g. openai/gpt-4.1'],
    ['deepinfra', 'llama-3', 'must be <organization>/<model>, e.g. meta-llama/Llama-3.3-70B-Instruct'],
    [
      'huggingface',
      'openai/gpt-oss-120b:cerebras:x',
      'must be <organization>/<model>, optionally with :<provider>, :fastest or :cheapest',
    ],
  ] as const)('%s refuses model %s without a call', async (slug, model, rule) => {
    const transport = scripted([]);
    const response = await hostedPresets[slug]({ apiKey: 'k' })(transport)(chat({ model, messages: [] }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        message: `${slug}: model ${JSON.stringify(model)} ${rule}`,
        type: 'invalid_request_error',
        code: 'invalid_request',
        param: 'model',
      },
    });
    expect(transport.calls).toBe(0);
  });

  it.each([
    ['moonshot', { temperature: 1.5 }, 'temperature', 'temperature must be at most 1; got 1.5'],
    ['zhipu', { top_p: 2 }, 'top_p', 'top_p must be at most 1; got 2'],
    ['ai21', { n: 17 }, 'n', 'n must be at most 16; got 17'],
    ['ai21', { max_tokens: 5000 }, 'max_tokens', 'max_tokens must be at most 4096; got 5000'],
    ['dashscope', { n: 0 }, 'n', 'n must be at least 1; got 0'],
  ] as const)('%s refuses %j without a call', async (slug, params, param, message) => {
    const transport = scripted([]);
    const response = await hostedPresets[slug]({ apiKey: 'k' })(transport)(
      chat({ model: documentedModels[slug], messages: [], ...params }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; param: string } };
    expect(body.error).toMatchObject({ message: `${slug}: ${message}`, param });
    expect(transport.calls).toBe(0);
  });

  it('passes a request within the limits on untouched', async () => {
    const transport = scripted([nativeResponse()]);
    const text = JSON.stringify({ model: 'kimi-k2-0905-preview', messages: [], temperature: 1, n: 5 });
    const response = await hostedPresets.moonshot({ apiKey: 'k' })(transport)(
      new Request('http://x/v1/chat/completions', { method: 'POST', body: text }),
    );
    expect(response.status).toBe(200);
    expect(transport.requests[0]!.body).toBe(text);
  });

  it('refuses an embeddings batch above the provider limit', async () => {
    const transport = scripted([]);
    const response = await hostedPresets.dashscope({ apiKey: 'k' })(transport)(
      new Request('http://x/v1/embeddings', {
        method: 'POST',
        body: JSON.stringify({ model: 'text-embedding-v3', input: Array(11).fill('a') }),
      }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      'dashscope: input holds 11 items; at most 10 per request',
    );
  });

  it('drops what SambaNova does not support', async () => {
    const transport = scripted([nativeResponse()]);
    await hostedPresets.sambanova({ apiKey: 'k' })(transport)(
      chat({ model: 'DeepSeek-R1', messages: [], logprobs: true, n: 2, temperature: 0.2 }),
    );
    expect(JSON.parse(transport.requests[0]!.body)).toEqual({
      model: 'DeepSeek-R1',
      messages: [],
      temperature: 0.2,
    });
  });
});

describe('workersAI', () => {
  const account = '023e105f4ecef8ad9ca31a8372d0c353';

  it("sends to the account's OpenAI-compatible endpoints", async () => {
    const transport = scripted([nativeResponse()]);
    const response = await workersAI({ apiKey: 'cf-token', accountId: account })(transport)(
      chat({ model: '@cf/meta/llama-3.1-8b-instruct', messages: [] }),
    );
    expect(response.status).toBe(200);
    expect(transport.requests[0]!.url).toBe(
      `https://api.cloudflare.com/client/v4/accounts/${account}/ai/v1/chat/completions`,
    );
    expect(transport.requests[0]!.headers.get('authorization')).toBe('Bearer cf-token');
  });

  it('refuses a model id that is not @cf/ or @hf/, and endpoints Workers AI lacks', async () => {
    const transport = scripted([]);
    const provider = workersAI({ apiKey: 'k', accountId: account })(transport);
    expect((await provider(chat({ model: 'llama-3.1-8b', messages: [] }))).status).toBe(400);
    const images = await provider(
      new Request('http://x/v1/images/generations', { method: 'POST', body: '{}' }),
    );
    expect(images.status).toBe(404);
    expect(transport.calls).toBe(0);
  });

  it('needs an account id of 32 hex digits unless given a baseURL', () => {
    expect(() => workersAI({ apiKey: 'k', accountId: 'acme' })).toThrow(
      new ConfigError([
        'workers-ai: accountId must be the Cloudflare account id (32 hex digits) when no baseURL is given',
      ]),
    );
    expect(() => workersAI({ apiKey: 'k', baseURL: 'http://127.0.0.1:1/ai/v1' })).not.toThrow();
  });
});

describe('rerank in Cohere shape', () => {
  function rerank(body: unknown): Request {
    return new Request('http://switchyard.local/v1/rerank', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  it('passes Jina rerank through: Jina speaks Cohere shape', async () => {
    const jinaAnswer = {
      model: 'jina-reranker-v2-base-multilingual',
      usage: { total_tokens: 15 },
      results: [{ index: 1, relevance_score: 0.92, document: { text: 'Paris' } }],
    };
    const transport = scripted([
      new Response(JSON.stringify(jinaAnswer), { headers: { 'content-type': 'application/json' } }),
    ]);
    const body = {
      model: 'jina-reranker-v2-base-multilingual',
      query: 'capital of France',
      documents: ['Berlin', 'Paris'],
      top_n: 1,
    };
    const response = await hostedPresets.jina({ apiKey: 'jina-key' })(transport)(rerank(body));
    expect(transport.requests[0]!.url).toBe('https://api.jina.ai/v1/rerank');
    expect(JSON.parse(transport.requests[0]!.body)).toEqual(body);
    expect(await response.json()).toEqual(jinaAnswer);
  });

  it("translates Voyage's top_k and data to Cohere's top_n and results", async () => {
    // Voyage's documented rerank answer.
    const voyageAnswer = {
      object: 'list',
      data: [
        { relevance_score: 0.4375, index: 1, document: 'Paris' },
        { relevance_score: 0.421875, index: 0, document: 'Berlin' },
      ],
      model: 'rerank-2.5',
      usage: { total_tokens: 26 },
    };
    const transport = scripted([
      new Response(JSON.stringify(voyageAnswer), { headers: { 'content-type': 'application/json' } }),
    ]);
    const response = await hostedPresets.voyage({ apiKey: 'pa-key' })(transport)(
      rerank({
        model: 'rerank-2.5',
        query: 'capital of France',
        documents: ['Berlin', { text: 'Paris' }],
        top_n: 2,
        return_documents: true,
      }),
    );
    expect(transport.requests[0]!.url).toBe('https://api.voyageai.com/v1/rerank');
    expect(transport.requests[0]!.headers.get('authorization')).toBe('Bearer pa-key');
    expect(JSON.parse(transport.requests[0]!.body)).toEqual({
      model: 'rerank-2.5',
      query: 'capital of France',
      documents: ['Berlin', 'Paris'],
      top_k: 2,
      return_documents: true,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      model: 'rerank-2.5',
      results: [
        { index: 1, relevance_score: 0.4375, document: { text: 'Paris' } },
        { index: 0, relevance_score: 0.421875, document: { text: 'Berlin' } },
      ],
      usage: { total_tokens: 26 },
    });
  });

  it("keeps a Voyage error in OpenAI's shape", async () => {
    const transport = scripted([
      new Response(JSON.stringify({ detail: 'Provided API key is invalid.' }), {
        status: 401,
        headers: { 'content-type': 'application/json' },
      }),
    ]);
    const response = await hostedPresets.voyage({ apiKey: 'bad' })(transport)(
      rerank({ model: 'rerank-2.5', query: 'q', documents: ['a'] }),
    );
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      'Provided API key is invalid.',
    );
  });
});
