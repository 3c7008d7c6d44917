import { describe, expect, it } from 'vitest';
import { isW3cTraceId, newSpanId, newTraceId } from './ids.js';

describe('trace and span ids', () => {
  it('are lowercase hex of W3C length, all different, across refills of the random pool', () => {
    const traces = Array.from({ length: 600 }, newTraceId);
    const spans = Array.from({ length: 600 }, newSpanId);
    for (const id of traces) expect(id).toMatch(/^[0-9a-f]{32}$/);
    for (const id of spans) expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(traces).size).toBe(traces.length);
    expect(new Set(spans).size).toBe(spans.length);
    expect(traces.every(isW3cTraceId)).toBe(true);
  });
});
