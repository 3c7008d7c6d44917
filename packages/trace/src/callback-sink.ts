import type { TraceRecord, TraceSink } from './trace-record.js';

/**
 * A sink that calls `callback` with each finished record.
 *
 * @throws TypeError when `callback` is not a function.
 */
export function callbackSink(callback: (record: TraceRecord) => void | Promise<void>): TraceSink {
  if (typeof callback !== 'function') {
    throw new TypeError(`callbackSink: callback must be a function; got ${typeof callback}`);
  }
  return (record) => callback(record);
}
