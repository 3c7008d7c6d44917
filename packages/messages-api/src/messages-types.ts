/**
 * Anthropic's Messages API wire shapes (`POST /v1/messages`, `POST /v1/messages/count_tokens`), as
 * Anthropic's API reference and the `@anthropic-ai/sdk` types define them. Only the fields this
 * package reads or writes; a request may carry more, which are checked where they are read.
 */

/** Cache hints and other per-block extras are accepted and not translated. */
export interface MessagesTextBlockParam {
  type: 'text';
  text: string;
}

export interface MessagesImageBlockParam {
  type: 'image';
  source:
    | { type: 'base64'; media_type: string; data: string }
    | { type: 'url'; url: string }
    | { type: 'file'; file_id: string };
}

export interface MessagesDocumentBlockParam {
  type: 'document';
  source:
    | { type: 'base64'; media_type: string; data: string }
    | { type: 'text'; media_type: 'text/plain'; data: string }
    | { type: 'url'; url: string }
    | { type: 'content'; content: unknown }
    | { type: 'file'; file_id: string };
  title?: string | null;
}

export interface MessagesToolUseBlockParam {
  type: 'tool_use';
  id: string;
  name: string;
  input: unknown;
}

export interface MessagesToolResultBlockParam {
  type: 'tool_result';
  tool_use_id: string;
  content?: string | Array<MessagesTextBlockParam | MessagesImageBlockParam | MessagesDocumentBlockParam>;
  is_error?: boolean;
}

/** Blocks of earlier extended-thinking turns, which a chat completions API has no place for. */
export interface MessagesThinkingBlockParam {
  type: 'thinking' | 'redacted_thinking';
}

export type MessagesContentBlockParam =
  | MessagesTextBlockParam
  | MessagesImageBlockParam
  | MessagesDocumentBlockParam
  | MessagesToolUseBlockParam
  | MessagesToolResultBlockParam
  | MessagesThinkingBlockParam;

export interface MessagesMessageParam {
  /** `system` messages inside `messages` are newer API surface; `system` at the top level is the usual place. */
  role: 'user' | 'assistant' | 'system';
  content: string | MessagesContentBlockParam[];
}

/** A custom (client) tool. Anthropic's server tools (`web_search_…`, `bash_…`) have a `type` of their own. */
export interface MessagesTool {
  name: string;
  description?: string;
  input_schema: Record<string, unknown>;
  type?: 'custom' | null;
}

export type MessagesToolChoice =
  | { type: 'auto'; disable_parallel_tool_use?: boolean }
  | { type: 'any'; disable_parallel_tool_use?: boolean }
  | { type: 'tool'; name: string; disable_parallel_tool_use?: boolean }
  | { type: 'none' };

/** The body of `POST /v1/messages`. */
export interface MessagesRequest {
  model: string;
  max_tokens: number;
  messages: MessagesMessageParam[];
  system?: string | MessagesTextBlockParam[];
  stop_sequences?: string[];
  stream?: boolean;
  temperature?: number;
  top_p?: number;
  top_k?: number;
  tools?: MessagesTool[];
  tool_choice?: MessagesToolChoice;
  metadata?: { user_id?: string | null };
}

/** The body of `POST /v1/messages/count_tokens`: a Messages request without `max_tokens` and `stream`. */
export type MessagesCountTokensRequest = Omit<MessagesRequest, 'max_tokens' | 'stream'>;

export interface MessagesTextBlock {
  type: 'text';
  text: string;
  citations?: null;
}

export interface MessagesToolUseBlock {
  type: 'tool_use';
  id: string;
  name: string;
  input: unknown;
}

/** A content block of an answer. Anthropic has more (thinking, server tool results); chat answers give these two. */
export type MessagesContentBlock = MessagesTextBlock | MessagesToolUseBlock;

export type MessagesStopReason =
  | 'end_turn'
  | 'max_tokens'
  | 'stop_sequence'
  | 'tool_use'
  | 'pause_turn'
  | 'refusal'
  | 'model_context_window_exceeded';

/** Token counts. Anthropic's `input_tokens` excludes cached input, which the two cache fields count. */
export interface MessagesUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number | null;
  cache_read_input_tokens: number | null;
}

/** The body of a non-streaming `POST /v1/messages` answer. */
export interface MessagesMessage {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: MessagesContentBlock[];
  stop_reason: MessagesStopReason | null;
  stop_sequence: string | null;
  usage: MessagesUsage;
}

/** Anthropic's error body, also the data of a stream's `error` event. */
export interface MessagesErrorBody {
  type: 'error';
  error: { type: string; message: string };
  request_id?: string | null;
}

/** Usage as a `message_delta` event carries it: cumulative totals, `null` where not known. */
export interface MessagesDeltaUsage {
  output_tokens: number;
  input_tokens: number | null;
  cache_creation_input_tokens: number | null;
  cache_read_input_tokens: number | null;
}

/** One event of a `stream: true` answer; the SSE `event:` name repeats `type`. */
export type MessagesStreamEvent =
  | { type: 'message_start'; message: MessagesMessage }
  | {
      type: 'content_block_start';
      index: number;
      content_block: MessagesTextBlock | MessagesToolUseBlock;
    }
  | {
      type: 'content_block_delta';
      index: number;
      delta: { type: 'text_delta'; text: string } | { type: 'input_json_delta'; partial_json: string };
    }
  | { type: 'content_block_stop'; index: number }
  | {
      type: 'message_delta';
      delta: { stop_reason: MessagesStopReason | null; stop_sequence: string | null };
      usage: MessagesDeltaUsage;
    }
  | { type: 'message_stop' }
  | { type: 'ping' }
  | MessagesErrorBody;
