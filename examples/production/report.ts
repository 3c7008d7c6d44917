import type { TraceRecord } from '@switchyard/trace';

/** One readable line about how a response was served, from Switchyard's response headers. */
export function servedLine(headers: Headers): string {
  const provider = headers.get('x-switchyard-provider');
  const parts = [provider ? `provider ${provider}` : 'no provider call'];
  const option = headers.get('x-switchyard-last-used-option-index');
  if (option) parts.push(`target ${option}`);
  const cache = headers.get('x-switchyard-cache-status');
  if (cache) parts.push(`cache ${cache}`);
  const similarity = headers.get('x-switchyard-cache-similarity');
  if (similarity) parts.push(`similarity ${Number(similarity).toFixed(3)}`);
  return parts.join(', ');
}

/** The trace record of a request in one line: ids, provider, model, tokens, cost, latency. */
export function traceLine(record: TraceRecord): string {
  const tokens = record.usage
    ? `${record.usage.inputTokens} in / ${record.usage.outputTokens} out`
    : 'no usage';
  const cost = record.costUsd === undefined ? 'cost unknown' : `$${record.costUsd.toFixed(6)}`;
  const attempts = record.fallbackPath?.map((attempt) => String(attempt.status ?? attempt.errorCode));
  return [
    `trace ${record.traceId}`,
    `status ${record.status}`,
    `model ${record.modelServed ?? record.modelRequested ?? '?'}`,
    tokens,
    cost,
    `${Math.round(record.latencyMs)} ms`,
    `metadata ${JSON.stringify(record.metadata)}`,
    ...(attempts && attempts.length > 0 ? [`upstream statuses ${attempts.join(' → ')}`] : []),
  ].join(' | ');
}
