import { type EmbeddingRequest, type EmbeddingResponse, RequestTranslationError } from '@switchyard/core';
import { embeddingResponse } from '@switchyard/core/internal';
import type { CohereEmbedRequest, CohereEmbedResponse } from './cohere-types.js';

/**
 * OpenAI's embeddings request as Cohere's `POST /v2/embed` body: `input` as `texts`, `dimensions` as
 * `output_dimension`, float embeddings asked for. Cohere's embedding models want to know what the
 * texts are for: the request's own `input_type` (a Cohere field OpenAI lacks) wins over `inputType`.
 *
 * @throws RequestTranslationError naming the parameter when `input` is not text.
 */
export function toCohereEmbed(
  request: EmbeddingRequest & { input_type?: unknown },
  inputType: string,
): CohereEmbedRequest {
  if (typeof request.model !== 'string' || request.model === '') {
    throw new RequestTranslationError('model', 'model must be a non-empty string');
  }
  const input = request.input;
  const texts = typeof input === 'string' ? [input] : input;
  if (!Array.isArray(texts) || texts.some((text) => typeof text !== 'string')) {
    throw new RequestTranslationError('input', 'Cohere embeds text: input must be a string or strings');
  }
  if (request.input_type !== undefined && typeof request.input_type !== 'string') {
    throw new RequestTranslationError('input_type', 'must be a string');
  }
  const body: CohereEmbedRequest = {
    model: request.model,
    texts: texts as string[],
    input_type: request.input_type ?? inputType,
    embedding_types: ['float'],
  };
  if (typeof request.dimensions === 'number') body.output_dimension = request.dimensions;
  return body;
}

/** Cohere's embed answer as OpenAI's embeddings answer, floats or base64 as the request asked. */
export function fromCohereEmbed(answer: CohereEmbedResponse, request: EmbeddingRequest): EmbeddingResponse {
  return embeddingResponse(
    answer.embeddings?.float ?? [],
    answer.meta?.billed_units?.input_tokens ?? 0,
    request.model,
    request.encoding_format,
  );
}
