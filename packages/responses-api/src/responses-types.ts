/**
 * The OpenAI Responses API shapes this package reads and writes: the wire fields of
 * `POST /v1/responses`, of the Response object and of its stream events, as the official `openai`
 * package (v6, `resources/responses/responses.d.ts`) types them. Only the subset a chat-only
 * provider can serve; other items and tools are refused with a 400 naming them.
 */

/** A text part of an input message. */
export interface ResponseInputText {
  type: 'input_text';
  text: string;
}

/** An image part of an input message: a URL (or a `data:` URL). */
export interface ResponseInputImage {
  type: 'input_image';
  image_url?: string | null;
  file_id?: string | null;
  detail?: 'low' | 'high' | 'auto' | 'original';
}

/** A file part of an input message. */
export interface ResponseInputFile {
  type: 'input_file';
  file_data?: string;
  file_id?: string | null;
  file_url?: string;
  filename?: string;
}

export type ResponseInputContent = ResponseInputText | ResponseInputImage | ResponseInputFile;

/** Text the model wrote, as it appears in output messages (and in input items sent back). */
export interface ResponseOutputText {
  type: 'output_text';
  text: string;
  annotations: unknown[];
  logprobs?: unknown[];
}

/** A refusal the model wrote instead of an answer. */
export interface ResponseOutputRefusal {
  type: 'refusal';
  refusal: string;
}

/** A message in `input`: the easy form (`content` a string) or the typed one. */
export interface ResponseInputMessage {
  type?: 'message';
  role: 'user' | 'assistant' | 'system' | 'developer';
  content: string | Array<ResponseInputContent | ResponseOutputText | ResponseOutputRefusal>;
  id?: string;
  status?: string;
}

/** An assistant message the model produced. */
export interface ResponseOutputMessage {
  type: 'message';
  id: string;
  role: 'assistant';
  status: 'in_progress' | 'completed' | 'incomplete';
  content: Array<ResponseOutputText | ResponseOutputRefusal>;
}

/** A call of a function tool the model made (also sent back as an input item). */
export interface ResponseFunctionToolCall {
  type: 'function_call';
  id?: string;
  call_id: string;
  name: string;
  arguments: string;
  status?: 'in_progress' | 'completed' | 'incomplete';
}

/** The caller's result of a function call, as an input item. */
export interface ResponseFunctionCallOutput {
  type: 'function_call_output';
  call_id: string;
  output: string | Array<ResponseInputContent>;
  id?: string | null;
  status?: string | null;
}

/** A reasoning item sent back from an earlier answer: chat has no place for it, so it is skipped. */
export interface ResponseReasoningItem {
  type: 'reasoning';
  id?: string;
  summary?: unknown[];
  [field: string]: unknown;
}

/** The input items this package translates. */
export type ResponseInputItem =
  | ResponseInputMessage
  | ResponseOutputMessage
  | ResponseFunctionToolCall
  | ResponseFunctionCallOutput
  | ResponseReasoningItem;

/** The output items a translated answer has. */
export type ResponseOutputItem = ResponseOutputMessage | ResponseFunctionToolCall;

/** A function tool in the Responses API's flat form. */
export interface ResponseFunctionTool {
  type: 'function';
  name: string;
  description?: string | null;
  parameters?: Record<string, unknown> | null;
  strict?: boolean | null;
}

export type ResponseToolChoice =
  | 'none'
  | 'auto'
  | 'required'
  | { type: 'function'; name: string }
  | { type: 'allowed_tools'; mode: 'auto' | 'required'; tools: Array<{ type: string; name?: string }> };

/** `text.format`: plain text, a JSON object, or JSON following a schema. */
export type ResponseTextFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | {
      type: 'json_schema';
      name: string;
      schema: Record<string, unknown>;
      description?: string;
      strict?: boolean | null;
    };

/** The body of `POST /v1/responses`, the fields this package reads. */
export interface ResponseCreateRequest {
  model: string;
  input?: string | ResponseInputItem[];
  instructions?: string | null;
  previous_response_id?: string | null;
  store?: boolean | null;
  stream?: boolean | null;
  tools?: ResponseFunctionTool[];
  tool_choice?: ResponseToolChoice;
  parallel_tool_calls?: boolean | null;
  text?: { format?: ResponseTextFormat; verbosity?: string | null };
  max_output_tokens?: number | null;
  temperature?: number | null;
  top_p?: number | null;
  reasoning?: { effort?: string | null; summary?: string | null } | null;
  metadata?: Record<string, string> | null;
  user?: string;
  [field: string]: unknown;
}

/** Token counts as the Responses API reports them. */
export interface ResponseUsage {
  input_tokens: number;
  input_tokens_details: { cached_tokens: number; cache_write_tokens: number };
  output_tokens: number;
  output_tokens_details: { reasoning_tokens: number };
  total_tokens: number;
}

export type ResponseStatus = 'completed' | 'failed' | 'in_progress' | 'cancelled' | 'queued' | 'incomplete';

/**
 * The Response object. `output_text` is not part of the wire format: the official SDKs compute it
 * from `output` (see `responseOutputText`).
 */
export interface ResponseObject {
  id: string;
  object: 'response';
  created_at: number;
  status: ResponseStatus;
  completed_at: number | null;
  error: { code: string; message: string } | null;
  incomplete_details: { reason: 'max_output_tokens' | 'content_filter' } | null;
  instructions: string | null;
  max_output_tokens: number | null;
  model: string;
  output: ResponseOutputItem[];
  parallel_tool_calls: boolean;
  previous_response_id: string | null;
  reasoning: { effort: string | null; summary: string | null };
  store: boolean;
  temperature: number | null;
  text: { format: ResponseTextFormat };
  tool_choice: ResponseToolChoice;
  tools: ResponseFunctionTool[];
  top_p: number | null;
  truncation: 'auto' | 'disabled';
  usage: ResponseUsage | null;
  user: string | null;
  metadata: Record<string, string>;
  background: boolean;
}

/** One event of a streamed response; `type` names it, `sequence_number` orders it. */
export type ResponseStreamEvent =
  | { type: 'response.created' | 'response.in_progress'; sequence_number: number; response: ResponseObject }
  | {
      type: 'response.completed' | 'response.incomplete' | 'response.failed';
      sequence_number: number;
      response: ResponseObject;
    }
  | {
      type: 'response.output_item.added' | 'response.output_item.done';
      sequence_number: number;
      output_index: number;
      item: ResponseOutputItem;
    }
  | {
      type: 'response.content_part.added' | 'response.content_part.done';
      sequence_number: number;
      item_id: string;
      output_index: number;
      content_index: number;
      part: ResponseOutputText | ResponseOutputRefusal;
    }
  | {
      type: 'response.output_text.delta';
      sequence_number: number;
      item_id: string;
      output_index: number;
      content_index: number;
      delta: string;
      logprobs: unknown[];
    }
  | {
      type: 'response.output_text.done';
      sequence_number: number;
      item_id: string;
      output_index: number;
      content_index: number;
      text: string;
      logprobs: unknown[];
    }
  | {
      type: 'response.refusal.delta';
      sequence_number: number;
      item_id: string;
      output_index: number;
      content_index: number;
      delta: string;
    }
  | {
      type: 'response.refusal.done';
      sequence_number: number;
      item_id: string;
      output_index: number;
      content_index: number;
      refusal: string;
    }
  | {
      type: 'response.function_call_arguments.delta';
      sequence_number: number;
      item_id: string;
      output_index: number;
      delta: string;
    }
  | {
      type: 'response.function_call_arguments.done';
      sequence_number: number;
      item_id: string;
      output_index: number;
      name: string;
      arguments: string;
    }
  | { type: 'error'; sequence_number: number; code: string | null; message: string; param: string | null };
