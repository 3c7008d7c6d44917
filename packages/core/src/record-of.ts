import { emptyRequestRecord, type RequestRecord } from './request-record.js';

// One entry per request rather than one per fact: each WeakMap entry costs the collector work.
const records = new WeakMap<Request, RequestRecord>();

/** The record of `request`, made empty on first use. */
export function recordOf(request: Request): RequestRecord {
  let record = records.get(request);
  if (record === undefined) {
    record = emptyRequestRecord();
    records.set(request, record);
  }
  return record;
}

/** The record of `request` when one was made, without making one. */
export function peekRecord(request: Request): RequestRecord | undefined {
  return records.get(request);
}
