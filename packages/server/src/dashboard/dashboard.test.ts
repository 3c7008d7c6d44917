import { memoryUsageStore } from '@switchyard/limits';
import { describe, expect, it } from 'vitest';
import { type DashboardContext, dashboardHandler } from './dashboard.js';
import { memoryLiveFeed } from './live-feed.js';
import type { LiveRow } from './live-row.js';

const adminKey = 'admin-key-0123456789abcdef';
const tenantKey = 'sk-tenant-alpha-0123456789';

function context(overrides: Partial<DashboardContext> = {}): DashboardContext {
  return {
    adminKey,
    usage: memoryUsageStore(),
    live: memoryLiveFeed(),
    tenants: () => [{ name: 'alpha', budget_usd: 10 }],
    promptLogging: false,
    ...overrides,
  };
}

function get(path: string, key?: string, init: RequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (key !== undefined) headers.set('authorization', `Bearer ${key}`);
  return new Request(`http://gateway.test${path}`, { ...init, headers });
}

function row(traceId: string, extra: Partial<LiveRow> = {}): LiveRow {
  return {
    traceId,
    time: Date.now(),
    tenant: 'alpha',
    path: '/v1/chat/completions',
    outcome: 'completed',
    stream: false,
    latencyMs: 12,
    retries: 0,
    ...extra,
  };
}

/** Reads server-sent events from `response` until `count` have arrived. */
async function readEvents(
  response: Response,
  count: number,
): Promise<Array<{ event: string; data: string }>> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: Array<{ event: string; data: string }> = [];
  let buffer = '';
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event !== undefined && data !== undefined) events.push({ event, data });
      end = buffer.indexOf('\n\n');
    }
  }
  await reader.cancel();
  return events;
}

describe('dashboardHandler', () => {
  const handle = dashboardHandler(context());

  it('answers only /ui and the paths under it', async () => {
    expect(await handle(get('/v1/chat/completions'))).toBeUndefined();
    expect(await handle(get('/uix'))).toBeUndefined();
    expect(await handle(get('/'))).toBeUndefined();
  });

  it('serves the page (a login form, no data) and its assets without credentials, with security headers', async () => {
    const page = (await handle(get('/ui')))!;
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('id="login-form"');
    expect(html).not.toMatch(/<script>|<style>|https?:\/\//);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    for (const [name, type, marker] of [
      ['uplot.js', 'text/javascript; charset=utf-8', 'uPlot'],
      ['uplot.css', 'text/css; charset=utf-8', '.uplot'],
      ['dashboard.js', 'text/javascript; charset=utf-8', 'ui/api/summary'],
      ['dashboard.css', 'text/css; charset=utf-8', '.panel'],
    ]) {
      const asset = (await handle(get(`/ui/assets/${name}`)))!;
      expect(asset.status, name).toBe(200);
      expect(asset.headers.get('content-type')).toBe(type);
      expect(await asset.text()).toContain(marker);
    }
    expect((await handle(get('/ui/assets/constructor')))!.status).toBe(404);
    expect((await handle(get('/ui/assets/..%2F..%2Fpackage.json')))!.status).toBe(404);
  });

  it('gives a tenant key 403 on the page, its assets and its data routes', async () => {
    for (const path of ['/ui', '/ui/assets/dashboard.js', '/ui/api/summary', '/ui/api/live']) {
      const response = (await handle(get(path, tenantKey)))!;
      expect(response.status, path).toBe(403);
      expect(await response.text()).not.toContain(tenantKey);
    }
    const basic = (await handle(
      get('/ui/api/summary', undefined, { headers: { authorization: `Basic ${btoa(`x:${adminKey}`)}` } }),
    ))!;
    expect(basic.status).toBe(403);
  });

  it('answers 401 on the data routes without credentials', async () => {
    for (const path of ['/ui/api/summary', '/ui/api/live']) {
      const response = (await handle(get(path)))!;
      expect(response.status, path).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      expect(await response.json()).toMatchObject({ error: { code: 'admin_key_required' } });
    }
  });

  it("answers the summary to the admin key, with the tenants' figures", async () => {
    const usage = memoryUsageStore();
    usage.add({
      at: Date.now(),
      tenant: 'alpha',
      provider: 'openai',
      error: false,
      inputTokens: 3,
      outputTokens: 4,
      costUsd: 0.25,
      cacheHit: false,
      semanticHit: false,
      savedUsd: 0,
      retries: 0,
      fellBack: false,
      latencyMs: 30,
    });
    const withUsage = dashboardHandler(
      context({ usage, circuits: () => [{ name: 'openai', state: 'half-open' }] }),
    );
    const response = (await withUsage(get('/ui/api/summary?window=hour', adminKey)))!;
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const summary = await response.json();
    expect(summary).toMatchObject({
      window: 'hour',
      tenants: [
        { name: 'alpha', requests: 1, tokens: 7, costUsd: 0.25, budget: { usd: 10, spentUsd: 0.25 } },
      ],
      providers: [{ name: 'openai', requests: 1 }],
      circuits: [{ name: 'openai', state: 'half-open' }],
    });
    const bad = (await withUsage(get('/ui/api/summary?window=year', adminKey)))!;
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toBe(
      'window must be one of hour, day, month; got "year"',
    );
  });

  it('streams the recent rows, then each new one, to the admin key', async () => {
    const live = memoryLiveFeed();
    live.publish(row('before'));
    const handler = dashboardHandler(context({ live }));
    const response = (await handler(get('/ui/api/live', adminKey)))!;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reading = readEvents(response, 3);
    live.publish(row('after'));
    const events = await reading;
    expect(events.map((e) => e.event)).toEqual(['row', 'ready', 'row']);
    expect(events.map((e) => (e.event === 'row' ? JSON.parse(e.data).traceId : undefined))).toEqual([
      'before',
      undefined,
      'after',
    ]);
  });

  it('stops feeding a stream its reader cancelled', async () => {
    const live = memoryLiveFeed();
    let listeners = 0;
    const counting = {
      ...live,
      subscribe(listener: (row: LiveRow) => void) {
        listeners++;
        const unsubscribe = live.subscribe(listener);
        return () => {
          listeners--;
          unsubscribe();
        };
      },
    };
    const response = (await dashboardHandler(context({ live: counting }))(get('/ui/api/live', adminKey)))!;
    await readEvents(response, 1);
    expect(listeners).toBe(0);
  });

  it('sends a row published while the backlog is read, once', async () => {
    const live = memoryLiveFeed();
    live.publish(row('in-backlog'));
    const slow = {
      ...live,
      async recent(limit: number) {
        const rows = await live.recent(limit);
        live.publish(row('during-read'));
        live.publish(rows[0]!); // heard again, as a replica may hear its own row back
        return rows;
      },
    };
    const response = (await dashboardHandler(context({ live: slow }))(get('/ui/api/live', adminKey)))!;
    const events = await readEvents(response, 3);
    expect(events.map((e) => (e.event === 'row' ? JSON.parse(e.data).traceId : e.event))).toEqual([
      'in-backlog',
      'during-read',
      'ready',
    ]);
  });

  it('answers 503 naming the store when usage or the live feed cannot be read', async () => {
    let listeners = 0;
    const failing = dashboardHandler(
      context({
        usage: {
          add() {},
          read() {
            throw new Error('connection refused');
          },
        },
        live: {
          ...memoryLiveFeed(),
          subscribe() {
            listeners++;
            return () => listeners--;
          },
          recent: () => Promise.reject(new Error('redis is down')),
        },
      }),
    );
    const summary = (await failing(get('/ui/api/summary', adminKey)))!;
    expect(summary.status).toBe(503);
    expect(((await summary.json()) as { error: { message: string } }).error.message).toBe(
      'The dashboard cannot read usage: connection refused',
    );
    const live = (await failing(get('/ui/api/live', adminKey)))!;
    expect(live.status).toBe(503);
    expect(((await live.json()) as { error: { message: string } }).error.message).toBe(
      'The dashboard cannot read the live feed: redis is down',
    );
    expect(listeners).toBe(0);
  });

  it('sends no prompt text unless this gateway logs prompts', async () => {
    const live = memoryLiveFeed();
    live.publish(row('with-text', { input: 'the prompt', output: 'the answer' }));
    const [quiet] = await readEvents(
      (await dashboardHandler(context({ live }))(get('/ui/api/live', adminKey)))!,
      1,
    );
    expect(quiet?.data).not.toMatch(/the prompt|the answer/);
    const [logged] = await readEvents(
      (await dashboardHandler(context({ live, promptLogging: true }))(get('/ui/api/live', adminKey)))!,
      1,
    );
    expect(JSON.parse(logged!.data)).toMatchObject({ input: 'the prompt', output: 'the answer' });
  });

  it('answers other methods 405, unknown paths 404, and /ui/ with a redirect that keeps the base path', async () => {
    expect((await handle(get('/ui/api/summary', adminKey, { method: 'POST' })))!.status).toBe(405);
    expect((await handle(get('/ui/nothing', adminKey)))!.status).toBe(404);
    const redirect = (await handle(get('/ui/')))!;
    expect(redirect.status).toBe(308);
    expect(new URL(redirect.headers.get('location')!, 'http://gateway.test/base/ui/').pathname).toBe(
      '/base/ui',
    );
  });

  it('is off without an admin key, saying how to turn it on', async () => {
    const off = dashboardHandler(context({ adminKey: undefined }));
    const page = (await off(get('/ui', undefined, { headers: { accept: 'text/html' } })))!;
    expect(page.status).toBe(404);
    const html = await page.text();
    expect(html).toContain('SWITCHYARD_ADMIN_KEY');
    expect(html).toContain('--admin-key');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    for (const path of ['/ui', '/ui/api/summary', '/ui/api/live']) {
      const response = (await off(get(path, tenantKey)))!;
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { error: unknown }).error).toMatchObject({ code: 'dashboard_off' });
    }
  });
});
