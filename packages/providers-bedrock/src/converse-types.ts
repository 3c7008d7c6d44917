/**
 * The Bedrock Converse / ConverseStream wire shapes Switchyard writes and reads (names as in the
 * Amazon Bedrock Runtime API reference). Blobs (`bytes`) travel as base64 strings in JSON.
 */

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp';

export interface ContentBlock {
  text?: string;
  image?: { format: ImageFormat; source: { bytes: string } };
  document?: { format: string; name: string; source: { bytes: string } };
  toolUse?: { toolUseId: string; name: string; input: unknown };
  toolResult?: {
    toolUseId: string;
    content: Array<{ text: string } | { json: unknown }>;
    status?: 'success' | 'error';
  };
  reasoningContent?: unknown;
}

export interface ConverseMessage {
  role: 'user' | 'assistant';
  content: ContentBlock[];
}

export interface ToolSpecification {
  toolSpec: { name: string; description?: string; inputSchema: { json: unknown } };
}

export type ToolChoice =
  | { auto: Record<string, never> }
  | { any: Record<string, never> }
  | { tool: { name: string } };

/** The body of `POST /model/{modelId}/converse` and `/converse-stream`. */
export interface ConverseRequest {
  messages: ConverseMessage[];
  system?: Array<{ text: string }>;
  inferenceConfig?: { maxTokens?: number; temperature?: number; topP?: number; stopSequences?: string[] };
  toolConfig?: { tools: ToolSpecification[]; toolChoice?: ToolChoice };
  additionalModelRequestFields?: Record<string, unknown>;
}

export interface TokenUsage {
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
  cacheReadInputTokens?: number;
  cacheWriteInputTokens?: number;
}

/** The answer of `converse`. */
export interface ConverseResponse {
  output?: { message?: { role?: string; content?: ContentBlock[] } };
  stopReason?: string;
  usage?: TokenUsage;
  metrics?: { latencyMs?: number };
}

/** The payloads of ConverseStream events, keyed by the `:event-type` header. */
export interface ConverseStreamEvents {
  messageStart: { role: string };
  contentBlockStart: {
    contentBlockIndex: number;
    start?: { toolUse?: { toolUseId: string; name: string } };
  };
  contentBlockDelta: {
    contentBlockIndex: number;
    delta?: { text?: string; toolUse?: { input: string }; reasoningContent?: unknown };
  };
  contentBlockStop: { contentBlockIndex: number };
  messageStop: { stopReason: string; additionalModelResponseFields?: unknown };
  metadata: { usage?: TokenUsage; metrics?: { latencyMs?: number } };
}
