import { errorResponse } from '@switchyard/core';
import type { Hono } from 'hono';
import { adminKeyChecker } from './admin-key.js';
import type { GatewayCore } from './gateway-core.js';
import { gatewayKeyChecker } from './gateway-keys.js';
import { usageAnswer } from './usage-route.js';

/** How to turn the admin routes on, said where they are off. */
const howToTurnOn =
  'Admin routes are off: start the gateway with an admin key (SWITCHYARD_ADMIN_KEY, serve --admin-key, or createGateway({ adminKey }))';

/**
 * The operator's routes on `app`: `GET /admin/usage` (see `usageAnswer`), answered only with
 * `Authorization: Bearer <admin key>`, never with a tenant's gateway key.
 *
 * @throws TypeError when `adminKey` is too short or is also a gateway key.
 */
export function mountAdminRoutes(app: Hono, core: GatewayCore, adminKey: string | undefined): void {
  if (adminKey === undefined) {
    app.all('/admin/*', () => errorResponse(404, howToTurnOn, { code: 'admin_routes_off' }));
    return;
  }
  const isGatewayKey = gatewayKeyChecker(core.keys());
  const isAdmin = adminKeyChecker(adminKey, (candidate) => isGatewayKey(candidate) !== undefined);
  app.use('/admin/*', async (c, next) => {
    if (!isAdmin(c.req.header('authorization') ?? null)) {
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
