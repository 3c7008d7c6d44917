import type { Span } from '@opentelemetry/api';
import { requestOptionHeaders } from '@switchyard/core/internal';
import type { TraceSettings } from './trace-options.js';
import type { TraceAttemptSummary } from './trace-record.js';

/**
 * The request header carrying the request span's id from `trace()` to `traceAttempt()`. A header
 * (not a WeakMap keyed by the Request) survives every `deriveRequest` a retry, fallback or provider
 * makes, and works without AsyncLocalStorage; as an `x-switchyard-*` header the transports strip it,
 * so it never reaches a provider.
 */
export const parentSpanHeader = requestOptionHeaders.parentSpan;

/** What an attempt needs from the request it belongs to. */
export interface ActiveTrace {
  traceId: string;
  spanId: string;
  span: Span;
  settings: TraceSettings;
  metadata: Record<string, string>;
  tenant: string | undefined;
  secrets(): readonly string[];
  attempts: TraceAttemptSummary[];
  /** The trace id used in `traceparent` headers (32 hex digits); empty when they are not sent. */
  w3cTraceId: string;
}

/**
 * Requests being answered, by span id. An entry lives while the request's `next` runs: every attempt
 * starts within that time, and keeps the entry's object for its own record. Span ids are 64 random bits, so a header forged by a client cannot name
 * another request's entry in practice, and a made-up one finds nothing.
 */
export const activeTraces = new Map<string, ActiveTrace>();
