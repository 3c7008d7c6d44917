import type { EmbeddingRequest, EmbeddingResponse } from './openai-types.js';

/**
 * The OpenAI embeddings answer for `vectors` (in input order), as float arrays or, for
 * `encoding: 'base64'`, base64 of little-endian float32 values as OpenAI sends them. Default
 * encoding: floats. `total_tokens` equals `promptTokens`.
 */
export function embeddingResponse(
  vectors: readonly number[][],
  promptTokens: number,
  model: string,
  encoding?: EmbeddingRequest['encoding_format'],
): EmbeddingResponse {
  return {
    object: 'list',
    data: vectors.map((vector, index) => ({
      object: 'embedding',
      index,
      embedding: encoding === 'base64' ? float32Base64(vector) : vector,
    })),
    model,
    usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
  };
}

function float32Base64(vector: number[]): string {
  const floats = Float32Array.from(vector);
  return Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength).toString('base64');
}
