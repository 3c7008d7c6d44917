import type OpenAI from 'openai';

/** The body of `POST /v1/rerank`: Cohere's rerank request, which Cohere, Jina and Voyage are served in. */
export interface RerankCreateParams {
  /** The rerank model, e.g. `rerank-v3.5`, `jina-reranker-v2-base-multilingual`, `rerank-2.5`. */
  model: string;
  /** What the documents are ranked against. */
  query: string;
  /** The texts to rank, as strings or `{ text }`. */
  documents: Array<string | { text: string }>;
  /** How many results to return, best first. Default: the provider's (all documents). */
  top_n?: number;
  /** Add each result's document as `document: { text }`. Default: `false`. */
  return_documents?: boolean;
  /** Tokens of each document the model reads (Cohere). Default: the provider's. */
  max_tokens_per_doc?: number;
}

/** One ranked document: its position in the request's `documents` and how relevant it is. */
export interface RerankResult {
  index: number;
  relevance_score: number;
  document?: { text: string };
}

/** The answer of `POST /v1/rerank`, in Cohere's shape: results best first. */
export interface RerankResponse {
  id?: string;
  model?: string;
  results: RerankResult[];
  meta?: { billed_units?: { search_units?: number } };
  usage?: { total_tokens?: number };
}

/** `client.rerank`: Switchyard's `POST /v1/rerank` through the client's pipeline or gateway. */
export class Rerank {
  constructor(private readonly openai: OpenAI) {}

  /** Ranks `documents` by relevance to `query`, best first. */
  create(body: RerankCreateParams, options?: OpenAI.RequestOptions): Promise<RerankResponse> {
    return this.openai.post<RerankResponse>('/rerank', { ...options, body });
  }
}
