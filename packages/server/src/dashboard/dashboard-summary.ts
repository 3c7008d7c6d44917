import type { UsageGranularity, UsageQuery, UsageRow, UsageStore } from '@switchyard/limits';
import type { GatewayKey } from '../gateway-keys.js';
import { addHistogram, latencyPercentile } from './latency-percentile.js';

/** A tenant as the dashboard knows it from the gateway's keys: its name, limits and budget. */
export type DashboardTenant = Pick<
  GatewayKey,
  'name' | 'requests_per_minute' | 'tokens_per_minute' | 'budget_usd' | 'budget_period'
>;

/** A circuit breaker's state, as the providers panel shows it. */
export interface DashboardCircuit {
  /** What the circuit guards: a provider, or a target path (`config.targets[0]`). */
  name: string;
  state: 'closed' | 'open' | 'half-open';
  /** When it entered this state, ms since the epoch; absent when unknown. */
  since?: number;
}

/** The span of time the charts and totals cover. */
export type DashboardWindow = 'hour' | 'day' | 'month';

/** The windows, each with its bucket width and number of buckets. */
export const dashboardWindows: Readonly<
  Record<DashboardWindow, { granularity: UsageGranularity; buckets: number }>
> = {
  hour: { granularity: 'minute', buckets: 60 },
  day: { granularity: 'hour', buckets: 24 },
  month: { granularity: 'day', buckets: 30 },
};

const widthMs: Readonly<Record<UsageGranularity, number>> = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
};

/** Per bucket of the window, oldest first, aligned with `DashboardSummary.buckets`. */
type Series = number[];

/** A tenant's figures over the window, and how it stands against its limits and budget. */
export interface TenantSummary {
  name: string;
  requests: number;
  errors: number;
  tokens: number;
  costUsd: number;
  series: { requests: Series; tokens: Series; costUsd: Series };
  /** The current minute, beside the per-minute limits. */
  thisMinute: { requests: number; tokens: number };
  limits: { requestsPerMinute?: number; tokensPerMinute?: number };
  /** Spend in the budget period now running (summed from usage buckets), when the tenant has a budget. */
  budget?: { usd: number; period: 'day' | 'month' | number; spentUsd: number; periodStart: number };
}

/** A provider's figures over the window. */
export interface ProviderSummary {
  name: string;
  requests: number;
  errors: number;
  /** errors / requests. */
  errorRate: number;
  latencyMs: { p50?: number; p95?: number; p99?: number };
  retries: number;
  fallbacks: number;
  series: { requests: Series; errors: Series };
}

/** The caches' figures over the window. */
export interface CacheSummary {
  /** Requests counted (see `dashboardSummary` for which). */
  requests: number;
  simpleHits: number;
  semanticHits: number;
  /** hits / requests, each cache and both. */
  hitRate: number;
  simpleHitRate: number;
  semanticHitRate: number;
  savedUsd: number;
  series: { simpleHits: Series; semanticHits: Series; savedUsd: Series };
}

/** What the dashboard's data route answers. */
export interface DashboardSummary {
  window: DashboardWindow;
  granularity: UsageGranularity;
  /** Bucket starts, ms since the epoch, oldest first. */
  buckets: number[];
  generatedAt: number;
  tenants: TenantSummary[];
  providers: ProviderSummary[];
  caches: CacheSummary;
  /** This replica's circuit breakers. */
  circuits: DashboardCircuit[];
}

/** What `dashboardSummary` reads. */
export interface SummarySources {
  usage: UsageStore;
  tenants: readonly DashboardTenant[];
  circuits: readonly DashboardCircuit[];
  now: number;
}

/**
 * The dashboard's figures for `window`: every configured tenant (and any other tenant with usage),
 * every provider with usage, the caches and the circuits. The caches count tenants' requests, which
 * in a gateway with keys are all requests; a gateway without keys has no tenants, and then they
 * count the requests a provider answered.
 */
export async function dashboardSummary(
  window: DashboardWindow,
  sources: SummarySources,
): Promise<DashboardSummary> {
  const { granularity, buckets: count } = dashboardWindows[window];
  const width = widthMs[granularity];
  const last = Math.floor(sources.now / width) * width;
  const buckets = Array.from({ length: count }, (_, index) => last - (count - 1 - index) * width);
  // Async, so that a store that throws at once rejects like one that fails later (no read is left unawaited).
  const read = async (query: UsageQuery) => sources.usage.read(query);
  const span = { granularity, from: buckets[0] ?? last, to: sources.now };
  const [tenantRows, providerRows, minuteRows] = await Promise.all([
    read({ kind: 'tenant', ...span }),
    read({ kind: 'provider', ...span }),
    read({ kind: 'tenant', granularity: 'minute', from: sources.now, to: sources.now }),
  ]);
  const slot = (row: UsageRow) => buckets.indexOf(row.start);

  const tenants = new Map<string, TenantSummary>();
  const tenantOf = (name: string) => {
    let tenant = tenants.get(name);
    if (tenant === undefined) {
      tenant = {
        name,
        requests: 0,
        errors: 0,
        tokens: 0,
        costUsd: 0,
        series: { requests: zeros(count), tokens: zeros(count), costUsd: zeros(count) },
        thisMinute: { requests: 0, tokens: 0 },
        limits: {},
      };
      tenants.set(name, tenant);
    }
    return tenant;
  };
  for (const configured of sources.tenants) {
    const tenant = tenantOf(configured.name);
    if (configured.requests_per_minute !== undefined)
      tenant.limits.requestsPerMinute = configured.requests_per_minute;
    if (configured.tokens_per_minute !== undefined)
      tenant.limits.tokensPerMinute = configured.tokens_per_minute;
  }
  for (const row of tenantRows) {
    const tenant = tenantOf(row.name);
    const tokens = row.inputTokens + row.outputTokens;
    tenant.requests += row.requests;
    tenant.errors += row.errors;
    tenant.tokens += tokens;
    tenant.costUsd += row.costUsd;
    const index = slot(row);
    if (index >= 0) {
      tenant.series.requests[index] = row.requests;
      tenant.series.tokens[index] = tokens;
      tenant.series.costUsd[index] = row.costUsd;
    }
  }
  for (const row of minuteRows) {
    const tenant = tenantOf(row.name);
    tenant.thisMinute = { requests: row.requests, tokens: row.inputTokens + row.outputTokens };
  }
  await Promise.all(
    sources.tenants.map(async (configured) => {
      if (configured.budget_usd === undefined) return;
      const period = configured.budget_period ?? 'month';
      const spent = await spentInPeriod(sources.usage, configured.name, period, sources.now);
      tenantOf(configured.name).budget = { usd: configured.budget_usd, period, ...spent };
    }),
  );

  const providers = new Map<string, ProviderSummary & { histogram: number[] }>();
  for (const row of providerRows) {
    let provider = providers.get(row.name);
    if (provider === undefined) {
      provider = {
        name: row.name,
        requests: 0,
        errors: 0,
        errorRate: 0,
        latencyMs: {},
        retries: 0,
        fallbacks: 0,
        series: { requests: zeros(count), errors: zeros(count) },
        histogram: [],
      };
      providers.set(row.name, provider);
    }
    provider.requests += row.requests;
    provider.errors += row.errors;
    provider.retries += row.retries;
    provider.fallbacks += row.fallbacks;
    addHistogram(provider.histogram, row.latencyHistogram);
    const index = slot(row);
    if (index >= 0) {
      provider.series.requests[index] = row.requests;
      provider.series.errors[index] = row.errors;
    }
  }

  return {
    window,
    granularity,
    buckets,
    generatedAt: sources.now,
    tenants: [...tenants.values()].sort((a, b) => a.name.localeCompare(b.name)),
    providers: [...providers.values()].map(({ histogram, ...provider }) => ({
      ...provider,
      errorRate: provider.requests === 0 ? 0 : provider.errors / provider.requests,
      latencyMs: percentiles(histogram),
    })),
    caches: cacheSummary(tenantRows.length > 0 ? tenantRows : providerRows, buckets),
    circuits: [...sources.circuits],
  };
}

function percentiles(histogram: readonly number[]): ProviderSummary['latencyMs'] {
  const figures: ProviderSummary['latencyMs'] = {};
  for (const [name, p] of [
    ['p50', 0.5],
    ['p95', 0.95],
    ['p99', 0.99],
  ] as const) {
    const value = latencyPercentile(histogram, p);
    if (value !== undefined) figures[name] = value;
  }
  return figures;
}

function cacheSummary(rows: readonly UsageRow[], buckets: readonly number[]): CacheSummary {
  const summary: CacheSummary = {
    requests: 0,
    simpleHits: 0,
    semanticHits: 0,
    hitRate: 0,
    simpleHitRate: 0,
    semanticHitRate: 0,
    savedUsd: 0,
    series: {
      simpleHits: zeros(buckets.length),
      semanticHits: zeros(buckets.length),
      savedUsd: zeros(buckets.length),
    },
  };
  for (const row of rows) {
    const simpleHits = row.cacheHits - row.semanticHits;
    summary.requests += row.requests;
    summary.simpleHits += simpleHits;
    summary.semanticHits += row.semanticHits;
    summary.savedUsd += row.savedUsd;
    const index = buckets.indexOf(row.start);
    if (index >= 0) {
      summary.series.simpleHits[index] = (summary.series.simpleHits[index] ?? 0) + simpleHits;
      summary.series.semanticHits[index] = (summary.series.semanticHits[index] ?? 0) + row.semanticHits;
      summary.series.savedUsd[index] = (summary.series.savedUsd[index] ?? 0) + row.savedUsd;
    }
  }
  if (summary.requests > 0) {
    summary.simpleHitRate = summary.simpleHits / summary.requests;
    summary.semanticHitRate = summary.semanticHits / summary.requests;
    summary.hitRate = summary.simpleHitRate + summary.semanticHitRate;
  }
  return summary;
}

/**
 * A tenant's spend in the budget period now running: a UTC day, a UTC month, or a window of that
 * many seconds counted from the epoch (as `budget` counts them), summed from the finest buckets
 * that are kept that long; a window that does not start on a bucket's edge counts that whole bucket.
 */
async function spentInPeriod(
  usage: UsageStore,
  tenant: string,
  period: 'day' | 'month' | number,
  now: number,
): Promise<{ spentUsd: number; periodStart: number }> {
  let periodStart: number;
  let granularity: UsageGranularity;
  if (period === 'day') {
    periodStart = Math.floor(now / widthMs.day) * widthMs.day;
    granularity = 'day';
  } else if (period === 'month') {
    const date = new Date(now);
    periodStart = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    granularity = 'day';
  } else {
    const length = period * 1000;
    periodStart = Math.floor(now / length) * length;
    granularity = length <= 3 * widthMs.hour ? 'minute' : length <= 3 * widthMs.day ? 'hour' : 'day';
  }
  const rows = await usage.read({ kind: 'tenant', name: tenant, granularity, from: periodStart, to: now });
  return { spentUsd: rows.reduce((sum, row) => sum + row.costUsd, 0), periodStart };
}

function zeros(length: number): number[] {
  return new Array<number>(length).fill(0);
}
