import { errorResponse } from '@switchyard/core';
import type { UsageStore } from '@switchyard/limits';
import { adminKeyCheck } from './admin-key-check.js';
import { dashboardAssets } from './dashboard-assets.js';
import {
  type DashboardCircuit,
  type DashboardSummary,
  type DashboardTenant,
  type DashboardWindow,
  dashboardSummary,
  dashboardWindows,
} from './dashboard-summary.js';
import type { LiveFeed } from './live-feed.js';
import type { LiveRow } from './live-row.js';

export type { DashboardCircuit, DashboardTenant } from './dashboard-summary.js';

/** What the dashboard reads, as the gateway wires it. */
export interface DashboardContext {
  /** The admin key (`SWITCHYARD_ADMIN_KEY`, `serve --admin-key`); without one the dashboard is off. */
  adminKey: string | undefined;
  /** Usage per tenant and provider (`usageSink` fills it from trace records). */
  usage: UsageStore;
  /** Finished requests for the live table. */
  live: LiveFeed;
  /** The gateway keys' tenants, with their limits and budgets. */
  tenants(): readonly DashboardTenant[];
  /** This replica's circuit breakers and their states. Default: none shown. */
  circuits?(): readonly DashboardCircuit[];
  /** Whether live rows may carry prompt and completion text (`LiveRow.input`, `output`). */
  promptLogging: boolean;
}

/** Rows the live table starts with when a page opens. */
const backlogRows = 50;
/** A comment line this often keeps idle proxies from closing the live stream, in ms. */
const keepAliveMs = 15_000;

/**
 * The page's Content-Security-Policy: nothing from elsewhere, no inline script or style, no
 * framing, no form posts; the page's own script fetches its data with the admin key in a header.
 */
const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** On every answer of the dashboard: its data is private, and it is never framed or sniffed. */
const securityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

/**
 * The operators' dashboard at `/ui`: the page and its assets, its data (`/ui/api/summary`) and the
 * live requests as server-sent events (`/ui/api/live`). The page is served to anyone (it holds
 * no data: a login form asks for the admin key and keeps it in `sessionStorage`); everything it
 * shows comes from the data routes, which take only `Authorization: Bearer <admin key>` (401
 * without credentials). Any other credentials, a tenant's gateway key included, get 403 on the
 * page and the data routes alike. The live stream is read with `fetch` so the key travels in that
 * header too, never in a URL. Without an admin key, `/ui` answers 404 saying how to turn it on.
 *
 * Paths are relative to the gateway's base path. Answers `undefined` for any path outside `/ui`.
 */
export function dashboardHandler(
  context: DashboardContext,
): (request: Request) => Promise<Response | undefined> {
  const check = context.adminKey === undefined ? undefined : adminKeyCheck(context.adminKey);
  return async (request) => {
    const url = new URL(request.url);
    const path = url.pathname;
    if (path !== '/ui' && !path.startsWith('/ui/')) return undefined;
    if (check === undefined) return dashboardOff(request, path);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return secured(errorResponse(405, `${request.method} ${path}: the dashboard answers GET only`));
    }
    const access = check(request);
    if (access === 'denied') {
      return secured(
        errorResponse(403, 'The dashboard takes the admin key only', { code: 'admin_key_required' }),
      );
    }
    if (path === '/ui') return secured(await page());
    // A relative redirect keeps the base path, which this handler never sees.
    if (path === '/ui/') return secured(new Response(null, { status: 308, headers: { location: '../ui' } }));
    if (path.startsWith('/ui/assets/')) return secured(await asset(path.slice('/ui/assets/'.length)));
    if (path.startsWith('/ui/api/')) {
      if (access !== 'admin') {
        return secured(
          errorResponse(401, 'The dashboard needs Authorization: Bearer <admin key>', {
            code: 'admin_key_required',
            headers: { 'www-authenticate': 'Bearer realm="switchyard-dashboard"' },
          }),
        );
      }
      if (path === '/ui/api/summary') return secured(await summary(url));
      if (path === '/ui/api/live') return secured(await liveStream(request));
    }
    return secured(errorResponse(404, `${path}: no such page of the dashboard`));
  };

  async function page(): Promise<Response> {
    const { html } = await dashboardAssets();
    return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
  }

  async function asset(name: string): Promise<Response> {
    const { files } = await dashboardAssets();
    const file = Object.hasOwn(files, name) ? files[name] : undefined;
    if (file === undefined) return errorResponse(404, `/ui/assets/${name}: no such asset of the dashboard`);
    return new Response(file.body, { headers: { 'content-type': file.type } });
  }

  async function summary(url: URL): Promise<Response> {
    const window = url.searchParams.get('window') ?? 'day';
    if (!Object.hasOwn(dashboardWindows, window)) {
      return errorResponse(
        400,
        `window must be one of ${Object.keys(dashboardWindows).join(', ')}; got "${window}"`,
        {
          param: 'window',
        },
      );
    }
    let figures: DashboardSummary;
    try {
      figures = await dashboardSummary(window as DashboardWindow, {
        usage: context.usage,
        tenants: context.tenants(),
        circuits: context.circuits?.() ?? [],
        now: Date.now(),
      });
    } catch (error) {
      return unavailable('usage', error);
    }
    return Response.json(figures);
  }

  async function liveStream(request: Request): Promise<Response> {
    // Subscribed before reading the backlog, so that no row published meanwhile is lost; rows
    // heard early are sent after the backlog, unless it holds them already.
    const early: LiveRow[] = [];
    let send: ((row: LiveRow) => void) | undefined;
    const unsubscribe = context.live.subscribe((row) => (send === undefined ? early.push(row) : send(row)));
    let backlog: LiveRow[];
    try {
      backlog = await context.live.recent(backlogRows);
    } catch (error) {
      unsubscribe();
      return unavailable('the live feed', error);
    }
    const encoder = new TextEncoder();
    let stop: (() => void) | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const write = (row: LiveRow) => {
          controller.enqueue(encoder.encode(`event: row\ndata: ${JSON.stringify(shown(row))}\n\n`));
        };
        const sent = new Set(backlog.map((row) => row.traceId));
        for (const row of backlog) write(row);
        for (const row of early) if (!sent.has(row.traceId)) write(row);
        controller.enqueue(encoder.encode('event: ready\ndata: {}\n\n'));
        send = write;
        const keepAlive = setInterval(() => {
          try {
            controller.enqueue(encoder.encode(': keep-alive\n\n'));
          } catch {
            stop?.(); // the stream ended without telling us: stop feeding it
          }
        }, keepAliveMs);
        stop = () => {
          unsubscribe();
          clearInterval(keepAlive);
          request.signal.removeEventListener('abort', end);
        };
        const end = () => {
          stop?.();
          controller.close();
        };
        request.signal.addEventListener('abort', end, { once: true });
      },
      cancel() {
        stop?.();
      },
    });
    return new Response(body, {
      headers: { 'content-type': 'text/event-stream; charset=utf-8', 'x-accel-buffering': 'no' },
    });
  }

  /** 503 naming the store that failed (its message, never the request's credentials). */
  function unavailable(what: string, error: unknown): Response {
    const reason = error instanceof Error ? error.message : String(error);
    return errorResponse(503, `The dashboard cannot read ${what}: ${reason}`, {
      code: 'dashboard_unavailable',
    });
  }

  /** A row as the page may show it: never prompt text unless this gateway logs prompts. */
  function shown(row: LiveRow): LiveRow {
    if (context.promptLogging || (row.input === undefined && row.output === undefined)) return row;
    const { input: _input, output: _output, ...rest } = row;
    return rest;
  }
}

/** `/ui` of a gateway without an admin key: off, saying how to turn it on. */
function dashboardOff(request: Request, path: string): Response {
  const how =
    'The dashboard is off: it needs an admin key. Start the gateway with SWITCHYARD_ADMIN_KEY=<a long random secret> ' +
    'in its environment, or with serve --admin-key <secret> (serve({ adminKey }) in code), then open /ui and enter that key.';
  const wantsHtml = path === '/ui' && (request.headers.get('accept') ?? '').includes('text/html');
  if (!wantsHtml) return secured(errorResponse(404, how, { code: 'dashboard_off' }));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Switchyard dashboard is off</title></head><body><h1>The Switchyard dashboard is off</h1><p>It needs an admin key. Start the gateway with <code>SWITCHYARD_ADMIN_KEY=&lt;a long random secret&gt;</code> in its environment, or with <code>switchyard serve --admin-key &lt;secret&gt;</code> (<code>serve({ adminKey })</code> in code), then open <code>/ui</code> again and enter that key.</p></body></html>`;
  return secured(
    new Response(html, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } }),
  );
}

/** Adds the dashboard's security headers. */
function secured(response: Response): Response {
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  return response;
}
