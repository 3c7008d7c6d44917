import type { Handler } from '@switchyard/core';
import { parseBaseURL } from '@switchyard/core/internal';
import type { Embedder } from './embedder.js';
import { checkDimensions, checkVectors } from './embedder.js';

/** Vector lengths of OpenAI's embedding models, so `dimensions` can be left out for them. */
const knownDimensions: Readonly<Record<string, number>> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};

/** Options of `pipelineEmbedder`. */
export interface PipelineEmbedderOptions {
  /** The pipeline that serves `/v1/embeddings` (e.g. `compose(retry(), openai({ apiKey }))(transport)`). Required. */
  handler: Handler;
  /** The embedding model, e.g. `text-embedding-3-small`. Required. */
  model: string;
  /** The API root requests are addressed to. Default: `https://api.openai.com/v1`. */
  baseURL?: string | URL;
  /**
   * The vector length. Default: the model's own for OpenAI's models; required for others. When
   * given for a `text-embedding-3-*` model it is also sent, so the API shortens its vectors.
   */
  dimensions?: number;
}

interface EmbeddingsResponse {
  data?: { index?: number; embedding?: number[] }[];
}

/**
 * An embedder that calls an OpenAI-compatible `/v1/embeddings` through a Switchyard pipeline, so
 * the provider's auth, retries and tracing apply to embedding calls too.
 *
 * @throws TypeError at creation when an option is invalid.
 */
export function pipelineEmbedder(options: PipelineEmbedderOptions): Embedder {
  if (typeof options?.handler !== 'function') {
    throw new TypeError('pipelineEmbedder: handler must be a function (a Switchyard Handler)');
  }
  if (typeof options.model !== 'string' || options.model.length === 0) {
    throw new TypeError(
      `pipelineEmbedder: model must be a non-empty string; got ${JSON.stringify(options.model)}`,
    );
  }
  const base = parseBaseURL('pipelineEmbedder', options.baseURL ?? 'https://api.openai.com/v1');
  const known = knownDimensions[options.model];
  if (options.dimensions === undefined && known === undefined) {
    throw new TypeError(
      `pipelineEmbedder: dimensions is required for model ${JSON.stringify(options.model)}`,
    );
  }
  const dimensions = checkDimensions('pipelineEmbedder', options.dimensions ?? known);
  const sendDimensions = options.dimensions !== undefined && options.model.startsWith('text-embedding-3');
  const url = `${base.href.replace(/\/$/, '')}/embeddings`;
  const { handler, model } = options;
  return {
    id: `pipeline:${model}:${dimensions}`,
    dimensions,
    async embed(texts) {
      if (texts.length === 0) return [];
      const body: Record<string, unknown> = { model, input: texts, encoding_format: 'float' };
      if (sendDimensions) body.dimensions = dimensions;
      const response = await handler(
        new Request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      );
      if (!response.ok) {
        // Only the error's type and code: provider messages may echo part of the API key.
        const error = (await response.json().catch(() => undefined)) as
          | { error?: { type?: unknown; code?: unknown } }
          | undefined;
        const kind = [error?.error?.type, error?.error?.code].filter((part) => typeof part === 'string');
        const detail = kind.length > 0 ? ` (${kind.join(', ')})` : '';
        throw new Error(`pipelineEmbedder: POST ${url} answered ${response.status}${detail}`);
      }
      const parsed = (await response.json()) as EmbeddingsResponse;
      const data = Array.isArray(parsed.data) ? [...parsed.data] : [];
      data.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
      return checkVectors(
        `pipelineEmbedder (${model})`,
        dimensions,
        texts.length,
        data.map((item) => item.embedding ?? []),
      );
    },
  };
}
