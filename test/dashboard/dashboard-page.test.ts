import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { type DashboardContext, dashboardHandler, type LiveRow, memoryLiveFeed } from '@switchyard/server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @switchyard/limits is no dependency of the tests' package: the same source the server resolves.
import { memoryUsageStore, type UsageEntry } from '../../packages/limits/src/index.js';
import { chromiumForTests, figure, launchChromium, openPage, polling, signIn } from './browser.js';

// The page itself against the dashboard's handler on a plain node:http server, with figures made
// here: what it draws from the data routes, whatever the gateway around it.

const adminKey = 'admin-key-for-the-page-test-0123';
const browserAvailable = chromiumForTests('the dashboard page tests');

function usage(
  tenant: string,
  provider: string,
  costUsd: number,
  extra: Partial<UsageEntry> = {},
): UsageEntry {
  return {
    at: Date.now(),
    tenant,
    provider,
    error: false,
    inputTokens: 10,
    outputTokens: 5,
    costUsd,
    cacheHit: false,
    semanticHit: false,
    savedUsd: 0,
    retries: 0,
    fellBack: false,
    latencyMs: 120,
    ...extra,
  };
}

function liveRow(traceId: string, tenant: string): LiveRow {
  return {
    traceId,
    time: Date.now(),
    tenant,
    provider: 'openai',
    target: 'config.targets[0]',
    model: 'gpt-4o-mini',
    path: '/v1/chat/completions',
    status: 200,
    outcome: 'completed',
    stream: false,
    latencyMs: 120,
    inputTokens: 10,
    outputTokens: 5,
    costUsd: 0.0002,
    cacheStatus: 'MISS',
    retries: 0,
  };
}

describe.skipIf(!browserAvailable)('the dashboard page (chromium)', () => {
  let server: Server;
  let url: string;
  let browser: Browser;
  const live = memoryLiveFeed();
  const store = memoryUsageStore();

  beforeAll(async () => {
    store.add(usage('alpha', 'openai', 0.25));
    store.add(usage('alpha', 'openai', 0.25, { error: true, retries: 1 }));
    store.add(usage('beta', 'anthropic', 0.125, { cacheHit: true, semanticHit: true, savedUsd: 0.5 }));
    live.publish(liveRow('trace-first', 'alpha'));
    const context: DashboardContext = {
      adminKey,
      usage: store,
      live,
      tenants: () => [
        { name: 'alpha', requests_per_minute: 100, budget_usd: 10, budget_period: 'month' },
        { name: 'beta', tokens_per_minute: 5000 },
      ],
      circuits: () => [{ name: 'anthropic', state: 'open', since: Date.now() }],
      promptLogging: false,
    };
    const handle = dashboardHandler(context);
    server = createServer(
      getRequestListener(
        async (request) => (await handle(request)) ?? new Response('not the dashboard', { status: 404 }),
      ),
    );
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    server?.close();
    await live.close();
  });

  it("shows each tenant's figures, the providers, the caches and the live rows, with no console error", async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, `${url}/ui`, adminKey);

    const alpha = 'tr[data-tenant="alpha"]';
    const beta = 'tr[data-tenant="beta"]';
    await expect.poll(() => figure(page, alpha, 'requests').textContent(), polling).toBe('2');
    expect(await figure(page, alpha, 'errors').textContent()).toBe('1');
    expect(await figure(page, alpha, 'spend').textContent()).toBe('$0.5000');
    expect(await figure(page, alpha, 'budget').textContent()).toBe('$0.5000 of $10.00 this month');
    expect(await figure(page, alpha, 'minute-requests').textContent()).toBe('2 / 100');
    expect(await figure(page, beta, 'requests').textContent()).toBe('1');
    expect(await figure(page, beta, 'spend').textContent()).toBe('$0.1250');
    expect(await figure(page, beta, 'minute-tokens').textContent()).toBe('15 / 5,000');

    expect(await figure(page, 'tr[data-provider="openai"]', 'error-rate').textContent()).toBe('50.0%');
    expect(await figure(page, 'tr[data-provider="openai"]', 'p50').textContent()).toBe('175 ms');
    expect(await figure(page, 'tr[data-circuit="anthropic"]', 'state').textContent()).toBe('open');
    expect(await figure(page, 'tr[data-cache="semantic"]', 'hits').textContent()).toBe('1');
    expect(await page.textContent('#cache-saved')).toBe('$0.5000');
    // Every chart is drawn by uPlot (a canvas each).
    expect(await page.locator('.chart canvas').count()).toBe(7);

    const liveRows = page.locator('#live-table tbody tr');
    await expect.poll(() => liveRows.count(), polling).toBe(1);
    expect(await figure(page, 'tr[data-trace-id="trace-first"]', 'provider').textContent()).toBe(
      'openai (config.targets[0])',
    );
    live.publish(liveRow('trace-new', 'beta'));
    await expect.poll(() => liveRows.count(), polling).toBe(2);
    expect(await liveRows.first().getAttribute('data-trace-id')).toBe('trace-new');

    // Another window re-reads the figures, by day.
    const monthly = page.waitForResponse((response) =>
      response.url().endsWith('/ui/api/summary?window=month'),
    );
    await page.click('button[data-window="month"]');
    expect((await monthly).status()).toBe(200);
    expect(await page.getAttribute('button[data-window="month"]', 'aria-pressed')).toBe('true');
    expect(await figure(page, alpha, 'requests').textContent()).toBe('2');

    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the key for the tab only, and signs out', async () => {
    const { page, errors } = await openPage(browser);
    await signIn(page, `${url}/ui`, adminKey);
    await page.reload();
    await page.waitForSelector('#dashboard:not([hidden])');
    expect(page.url()).toBe(`${url}/ui`);
    await page.click('#sign-out');
    await page.waitForSelector('#login:not([hidden])');
    // A string expression: the test's TypeScript has no DOM types.
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a key that is not the admin key, and shows no figure', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${url}/ui`);
    await page.fill('#admin-key', 'sk-tenant-alpha-0123456789');
    await page.click('#login-form button[type="submit"]');
    await expect.poll(() => page.textContent('#login-error'), polling).toBe('That is not the admin key.');
    expect(await page.isHidden('#dashboard')).toBe(true);
    expect(await page.locator('tr[data-tenant]').count()).toBe(0);
    await page.close();
  });
});
