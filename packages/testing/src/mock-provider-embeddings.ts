import type { EmbeddingRequest, EmbeddingResponse } from '@switchyard/core';
import { jsonResponse } from './builders.js';
import { countWords } from './mock-provider-chat.js';

/**
 * A deterministic unit vector for `text`: each word adds to a bucket chosen by its hash, so texts
 * sharing words point in similar directions (useful for semantic cache tests) and equal texts get
 * equal vectors.
 */
export function mockEmbedding(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [text];
  for (const word of words) {
    const hash = fnv1a(word);
    const bucket = hash % dimensions;
    vector[bucket] = (vector[bucket] ?? 0) + ((hash >>> 16) & 1 ? 1 : -1);
  }
  const length = Math.hypot(...vector);
  if (length === 0) {
    vector[fnv1a(text) % dimensions] = 1;
    return vector;
  }
  return vector.map((value) => value / length);
}

/** Answers `POST /v1/embeddings`; `encoding_format: 'base64'` (the openai SDK's default) is honoured. */
export function respondEmbeddings(body: EmbeddingRequest, defaultDimensions: number): Response {
  const inputs = inputTexts(body.input);
  const dimensions = body.dimensions ?? defaultDimensions;
  const tokens = inputs.reduce((sum, input) => sum + Math.max(1, countWords(input)), 0);
  const answer: EmbeddingResponse = {
    object: 'list',
    data: inputs.map((input, index) => {
      const vector = mockEmbedding(input, dimensions);
      return {
        object: 'embedding',
        index,
        embedding: body.encoding_format === 'base64' ? toBase64(vector) : vector,
      };
    }),
    model: body.model,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  };
  return jsonResponse(answer);
}

/** The texts to embed; token-id arrays are embedded as their numbers joined with spaces. */
function inputTexts(input: EmbeddingRequest['input']): string[] {
  if (typeof input === 'string') return [input];
  if (input.length === 0) return [];
  if (input.every((item) => typeof item === 'number')) return [input.join(' ')];
  return (input as Array<string | number[]>).map((item) =>
    typeof item === 'string' ? item : item.join(' '),
  );
}

function toBase64(vector: number[]): string {
  const floats = Float32Array.from(vector);
  return Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength).toString('base64');
}

function fnv1a(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
