import { validateRequestOptions } from '@switchyard/core/internal';
import { type PriceTable, validatePriceTable } from './prices.js';
import type { TraceRecord, TraceSink } from './trace-record.js';

/** Options of `trace()`. */
export interface TraceOptions {
  /** Where finished records go: one sink or several. Default: none (spans only, when a tracer is registered). */
  sink?: TraceSink | TraceSink[];
  /**
   * Prices per million tokens by model, for `costUsd`; they win over the catalog's for the models they
   * name (negotiated rates, private deployments). Default: none.
   */
  prices?: PriceTable;
  /**
   * Price the models `prices` does not name from `@switchyard/catalog` (`costOf`, looked up for the
   * provider that answered). Default: true.
   */
  catalogPrices?: boolean;
  /** Put prompt and completion text in records and spans (`input`, `output`, `gen_ai.input.messages`). Default: false. */
  recordContent?: boolean;
  /** Send a W3C `traceparent` header upstream, for providers that join traces. Default: false. */
  propagateTraceparent?: boolean;
  /** Metadata added to every record and span; a request's own metadata wins on equal keys. Default: none. */
  metadata?: Readonly<Record<string, string>>;
  /** Called when a sink throws or rejects; the request is never affected. Default: `console.warn` of the message. */
  onSinkError?: (error: unknown, record: TraceRecord) => void;
}

/** `TraceOptions` checked once at factory time. */
export interface TraceSettings {
  sinks: TraceSink[];
  prices: PriceTable | undefined;
  catalogPrices: boolean;
  recordContent: boolean;
  propagateTraceparent: boolean;
  metadata: Readonly<Record<string, string>>;
  onSinkError: (error: unknown, record: TraceRecord) => void;
}

/**
 * Checks `options`, returning settings.
 *
 * @throws TypeError naming the option that is invalid.
 */
export function resolveTraceOptions(options: TraceOptions): TraceSettings {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('trace: options must be an object');
  }
  const sinks = options.sink === undefined ? [] : Array.isArray(options.sink) ? options.sink : [options.sink];
  sinks.forEach((sink, index) => {
    if (typeof sink !== 'function') {
      throw new TypeError(
        `trace: sink[${index}] must be a function (see callbackSink, jsonLinesSink); got ${typeof sink}`,
      );
    }
  });
  return {
    sinks: [...sinks],
    prices: options.prices === undefined ? undefined : validatePriceTable(options.prices),
    catalogPrices:
      options.catalogPrices === undefined ? true : checkBoolean('catalogPrices', options.catalogPrices),
    recordContent: checkBoolean('recordContent', options.recordContent),
    propagateTraceparent: checkBoolean('propagateTraceparent', options.propagateTraceparent),
    metadata: options.metadata === undefined ? {} : checkMetadata(options.metadata),
    onSinkError: options.onSinkError ?? warnSinkError,
  };
}

function checkBoolean(name: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean')
    throw new TypeError(`trace: ${name} must be a boolean; got ${typeof value}`);
  return value;
}

function checkMetadata(metadata: Readonly<Record<string, string>>): Record<string, string> {
  try {
    return { ...validateRequestOptions({ metadata }).metadata };
  } catch (error) {
    throw new TypeError(`trace: ${(error as Error).message}`);
  }
}

function warnSinkError(error: unknown): void {
  console.warn(`@switchyard/trace: a sink failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** Hands `record` to every sink; failures go to `onSinkError`. */
export function emitRecord(settings: TraceSettings, record: TraceRecord): void {
  for (const sink of settings.sinks) {
    try {
      const result = sink(record);
      if (result && typeof (result as Promise<void>).then === 'function') {
        (result as Promise<void>).then(undefined, (error: unknown) => settings.onSinkError(error, record));
      }
    } catch (error) {
      settings.onSinkError(error, record);
    }
  }
}
