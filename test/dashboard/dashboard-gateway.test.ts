import { type RunningGateway, serve } from '@switchyard/server';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI from 'openai';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumForTests, figure, launchChromium, openPage, polling, signIn } from './browser.js';

// The dashboard of a real gateway with two tenants' keys in front of a mock OpenAI upstream,
// driven through Debian's chromium: what an operator sees after the tenants' requests.

const adminKey = 'sk-admin-dashboard-0123456789';
const alphaKey = 'sk-gw-alpha-0123456789abcdef';
const betaKey = 'sk-gw-beta-0123456789abcdef';
const browserAvailable = chromiumForTests('the gateway dashboard tests');

/** The page's dollar format (packages/server/ui/dashboard.js). */
function dollars(value: number): string {
  if (value === 0) return '$0';
  const digits = Math.abs(value) < 0.01 ? 6 : Math.abs(value) < 1 ? 4 : 2;
  return `$${value.toFixed(digits)}`;
}

describe.skipIf(!browserAvailable)('the dashboard at /ui of a gateway with keys (chromium)', () => {
  let upstream: MockProvider;
  let gateway: RunningGateway;
  let browser: Browser;

  function client(key: string): OpenAI {
    return new OpenAI({ apiKey: key, baseURL: `${gateway.url}/v1`, maxRetries: 0 });
  }

  async function ask(key: string, prompt: string): Promise<void> {
    await client(key).chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: prompt }],
    });
  }

  /** The tenants' figures as the dashboard's data route answers them to the admin key. */
  async function summary(): Promise<{ tenants: Array<{ name: string; requests: number; costUsd: number }> }> {
    const response = await fetch(`${gateway.url}/ui/api/summary?window=day`, {
      headers: { authorization: `Bearer ${adminKey}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { tenants: Array<{ name: string; requests: number; costUsd: number }> };
  }

  beforeAll(async () => {
    upstream = await startMockProvider({ reply: 'served by the mock' });
    gateway = await serve({
      port: 0,
      hostname: '127.0.0.1',
      log: () => {},
      adminKey,
      config: { provider: 'openai', api_key: 'sk-upstream', custom_host: upstream.baseURL },
      keys: [
        { name: 'alpha', key: alphaKey, budget_usd: 5, budget_period: 'month' },
        { name: 'beta', key: betaKey, requests_per_minute: 100 },
      ],
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.close(0);
    await upstream?.close();
  });

  it("shows each tenant's request count and spend, and a live row for each new request, with no console error", async () => {
    await ask(alphaKey, 'one');
    await ask(alphaKey, 'two');
    await ask(betaKey, 'three');
    // The usage sink records after the answer: wait until the gateway counts all three.
    await expect
      .poll(
        async () => (await summary()).tenants.map((tenant) => `${tenant.name}:${tenant.requests}`),
        polling,
      )
      .toEqual(['alpha:2', 'beta:1']);
    const figures = await summary();
    const spendOf = (name: string) => figures.tenants.find((tenant) => tenant.name === name)!.costUsd;
    expect(spendOf('alpha')).toBeGreaterThan(0);
    expect(spendOf('beta')).toBeGreaterThan(0);

    const { page, errors } = await openPage(browser);
    await signIn(page, `${gateway.url}/ui`, adminKey);
    const alpha = 'tr[data-tenant="alpha"]';
    const beta = 'tr[data-tenant="beta"]';
    await expect.poll(() => figure(page, alpha, 'requests').textContent(), polling).toBe('2');
    expect(await figure(page, beta, 'requests').textContent()).toBe('1');
    expect(await figure(page, alpha, 'spend').textContent()).toBe(dollars(spendOf('alpha')));
    expect(await figure(page, beta, 'spend').textContent()).toBe(dollars(spendOf('beta')));
    expect(await figure(page, alpha, 'budget').textContent()).toBe(
      `${dollars(spendOf('alpha'))} of $5.00 this month`,
    );
    expect(await figure(page, 'tr[data-provider="openai"]', 'requests').textContent()).toBe('3');

    const liveRows = page.locator('#live-table tbody tr');
    await expect.poll(() => liveRows.count(), polling).toBe(3);
    await ask(betaKey, 'four');
    await expect.poll(() => liveRows.count(), polling).toBe(4);
    const newest = liveRows.first();
    expect(await newest.locator('[data-field="tenant"]').textContent()).toBe('beta');
    expect(await newest.locator('[data-field="status"]').textContent()).toBe('200');
    expect(await newest.locator('[data-field="model"]').textContent()).toMatch(/^gpt-4o-mini/);
    // The figures follow the live table.
    await expect.poll(() => figure(page, beta, 'requests').textContent(), polling).toBe('2');

    expect(errors).toEqual([]);
    await page.close();
  });

  it("refuses a tenant's key on /ui and its data routes", async () => {
    for (const path of ['/ui', '/ui/api/summary', '/ui/api/live']) {
      const response = await fetch(`${gateway.url}${path}`, {
        headers: { authorization: `Bearer ${alphaKey}` },
      });
      expect([401, 403], path).toContain(response.status);
      expect(await response.text()).not.toContain('"tenants"');
    }
    const anonymous = await fetch(`${gateway.url}/ui/api/summary`);
    expect(anonymous.status).toBe(401);
  });
});
