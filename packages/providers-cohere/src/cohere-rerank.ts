import { RequestTranslationError } from '@switchyard/core';
import type { CohereRerankRequest, CohereRerankResponse } from './cohere-types.js';

/** Switchyard's `POST /v1/rerank` body: Cohere's, with v1's `return_documents` and `{ text }` documents also taken. */
export interface RerankRequest {
  model: string;
  query: string;
  documents: Array<string | { text: string }>;
  top_n?: number;
  max_tokens_per_doc?: number;
  /** Cohere v1's flag: add each result's document as `document: { text }`. Default: `false`. */
  return_documents?: boolean;
}

/**
 * A rerank request as Cohere's `POST /v2/rerank` body: `{ text }` documents become strings and
 * `return_documents`, which v2 dropped, is left for `fromCohereRerank` to honour.
 *
 * @throws RequestTranslationError naming the parameter that is missing or of the wrong type.
 */
export function toCohereRerank(request: RerankRequest): CohereRerankRequest {
  if (typeof request.model !== 'string' || request.model === '') {
    throw new RequestTranslationError('model', 'model must be a non-empty string');
  }
  if (typeof request.query !== 'string') throw new RequestTranslationError('query', 'must be a string');
  if (!Array.isArray(request.documents)) throw new RequestTranslationError('documents', 'must be an array');
  const body: CohereRerankRequest = {
    model: request.model,
    query: request.query,
    documents: request.documents.map((document, index) => {
      if (typeof document === 'string') return document;
      if (typeof document?.text === 'string') return document.text;
      throw new RequestTranslationError(`documents[${index}]`, 'must be a string or { text }');
    }),
  };
  if (typeof request.top_n === 'number') body.top_n = request.top_n;
  if (typeof request.max_tokens_per_doc === 'number') body.max_tokens_per_doc = request.max_tokens_per_doc;
  return body;
}

/** Cohere's rerank answer, with each result's document added when the request asked for them. */
export function fromCohereRerank(
  answer: CohereRerankResponse,
  sent: CohereRerankRequest,
  returnDocuments: boolean,
): CohereRerankResponse {
  if (!returnDocuments) return answer;
  return {
    ...answer,
    results: answer.results.map((result) => ({
      ...result,
      document: { text: sent.documents[result.index] ?? '' },
    })),
  };
}
