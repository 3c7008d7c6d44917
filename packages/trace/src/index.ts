export { parentSpanHeader } from './active-traces.js';
export { callbackSink } from './callback-sink.js';
export { type JsonLinesSink, jsonLinesSink, type TextWritable } from './json-lines-sink.js';
export type { ModelPrice, PriceTable } from './prices.js';
export { trace, tracerName } from './trace.js';
export { traceAttempt } from './trace-attempt.js';
export type { TraceOptions } from './trace-options.js';
export type {
  TraceAttemptSummary,
  TraceOutcome,
  TraceRecord,
  TraceSink,
  TraceUsage,
} from './trace-record.js';
