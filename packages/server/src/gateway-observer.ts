import type { Middleware } from '@switchyard/core';
import { type UsageStore, usageSink } from '@switchyard/limits';
import { type TraceSink, trace } from '@switchyard/trace';

/**
 * The gateway's own `trace()`, around each key's limits and pipeline, feeding `usage` (and any
 * further `sinks`, e.g. the dashboard's live rows): what the admin routes and the dashboard read;
 * with `recordContent`, prompts and completions too (the dashboard's prompt logging). Undefined
 * when there is nothing to feed.
 */
export function gatewayObserver(
  usage: UsageStore | undefined,
  sinks: readonly TraceSink[] = [],
  recordContent = false,
): Middleware | undefined {
  const all = [...(usage === undefined ? [] : [usageSink(usage)]), ...sinks];
  return all.length === 0 ? undefined : trace({ sink: all, recordContent });
}
