import { jsonResponse, openaiErrorResponse, scripted } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { pipelineEmbedder } from './pipeline-embedder.js';

describe('pipelineEmbedder', () => {
  it('calls /v1/embeddings through the handler and returns the vectors in input order', async () => {
    const handler = scripted([
      jsonResponse({
        object: 'list',
        data: [
          { object: 'embedding', index: 1, embedding: [0, 1, 0] },
          { object: 'embedding', index: 0, embedding: [1, 0, 0] },
        ],
      }),
    ]);
    const embedder = pipelineEmbedder({ handler, model: 'text-embedding-3-small', dimensions: 3 });
    const vectors = await embedder.embed(['first', 'second']);
    expect(vectors.map((vector) => [...vector])).toEqual([
      [1, 0, 0],
      [0, 1, 0],
    ]);
    expect(vectors[0]).toBeInstanceOf(Float32Array);
    const [request] = handler.requests;
    expect(request?.url).toBe('https://api.openai.com/v1/embeddings');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      model: 'text-embedding-3-small',
      input: ['first', 'second'],
      encoding_format: 'float',
      dimensions: 3,
    });
    expect(embedder.id).toBe('pipeline:text-embedding-3-small:3');
  });

  it('knows the dimensions of OpenAI models and uses the baseURL given', async () => {
    const handler = scripted([jsonResponse({ data: [{ index: 0, embedding: new Array(1536).fill(0.5) }] })]);
    const embedder = pipelineEmbedder({
      handler,
      model: 'text-embedding-3-small',
      baseURL: 'http://127.0.0.1:9/v1',
    });
    expect(embedder.dimensions).toBe(1536);
    await embedder.embed(['x']);
    expect(handler.requests[0]?.url).toBe('http://127.0.0.1:9/v1/embeddings');
    expect(JSON.parse(handler.requests[0]?.body ?? '')).not.toHaveProperty('dimensions');
  });

  it('fails with the status and error type, never the provider message (it may echo the key)', async () => {
    const handler = scripted([openaiErrorResponse(401, 'Incorrect API key provided: sk-abc***xyz')]);
    const embedder = pipelineEmbedder({ handler, model: 'text-embedding-3-small' });
    const failure = embedder.embed(['x']);
    await expect(failure).rejects.toThrow(
      'pipelineEmbedder: POST https://api.openai.com/v1/embeddings answered 401 (authentication_error)',
    );
    await expect(failure).rejects.not.toThrow(/sk-/);
  });

  it('rejects vectors of the wrong length or count', async () => {
    const handler = scripted([
      jsonResponse({ data: [{ index: 0, embedding: [1, 2] }] }),
      jsonResponse({ data: [] }),
    ]);
    const embedder = pipelineEmbedder({ handler, model: 'my-model', dimensions: 3 });
    await expect(embedder.embed(['x'])).rejects.toThrow(
      'pipelineEmbedder (my-model): vector 0 must have 3 dimensions; got 2',
    );
    await expect(embedder.embed(['x'])).rejects.toThrow(
      'pipelineEmbedder (my-model) must return 1 vectors; got 0 vectors',
    );
  });

  it('validates its options', () => {
    const handler = scripted([]);
    expect(() => pipelineEmbedder({ handler, model: 'my-model' })).toThrow(
      'pipelineEmbedder: dimensions is required for model "my-model"',
    );
    expect(() => pipelineEmbedder({ handler, model: '' })).toThrow(
      'pipelineEmbedder: model must be a non-empty string; got ""',
    );
    expect(() => pipelineEmbedder({ handler: undefined as never, model: 'm' })).toThrow(
      'pipelineEmbedder: handler must be a function (a Switchyard Handler)',
    );
  });
});
