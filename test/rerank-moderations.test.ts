// Rerank (`POST /v1/rerank`, Cohere's shape) and moderations (`POST /v1/moderations`, passed through)
// with the client in process and through a running gateway, against local servers answering as
// Cohere, Jina, Voyage and OpenAI document.
import { createClient } from '@switchyard/client';
import { createVault } from '@switchyard/config';
import { type RunningGateway, serve } from '@switchyard/server';
import {
  type NativeServer,
  type NativeServerRequest,
  nativeJson,
  startNativeServer,
} from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cohereRerank = {
  id: '07734bd2-2473-4f07-94e1-0d9f0e6843cf',
  results: [
    { index: 1, relevance_score: 0.999071 },
    { index: 0, relevance_score: 0.32713068 },
  ],
  meta: { api_version: { version: '2' }, billed_units: { search_units: 1 } },
};
const jinaRerank = {
  model: 'jina-reranker-v2-base-multilingual',
  usage: { total_tokens: 18 },
  results: [
    { index: 1, relevance_score: 0.91, document: { text: 'Paris is the capital of France.' } },
    { index: 0, relevance_score: 0.12, document: { text: 'Berlin is in Germany.' } },
  ],
};
const voyageRerank = {
  object: 'list',
  data: [
    { relevance_score: 0.4375, index: 1 },
    { relevance_score: 0.421875, index: 0 },
  ],
  model: 'rerank-2.5',
  usage: { total_tokens: 26 },
};
const moderation = {
  id: 'modr-970d409ef3bef3b70c73d8232df86e7d',
  model: 'omni-moderation-latest',
  results: [
    {
      flagged: true,
      categories: { violence: true, harassment: false },
      category_scores: { violence: 0.86, harassment: 0.0001 },
      category_applied_input_types: { violence: ['text'], harassment: ['text'] },
    },
  ],
};

function answer(request: NativeServerRequest) {
  if (request.path === '/cohere/v2/rerank') return nativeJson(cohereRerank);
  if (request.path === '/jina/v1/rerank') return nativeJson(jinaRerank);
  if (request.path === '/voyage/v1/rerank') return nativeJson(voyageRerank);
  if (request.path === '/openai/v1/moderations') return nativeJson(moderation);
  return nativeJson({ error: { message: `unexpected ${request.path}` } }, 404);
}

const documents = ['Berlin is in Germany.', 'Paris is the capital of France.'];
const query = 'capital of France';

let server: NativeServer;
let gateway: RunningGateway;
let vault: ReturnType<typeof createVault>;

beforeAll(async () => {
  server = await startNativeServer(answer);
  vault = createVault({
    cohere: { provider: 'cohere', api_key: 'co-key', custom_host: `${server.url}/cohere` },
    jina: { provider: 'jina', api_key: 'jina-key', custom_host: `${server.url}/jina/v1` },
    voyage: { provider: 'voyage', api_key: 'pa-key', custom_host: `${server.url}/voyage/v1` },
    openai: { provider: 'openai', api_key: 'sk-openai', custom_host: `${server.url}/openai/v1` },
  });
  gateway = await serve({ port: 0, log: () => {}, vault });
});

afterAll(async () => {
  await gateway.close(1_000);
  await server.close();
});

const lastSent = () => server.requests.at(-1)!;

describe.each([
  ['in process', () => ({ vault })],
  ['through the gateway', () => ({ baseURL: `${gateway.url}/v1` })],
])('%s', (_, where) => {
  it('reranks with Cohere', async () => {
    const client = createClient({ ...where(), virtualKey: 'cohere' });
    const ranked = await client.rerank.create({ model: 'rerank-v3.5', query, documents, top_n: 2 });
    expect(lastSent().path).toBe('/cohere/v2/rerank');
    expect(lastSent().headers.authorization).toBe('Bearer co-key');
    expect(JSON.parse(lastSent().body)).toEqual({ model: 'rerank-v3.5', query, documents, top_n: 2 });
    expect(ranked.results).toEqual(cohereRerank.results);
  });

  it('reranks with Jina', async () => {
    const client = createClient({ ...where(), virtualKey: 'jina' });
    const ranked = await client.rerank.create({
      model: 'jina-reranker-v2-base-multilingual',
      query,
      documents,
      top_n: 2,
      return_documents: true,
    });
    expect(lastSent().path).toBe('/jina/v1/rerank');
    expect(lastSent().headers.authorization).toBe('Bearer jina-key');
    expect(ranked.results.map((result) => result.document?.text)).toEqual([
      'Paris is the capital of France.',
      'Berlin is in Germany.',
    ]);
  });

  it('reranks with Voyage, translated to and from its shape', async () => {
    const client = createClient({ ...where(), virtualKey: 'voyage' });
    const ranked = await client.rerank.create({ model: 'rerank-2.5', query, documents, top_n: 2 });
    expect(lastSent().path).toBe('/voyage/v1/rerank');
    expect(JSON.parse(lastSent().body)).toEqual({ model: 'rerank-2.5', query, documents, top_k: 2 });
    expect(ranked.results).toEqual([
      { index: 1, relevance_score: 0.4375 },
      { index: 0, relevance_score: 0.421875 },
    ]);
  });

  it('passes moderations through to OpenAI', async () => {
    const client = createClient({ ...where(), virtualKey: 'openai' });
    const result = await client.moderations.create({
      model: 'omni-moderation-latest',
      input: 'I will hurt you',
    });
    expect(lastSent().path).toBe('/openai/v1/moderations');
    expect(lastSent().headers.authorization).toBe('Bearer sk-openai');
    expect(JSON.parse(lastSent().body)).toEqual({
      model: 'omni-moderation-latest',
      input: 'I will hurt you',
    });
    expect(result).toEqual(moderation);
  });

  it('answers 404 for moderations from a provider without them', async () => {
    const client = createClient({ ...where(), virtualKey: 'cohere' });
    const error = await client.moderations
      .create({ model: 'omni-moderation-latest', input: 'hi' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 404 });
  });
});
