import type { TraceRecord } from '@switchyard/trace';

/**
 * One finished request as the dashboard's live table shows it. Built from a trace record's facts
 * only: never a header, a key or a query string; prompt and completion only with prompt logging.
 */
export interface LiveRow {
  /** The trace id, to find the request in logs and traces. */
  traceId: string;
  /** When the request started, ms since the epoch. */
  time: number;
  /** The gateway key's name; absent for a gateway without keys. */
  tenant?: string;
  /** The provider that answered; absent when none did. */
  provider?: string;
  /** The branch that served, as Portkey's path (`config.targets[1]`); absent without routing. */
  target?: string;
  /** The model the response names, else the one asked for. */
  model?: string;
  /** The URL path called (`/v1/chat/completions`). */
  path: string;
  /** The HTTP status the caller got; absent when the request failed without an answer. */
  status?: number;
  /** How the request ended. */
  outcome: TraceRecord['outcome'];
  /** A stable code for a failure (`http_429`, `timeout`, ...). */
  errorCode?: string;
  /** True for a streamed answer. */
  stream: boolean;
  /** Until the answer's end, ms. */
  latencyMs: number;
  /** Streams: until the first content, ms. */
  timeToFirstTokenMs?: number;
  inputTokens?: number;
  outputTokens?: number;
  /** Dollars, when the model's price is known. */
  costUsd?: number;
  /** `HIT`, `SEMANTIC_HIT`, `MISS`, ... when a cache saw the request. */
  cacheStatus?: string;
  /** Upstream attempts beyond the first. */
  retries: number;
  /** The prompt (messages or input); only with prompt logging, and only when the trace recorded it. */
  input?: unknown;
  /** The completion text; only with prompt logging, and only when the trace recorded it. */
  output?: string;
}

/** Options of `liveRowOf`. */
export interface LiveRowOptions {
  /**
   * Copy the prompt and completion text the record holds (the trace must also record content).
   * Off by default in the gateway: an operator turns it on knowingly.
   */
  promptLogging: boolean;
}

/** The live-table row of a trace request record (`kind: 'request'`). */
export function liveRowOf(record: TraceRecord, options: LiveRowOptions): LiveRow {
  const row: LiveRow = {
    traceId: record.traceId,
    time: record.startTime,
    path: record.path,
    outcome: record.outcome,
    stream: record.stream,
    latencyMs: record.latencyMs,
    retries: record.retryCount ?? 0,
  };
  if (record.tenant !== undefined) row.tenant = record.tenant;
  if (record.provider !== undefined) row.provider = record.provider;
  if (record.lastUsedOptionIndex !== undefined) row.target = record.lastUsedOptionIndex;
  const model = record.modelServed ?? record.modelRequested;
  if (model !== undefined) row.model = model;
  if (record.status !== undefined) row.status = record.status;
  if (record.errorCode !== undefined) row.errorCode = record.errorCode;
  if (record.timeToFirstTokenMs !== undefined) row.timeToFirstTokenMs = record.timeToFirstTokenMs;
  if (record.usage !== undefined) {
    row.inputTokens = record.usage.inputTokens;
    row.outputTokens = record.usage.outputTokens;
  }
  if (record.costUsd !== undefined) row.costUsd = record.costUsd;
  if (record.cacheStatus !== undefined) row.cacheStatus = record.cacheStatus;
  if (options.promptLogging) {
    if (record.input !== undefined) row.input = record.input;
    if (record.output !== undefined) row.output = record.output;
  }
  return row;
}
