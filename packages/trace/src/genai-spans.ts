import { type Attributes, type Span, SpanStatusCode } from '@opentelemetry/api';
import type { RequestFacts } from './request-facts.js';
import type { TraceRecord } from './trace-record.js';

/** Attributes known before the call: GenAI request attributes and the trace's metadata. */
export function requestAttributes(
  facts: RequestFacts,
  traceId: string,
  metadata: Readonly<Record<string, string>>,
): Attributes {
  const attributes: Attributes = {
    'gen_ai.operation.name': facts.operation,
    'switchyard.trace_id': traceId,
  };
  if (facts.model !== undefined) attributes['gen_ai.request.model'] = facts.model;
  const body = facts.body;
  if (body) {
    // Chat completions' two spellings, the Messages API's `max_tokens`, the Responses API's `max_output_tokens`.
    setNumber(
      attributes,
      'gen_ai.request.max_tokens',
      body.max_completion_tokens ?? body.max_tokens ?? body.max_output_tokens,
    );
    setNumber(attributes, 'gen_ai.request.temperature', body.temperature);
    setNumber(attributes, 'gen_ai.request.top_p', body.top_p);
    setNumber(attributes, 'gen_ai.request.top_k', body.top_k);
    setNumber(attributes, 'gen_ai.request.frequency_penalty', body.frequency_penalty);
    setNumber(attributes, 'gen_ai.request.presence_penalty', body.presence_penalty);
    setNumber(attributes, 'gen_ai.request.seed', body.seed);
    setNumber(attributes, 'gen_ai.request.choice.count', body.n);
    const stop = body.stop ?? body.stop_sequences;
    if (typeof stop === 'string') attributes['gen_ai.request.stop_sequences'] = [stop];
    else if (Array.isArray(stop)) attributes['gen_ai.request.stop_sequences'] = stop.map(String);
  }
  for (const [key, value] of Object.entries(metadata)) attributes[`switchyard.metadata.${key}`] = value;
  return attributes;
}

function setNumber(attributes: Attributes, name: string, value: unknown): void {
  if (typeof value === 'number' && Number.isFinite(value)) attributes[name] = value;
}

/** Sets the attributes known once the call finished, the status, and ends the span. */
export function finishSpan(span: Span, record: TraceRecord): void {
  if (!span.isRecording()) return;
  const attributes: Attributes = { 'gen_ai.response.streaming': record.stream };
  if (record.provider !== undefined) attributes['gen_ai.provider.name'] = record.provider;
  if (record.modelServed !== undefined) attributes['gen_ai.response.model'] = record.modelServed;
  if (record.responseId !== undefined) attributes['gen_ai.response.id'] = record.responseId;
  if (record.finishReasons)
    attributes['gen_ai.response.finish_reasons'] = record.finishReasons.filter(Boolean);
  if (record.usage) {
    attributes['gen_ai.usage.input_tokens'] = record.usage.inputTokens;
    attributes['gen_ai.usage.output_tokens'] = record.usage.outputTokens;
    attributes['gen_ai.usage.cache_read.input_tokens'] = record.usage.cachedInputTokens;
    if (record.usage.cacheWriteInputTokens > 0) {
      attributes['gen_ai.usage.cache_creation.input_tokens'] = record.usage.cacheWriteInputTokens;
    }
  }
  if (record.status !== undefined) attributes['http.response.status_code'] = record.status;
  if (record.timeToFirstTokenMs !== undefined) {
    attributes['switchyard.time_to_first_token_ms'] = record.timeToFirstTokenMs;
  }
  if (record.costUsd !== undefined) attributes['switchyard.cost_usd'] = record.costUsd;
  if (record.cacheStatus !== undefined) attributes['switchyard.cache_status'] = record.cacheStatus;
  if (record.retryCount !== undefined) attributes['switchyard.retry_count'] = record.retryCount;
  if (record.lastUsedOptionIndex !== undefined) {
    attributes['switchyard.last_used_option_index'] = record.lastUsedOptionIndex;
  }
  if (record.outcome === 'cancelled') attributes['switchyard.cancelled'] = true;
  if (record.input !== undefined) attributes['gen_ai.input.messages'] = JSON.stringify(record.input);
  if (record.output !== undefined) {
    attributes['gen_ai.output.messages'] = JSON.stringify([
      { role: 'assistant', parts: [{ type: 'text', content: record.output }] },
    ]);
  }
  if (record.errorCode !== undefined) {
    attributes['error.type'] = record.errorCode;
    span.setStatus({ code: SpanStatusCode.ERROR, message: record.errorMessage ?? record.errorCode });
  }
  span.setAttributes(attributes);
  if (record.modelRequested !== undefined) span.updateName(`${record.operation} ${record.modelRequested}`);
  span.end();
}
