import { memoryUsageStore, type UsageEntry } from '@switchyard/limits';
import { describe, expect, it } from 'vitest';
import { dashboardSummary } from './dashboard-summary.js';

const now = Date.UTC(2026, 11, 7, 10, 30, 15);
const minute = 60_000;

function entry(overrides: Partial<UsageEntry>): UsageEntry {
  return {
    at: now,
    error: false,
    inputTokens: 10,
    outputTokens: 20,
    costUsd: 0.01,
    cacheHit: false,
    semanticHit: false,
    savedUsd: 0,
    retries: 0,
    fellBack: false,
    latencyMs: 80,
    ...overrides,
  };
}

describe('dashboardSummary', () => {
  it('sums tenants, providers and caches over the window, per bucket', async () => {
    const usage = memoryUsageStore({ now: () => now });
    usage.add(entry({ tenant: 'alpha', provider: 'openai' }));
    usage.add(
      entry({
        tenant: 'alpha',
        provider: 'openai',
        at: now - 5 * minute,
        error: true,
        latencyMs: 3_000,
        retries: 2,
      }),
    );
    usage.add(entry({ tenant: 'beta', provider: 'anthropic', fellBack: true, costUsd: 0.5 }));
    usage.add(
      entry({ tenant: 'beta', cacheHit: true, costUsd: 0, savedUsd: 0.5, inputTokens: 0, outputTokens: 0 }),
    );
    usage.add(entry({ tenant: 'beta', cacheHit: true, semanticHit: true, costUsd: 0, savedUsd: 0.25 }));
    // Outside the last hour: counted in the day, not in the hour.
    usage.add(entry({ tenant: 'alpha', provider: 'openai', at: now - 2 * 60 * minute }));

    const summary = await dashboardSummary('hour', {
      usage,
      tenants: [
        {
          name: 'alpha',
          requests_per_minute: 60,
          tokens_per_minute: 1000,
          budget_usd: 5,
          budget_period: 'day',
        },
        { name: 'idle' },
      ],
      circuits: [{ name: 'openai', state: 'open', since: now - minute }],
      now,
    });

    expect(summary.granularity).toBe('minute');
    expect(summary.buckets).toHaveLength(60);
    expect(summary.buckets.at(-1)).toBe(Date.UTC(2026, 11, 7, 10, 30));
    expect(summary.tenants.map((t) => t.name)).toEqual(['alpha', 'beta', 'idle']);
    const [alpha, beta, idle] = summary.tenants;
    expect(alpha).toMatchObject({
      requests: 2,
      errors: 1,
      tokens: 60,
      thisMinute: { requests: 1, tokens: 30 },
      limits: { requestsPerMinute: 60, tokensPerMinute: 1000 },
      // The budget counts the whole UTC day, the request two hours ago included.
      budget: { usd: 5, period: 'day', periodStart: Date.UTC(2026, 11, 7) },
    });
    expect(alpha?.costUsd).toBeCloseTo(0.02);
    expect(alpha?.budget?.spentUsd).toBeCloseTo(0.03);
    expect(alpha?.series.requests.at(-1)).toBe(1);
    expect(alpha?.series.requests.at(-6)).toBe(1);
    expect(beta).toMatchObject({ requests: 3, tokens: 60 });
    expect(beta?.costUsd).toBeCloseTo(0.5);
    expect(beta?.budget).toBeUndefined();
    expect(idle).toMatchObject({ requests: 0, limits: {} });

    const openai = summary.providers.find((p) => p.name === 'openai');
    expect(openai).toMatchObject({ requests: 2, errors: 1, errorRate: 0.5, retries: 2, fallbacks: 0 });
    // One request in (50, 100] ms, one in (2500, 5000]: the median is at the top of the fast one.
    expect(openai?.latencyMs.p50).toBe(100);
    expect(openai?.latencyMs.p99).toBeGreaterThan(2_500);
    expect(summary.providers.find((p) => p.name === 'anthropic')).toMatchObject({
      requests: 1,
      fallbacks: 1,
    });

    expect(summary.caches).toMatchObject({ requests: 5, simpleHits: 1, semanticHits: 1, hitRate: 0.4 });
    expect(summary.caches.savedUsd).toBeCloseTo(0.75);
    expect(summary.circuits).toEqual([{ name: 'openai', state: 'open', since: now - minute }]);
  });

  it('reads hours for a day and days for a month', async () => {
    const usage = memoryUsageStore({ now: () => now });
    usage.add(entry({ tenant: 'alpha', at: now - 2 * 60 * minute }));
    usage.add(entry({ tenant: 'alpha', at: now - 10 * 24 * 60 * minute }));
    const day = await dashboardSummary('day', { usage, tenants: [], circuits: [], now });
    expect(day).toMatchObject({ granularity: 'hour', tenants: [{ name: 'alpha', requests: 1 }] });
    expect(day.buckets).toHaveLength(24);
    const month = await dashboardSummary('month', { usage, tenants: [], circuits: [], now });
    expect(month).toMatchObject({ granularity: 'day', tenants: [{ name: 'alpha', requests: 2 }] });
  });

  it('counts caches per provider when there are no tenants (a gateway without keys)', async () => {
    const usage = memoryUsageStore({ now: () => now });
    usage.add(entry({ provider: 'openai', cacheHit: true, savedUsd: 0.1 }));
    usage.add(entry({ provider: 'openai' }));
    const summary = await dashboardSummary('hour', { usage, tenants: [], circuits: [], now });
    expect(summary.tenants).toEqual([]);
    expect(summary.caches).toMatchObject({ requests: 2, simpleHits: 1, hitRate: 0.5 });
  });

  it('sums a budget of a number of seconds from the finest buckets kept that long', async () => {
    const usage = memoryUsageStore({ now: () => now });
    usage.add(entry({ tenant: 'alpha', at: now - 10 * minute, costUsd: 1 }));
    usage.add(entry({ tenant: 'alpha', at: now - 40 * minute, costUsd: 2 }));
    const summary = await dashboardSummary('hour', {
      usage,
      tenants: [{ name: 'alpha', budget_usd: 10, budget_period: 3600 }],
      circuits: [],
      now,
    });
    // The window of an hour (counted from the epoch) holding 10:30:15 is 10:00-11:00: 10:20 counts, 09:50 not.
    expect(summary.tenants[0]?.budget).toMatchObject({ periodStart: Date.UTC(2026, 11, 7, 10), spentUsd: 1 });
  });
});
