/**
 * Token counts of one call, normalised from OpenAI's `usage` field (chat, completions, embeddings,
 * the Responses API) or Anthropic's (the Messages API).
 */
export interface TraceUsage {
  /**
   * Prompt tokens (`prompt_tokens` / `input_tokens`); for the Messages API, `input_tokens` plus the
   * cache reads and writes Anthropic counts beside it.
   */
  inputTokens: number;
  /** Completion tokens (`completion_tokens` / `output_tokens`); 0 for embeddings. */
  outputTokens: number;
  /** Prompt tokens served from the provider's prompt cache (`prompt_tokens_details.cached_tokens`). */
  cachedInputTokens: number;
  /** Prompt tokens written to the provider's prompt cache (`prompt_tokens_details.cache_creation_tokens`; Anthropic bills them higher). */
  cacheWriteInputTokens: number;
  /** `total_tokens` as reported, else input + output. */
  totalTokens: number;
}

/** One step of the way a request took, from the per-attempt records. */
export interface TraceAttemptSummary {
  /** The attempt's span id. */
  spanId: string;
  /** The provider that answered (`x-switchyard-provider`), when one said so. */
  provider?: string;
  /** HTTP status of the attempt; absent when it threw. */
  status?: number;
  /** Error code of a failed attempt. */
  errorCode?: string;
}

/** How a record ended. */
export type TraceOutcome = 'completed' | 'cancelled' | 'error';

/**
 * One structured record: `kind: 'request'` for what the caller saw, `kind: 'attempt'` for each
 * upstream attempt (from `traceAttempt()`), nested by `parentSpanId`. Never holds headers, keys or
 * query strings; prompt and completion text only with `recordContent: true`.
 */
export interface TraceRecord {
  kind: 'request' | 'attempt';
  /** The trace id (`x-switchyard-trace-id`), shared by every record of one request. */
  traceId: string;
  /** This record's span id (16 hex digits; the OpenTelemetry span id when a tracer is registered). */
  spanId: string;
  /** The request record's span id, for attempts. */
  parentSpanId?: string;
  /** Wall-clock start, milliseconds since the epoch. */
  startTime: number;
  /** From start until the response (non-streaming) or the end of the stream, in milliseconds. */
  latencyMs: number;
  /** For streams: from start until the first chunk with content, in milliseconds. */
  timeToFirstTokenMs?: number;
  /** HTTP method. */
  method: string;
  /** URL path, without origin or query string. */
  path: string;
  /** GenAI operation: `chat`, `text_completion`, `embeddings`, `generate_content`, ... */
  operation: string;
  /** True when the response was a server-sent-event stream. */
  stream: boolean;
  /** The provider that answered (`x-switchyard-provider`). */
  provider?: string;
  /** The model the caller asked for. */
  modelRequested?: string;
  /** The model the response names. */
  modelServed?: string;
  /** The response id (`chatcmpl-...`, `msg_...`, `resp_...`). */
  responseId?: string;
  /**
   * Finish reasons of the choices, in order; a Messages answer's `stop_reason`; a Response's
   * `status` (or why it is incomplete).
   */
  finishReasons?: string[];
  /** HTTP status the caller (or the parent middleware) received; absent when the call threw. */
  status?: number;
  /** Token usage when the response reported it. */
  usage?: TraceUsage;
  /** Cost in US dollars, when usage and a price for the model are known. */
  costUsd?: number;
  /** For a cache hit (whose `costUsd` is 0): what the answer would have cost from the provider, when priced. */
  savedUsd?: number;
  /** `x-switchyard-cache-status` of the response (`HIT`, `MISS`, ...). */
  cacheStatus?: string;
  /** `x-switchyard-retry-attempt-count` of the response. */
  retryCount?: number;
  /**
   * `x-switchyard-last-used-option-index` of the response: the fallback/loadbalance branch that served,
   * as Portkey's path (`config.targets[1]`, nested: `config.targets[1].targets[0]`).
   */
  lastUsedOptionIndex?: string;
  /** Request records: the attempts made, in order (only with `traceAttempt()` in the pipeline). */
  fallbackPath?: TraceAttemptSummary[];
  /** Portkey's metadata: the trace's default metadata merged with the request's. */
  metadata: Record<string, string>;
  /** The request's tenant (in the gateway: which gateway key sent it, as an opaque id). */
  tenant?: string;
  /** How the record ended. */
  outcome: TraceOutcome;
  /** A stable code for a failure: the `SwitchyardError` code, the OpenAI error `code`/`type`, or `http_<status>`. */
  errorCode?: string;
  /** A short failure message, with anything that looks like a secret replaced by `[redacted]`. */
  errorMessage?: string;
  /** Prompt messages (chat) or input (embeddings, completions); only with `recordContent: true`. */
  input?: unknown;
  /** The completion text; only with `recordContent: true`. */
  output?: string;
}

/** Receives every finished record. A rejected promise or a throw is reported, never breaks a request. */
export type TraceSink = (record: TraceRecord) => void | Promise<void>;
