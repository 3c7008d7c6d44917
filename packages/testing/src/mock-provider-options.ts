import type { ChatCompletionRequest, CompletionUsage, FinishReason } from '@switchyard/core';
import type { MockFaultPlan } from './mock-provider-faults.js';

/** A tool call the mock assistant makes. */
export interface MockToolCall {
  /** Default: `call_mock_<position>`. */
  id?: string;
  name: string;
  /** The arguments; an object is sent as its JSON text. */
  arguments: string | Record<string, unknown>;
}

/** What the mock assistant answers to one chat completion request. */
export interface MockChatReply {
  /** The assistant's text. Default: `null` when `toolCalls` are given, else `''`. */
  content?: string | null;
  /** Tool calls to make. Default: none. */
  toolCalls?: MockToolCall[];
  /** Default: `'tool_calls'` when `toolCalls` are given, else `'stop'`. */
  finishReason?: FinishReason;
  /** Default: word counts of the prompt and the answer. */
  usage?: CompletionUsage;
}

/** A fixed reply, or a function of the parsed request body and the request's 0-based index. */
export type MockReply =
  | string
  | MockChatReply
  | ((request: ChatCompletionRequest, index: number) => string | MockChatReply);

/** Options of `startMockProvider`. */
export interface MockProviderOptions {
  /**
   * The chat completion answer. Default: `Mock answer to "<last user message>"`, so different
   * prompts get different, reproducible answers.
   */
  reply?: MockReply;
  /** How faults are injected; change it later with `setFaults`. Default: no faults. */
  faults?: MockFaultPlan;
  /** Model ids listed by `GET /v1/models`. Default: `['gpt-4o-mini', 'gpt-4o', 'text-embedding-3-small']`. */
  models?: readonly string[];
  /** Length of embedding vectors when the request gives no `dimensions`. Default: 64. */
  embeddingDimensions?: number;
  /** Pause between streamed chunks, in milliseconds. Default: 0. */
  streamChunkDelayMs?: number;
  /** Port to listen on (always on 127.0.0.1). Default: 0, a free port. */
  port?: number;
  /**
   * Which provider's API the mock speaks: `openai` (the routes above) or `anthropic` (the Messages
   * API, `POST /v1/messages`, JSON and SSE events, Anthropic-shaped errors). Default: `openai`.
   */
  dialect?: 'openai' | 'anthropic';
}

/** Options after defaults and validation. */
export interface MockProviderSettings {
  reply: MockReply | undefined;
  models: readonly string[];
  dialect: 'openai' | 'anthropic';
  embeddingDimensions: number;
  streamChunkDelayMs: number;
  port: number;
}

const where = 'startMockProvider';

/** @throws TypeError naming the first invalid option. */
export function resolveMockProviderOptions(options: MockProviderOptions): MockProviderSettings {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${where}: options must be an object; got ${String(options)}`);
  }
  const reply = options.reply;
  if (reply !== undefined && !['string', 'function', 'object'].includes(typeof reply)) {
    throw new TypeError(`${where}: reply must be a string, an object or a function; got ${typeof reply}`);
  }
  const models = options.models ?? ['gpt-4o-mini', 'gpt-4o', 'text-embedding-3-small'];
  if (!Array.isArray(models) || models.some((model) => typeof model !== 'string' || model === '')) {
    throw new TypeError(`${where}: models must be an array of non-empty strings`);
  }
  return {
    reply,
    models,
    dialect: dialectOption(options.dialect),
    embeddingDimensions: integerOption('embeddingDimensions', options.embeddingDimensions, 64, 1, 65_536),
    streamChunkDelayMs: integerOption('streamChunkDelayMs', options.streamChunkDelayMs, 0, 0, 60_000),
    port: integerOption('port', options.port, 0, 0, 65_535),
  };
}

function integerOption(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new TypeError(`${where}: ${name} must be an integer from ${min} to ${max}; got ${String(value)}`);
  }
  return value as number;
}

function dialectOption(value: unknown): 'openai' | 'anthropic' {
  if (value === undefined) return 'openai';
  if (value === 'openai' || value === 'anthropic') return value;
  throw new TypeError(`${where}: dialect must be "openai" or "anthropic"; got ${JSON.stringify(value)}`);
}
