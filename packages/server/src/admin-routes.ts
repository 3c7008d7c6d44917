import { errorResponse } from '@switchyard/core';
import { memoryUsageStore } from '@switchyard/limits';
import type { Hono } from 'hono';
import { adminKeyChecker } from './admin-key.js';
import { dashboardHandler } from './dashboard/dashboard.js';
import { memoryLiveFeed } from './dashboard/live-feed.js';
import type { GatewayCore } from './gateway-core.js';
import { gatewayKeyChecker } from './gateway-keys.js';
import type { GatewayOptions } from './gateway-options.js';
import { usageAnswer } from './usage-route.js';

/** How to turn the admin routes on, said where they are off. */
const howToTurnOn =
  'Admin routes are off: start the gateway with an admin key (SWITCHYARD_ADMIN_KEY, serve --admin-key, or createGateway({ adminKey }))';

/**
 * The operator's routes on `app`: `GET /admin/usage` (see `usageAnswer`), answered only with
 * `Authorization: Bearer <admin key>`, never with a tenant's gateway key; and the dashboard at
 * `/ui` (see `dashboardHandler`), which checks the same key itself.
 *
 * @throws TypeError when `adminKey` is too short or is also a gateway key.
 */
export function mountAdminRoutes(
  app: Hono,
  core: GatewayCore,
  options: Pick<GatewayOptions, 'adminKey' | 'promptLogging' | 'circuits'> & { basePath: string },
): void {
  const { adminKey, basePath, circuits } = options;
  const dashboard = dashboardHandler({
    adminKey,
    usage: core.usage ?? memoryUsageStore(),
    live: core.live ?? memoryLiveFeed(),
    tenants: () => core.keys().map(({ digest: _digest, ...tenant }) => tenant),
    promptLogging: options.promptLogging === true,
    ...(circuits === undefined
      ? {}
      : {
          circuits: () => Object.entries(circuits).map(([name, breaker]) => ({ name, state: breaker.state })),
        }),
  });
  // The dashboard sees paths without the base path; every method under /ui is its to answer.
  const ui = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    url.pathname = url.pathname.slice(basePath.length);
    // Its live streams end when the client goes away or the gateway shuts down.
    const signal = AbortSignal.any([request.signal, core.closing]);
    const answer = await dashboard(
      new Request(url, { method: request.method, headers: request.headers, signal }),
    );
    return answer ?? errorResponse(404, `No route for ${request.method} ${url.pathname}`);
  };
  app.all('/ui', (c) => ui(c.req.raw));
  app.all('/ui/*', (c) => ui(c.req.raw));
  if (adminKey === undefined) {
    app.all('/admin/*', () => errorResponse(404, howToTurnOn, { code: 'admin_routes_off' }));
    return;
  }
  const isGatewayKey = gatewayKeyChecker(core.keys());
  const isAdmin = adminKeyChecker(adminKey, (candidate) => isGatewayKey(candidate) !== undefined);
  app.use('/admin/*', async (c, next) => {
    if (isAdmin(c.req.raw) !== 'admin') {
      return errorResponse(401, 'The admin routes need Authorization: Bearer <admin key>', {
        code: 'invalid_admin_key',
        headers: { 'www-authenticate': 'Bearer realm="switchyard-admin"' },
      });
    }
    await next();
  });
  app.get('/admin/usage', (c) => {
    if (core.usage === undefined) return errorResponse(404, 'This gateway records no usage (usage: false)');
    return usageAnswer(c.req.raw, core.usage);
  });
}
