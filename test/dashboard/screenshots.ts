// Takes the dashboard screenshots of packages/server/README.md from a gateway's dashboard handler
// fed a day of made-up traffic (three tenants, three providers, caches, a failing provider):
//   pnpm exec tsx --conditions=@switchyard/source test/dashboard/screenshots.ts
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { dashboardHandler, memoryLiveFeed } from '@switchyard/server';
// @switchyard/limits is no dependency of the tests' package: the same source the server resolves.
import { memoryUsageStore } from '../../packages/limits/src/index.js';
import { launchChromium, openPage, signIn } from './browser.js';

const adminKey = 'screenshot-admin-key-0123456789';
const out = new URL('../../packages/server/docs/', import.meta.url);

/** A reproducible random number in [0, 1) (mulberry32). */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(26);
const now = Date.now();
const usage = memoryUsageStore();
const live = memoryLiveFeed();
const tenants = [
  { name: 'checkout', weight: 5, model: 'gpt-4o-mini' },
  { name: 'support-bot', weight: 3, model: 'claude-sonnet-4-5' },
  { name: 'search', weight: 2, model: 'gpt-4o' },
];

// A day of traffic, busier in the afternoon; anthropic fails more in the last hours.
for (let minute = 24 * 60; minute >= 0; minute--) {
  const at = now - minute * 60_000;
  const hour = new Date(at).getUTCHours();
  const load = 1 + Math.round(3 * Math.max(0, Math.sin(((hour - 6) / 24) * 2 * Math.PI)));
  for (let i = 0; i < load; i++) {
    const tenant = tenants[Math.floor(random() * random() * tenants.length)]!;
    const provider = tenant.model.startsWith('claude') ? 'anthropic' : random() < 0.8 ? 'openai' : 'groq';
    const hit = random() < 0.22;
    const semantic = hit && random() < 0.4;
    const failing = provider === 'anthropic' && minute < 180 && random() < 0.25;
    const cost = hit ? 0 : 0.0004 + random() * (tenant.name === 'search' ? 0.02 : 0.006);
    const latency = hit ? 5 + random() * 30 : 200 + random() * random() * (provider === 'groq' ? 600 : 4_000);
    usage.add({
      at,
      tenant: tenant.name,
      ...(hit ? {} : { provider }),
      error: failing,
      inputTokens: 200 + Math.round(random() * 900),
      outputTokens: hit ? 0 : 50 + Math.round(random() * 400),
      costUsd: cost,
      cacheHit: hit,
      semanticHit: semantic,
      savedUsd: hit ? 0.002 + random() * 0.01 : 0,
      retries: failing ? 2 : random() < 0.03 ? 1 : 0,
      fellBack: failing && random() < 0.8,
      latencyMs: latency,
    });
    if (minute < 3) {
      live.publish({
        traceId: `trace-${minute}-${i}`,
        time: at,
        tenant: tenant.name,
        ...(hit ? {} : { provider }),
        ...(hit ? {} : { target: failing ? 'config.targets[1]' : 'config.targets[0]' }),
        model: tenant.model,
        path: '/v1/chat/completions',
        ...(failing ? { status: 503, errorCode: 'http_503' } : { status: 200 }),
        outcome: failing ? 'error' : 'completed',
        stream: random() < 0.5,
        latencyMs: Math.round(latency),
        timeToFirstTokenMs: Math.round(latency / 4),
        inputTokens: 420,
        outputTokens: hit ? 0 : 180,
        costUsd: cost,
        cacheStatus: hit ? (semantic ? 'SEMANTIC_HIT' : 'HIT') : 'MISS',
        retries: failing ? 2 : 0,
      });
    }
  }
}

const handle = dashboardHandler({
  adminKey,
  usage,
  live,
  tenants: () => [
    { name: 'checkout', requests_per_minute: 600, budget_usd: 50, budget_period: 'day' },
    { name: 'support-bot', tokens_per_minute: 200_000, budget_usd: 400, budget_period: 'month' },
    { name: 'search', budget_usd: 5, budget_period: 'day' },
  ],
  circuits: () => [
    { name: 'openai', state: 'closed' },
    { name: 'anthropic', state: 'half-open', since: now - 40_000 },
    { name: 'groq', state: 'closed' },
  ],
  promptLogging: false,
});
const server = createServer(
  getRequestListener(async (request) => (await handle(request)) ?? new Response(null, { status: 404 })),
);
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ui`;

const browser = await launchChromium();
try {
  const { page, errors } = await openPage(browser, {
    viewport: { width: 1360, height: 900 },
    deviceScaleFactor: 1,
  });
  await signIn(page, url, adminKey);
  await page.waitForSelector('#live-status.live');
  await page.waitForSelector('tr[data-tenant="checkout"]');
  await page.screenshot({ path: new URL('dashboard-overview.png', out).pathname });
  await page.locator('#tenants').screenshot({ path: new URL('dashboard-tenants.png', out).pathname });
  await page.locator('#providers').screenshot({ path: new URL('dashboard-providers.png', out).pathname });
  await page.locator('#caches').screenshot({ path: new URL('dashboard-caches.png', out).pathname });
  if (errors.length > 0) throw new Error(`the page reported errors: ${errors.join('; ')}`);
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
}
