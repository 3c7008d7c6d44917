/**
 * Cohere's v2 API shapes (https://docs.cohere.com/v2/reference): only the fields Switchyard
 * translates to and from OpenAI's.
 */

export interface CohereTextContent {
  type: 'text';
  text: string;
}

export interface CohereImageContent {
  type: 'image_url';
  image_url: { url: string; detail?: 'auto' | 'low' | 'high' };
}

export interface CohereToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export type CohereMessage =
  | { role: 'system'; content: string | CohereTextContent[] }
  | { role: 'user'; content: string | Array<CohereTextContent | CohereImageContent> }
  | {
      role: 'assistant';
      content?: string | CohereTextContent[];
      tool_plan?: string;
      tool_calls?: CohereToolCall[];
    }
  | { role: 'tool'; tool_call_id: string; content: string | CohereTextContent[] };

export interface CohereTool {
  type: 'function';
  function: { name: string; description?: string; parameters: Record<string, unknown> };
}

/** The body of `POST /v2/chat`. */
export interface CohereChatRequest {
  model: string;
  messages: CohereMessage[];
  stream?: boolean;
  tools?: CohereTool[];
  tool_choice?: 'REQUIRED' | 'NONE';
  strict_tools?: boolean;
  response_format?: { type: 'text' } | { type: 'json_object'; json_schema?: Record<string, unknown> };
  max_tokens?: number;
  stop_sequences?: string[];
  temperature?: number;
  seed?: number;
  frequency_penalty?: number;
  presence_penalty?: number;
  /** Top-p. */
  p?: number;
  logprobs?: boolean;
}

export type CohereFinishReason =
  | 'COMPLETE'
  | 'STOP_SEQUENCE'
  | 'MAX_TOKENS'
  | 'TOOL_CALL'
  | 'ERROR'
  | 'TIMEOUT';

/** Token counts: `billed_units` what is billed, `tokens` what the model read and wrote. */
export interface CohereUsage {
  billed_units?: { input_tokens?: number; output_tokens?: number };
  tokens?: { input_tokens?: number; output_tokens?: number };
}

/** The answer of `POST /v2/chat`. */
export interface CohereChatResponse {
  id: string;
  finish_reason: CohereFinishReason;
  message: {
    role: 'assistant';
    content?: Array<CohereTextContent | { type: 'thinking'; thinking: string }>;
    tool_plan?: string;
    tool_calls?: CohereToolCall[];
  };
  usage?: CohereUsage;
}

/** One event of a `POST /v2/chat` stream; `type` says which fields are set. */
export interface CohereStreamEvent {
  type: string;
  id?: string;
  index?: number;
  delta?: {
    message?: {
      content?: { type?: string; text?: string; thinking?: string };
      tool_plan?: string;
      tool_calls?: {
        id?: string;
        type?: 'function';
        function?: { name?: string; arguments?: string };
      };
    };
    finish_reason?: CohereFinishReason;
    usage?: CohereUsage;
    error?: string;
  };
}

export type CohereEmbeddingType = 'float' | 'int8' | 'uint8' | 'binary' | 'ubinary' | 'base64';

/** The body of `POST /v2/embed`. */
export interface CohereEmbedRequest {
  model: string;
  texts: string[];
  input_type: string;
  embedding_types: CohereEmbeddingType[];
  output_dimension?: number;
  truncate?: 'NONE' | 'START' | 'END';
}

/** The answer of `POST /v2/embed`. */
export interface CohereEmbedResponse {
  id: string;
  embeddings: { float?: number[][] };
  texts?: string[];
  meta?: { billed_units?: { input_tokens?: number } };
}

/** The body of `POST /v2/rerank` (also Switchyard's `POST /v1/rerank`). */
export interface CohereRerankRequest {
  model: string;
  query: string;
  documents: string[];
  top_n?: number;
  max_tokens_per_doc?: number;
}

/** The answer of `POST /v2/rerank`. */
export interface CohereRerankResponse {
  id?: string;
  results: Array<{ index: number; relevance_score: number }>;
  meta?: { billed_units?: { search_units?: number } };
}

/** Cohere's error body: `{ id?, message }`. */
export interface CohereErrorBody {
  id?: string;
  message?: string;
}
