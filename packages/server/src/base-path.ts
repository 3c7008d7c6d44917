import { gatewayRoutes } from './gateway-routes.js';

/**
 * `basePath` validated and normalised: `''` for the root (the default, and `'/'`), else a path
 * such as `/api/llm` with no trailing slash.
 *
 * @throws TypeError when it is not a plain path: it must start with `/` and hold no query,
 *   fragment, wildcard, route parameter or empty segment.
 */
export function checkBasePath(value: string | undefined): string {
  if (value === undefined || value === '' || value === '/') return '';
  if (typeof value !== 'string' || !/^(\/[A-Za-z0-9._~!$&'()+,;=@%-]+)+\/?$/.test(value)) {
    throw new TypeError(
      `createGateway: basePath must be a path such as '/api/llm' (starting with '/', no query, ` +
        `wildcard, ':' parameter or empty segment); got ${JSON.stringify(value)}`,
    );
  }
  return value.endsWith('/') ? value.slice(0, -1) : value;
}

/**
 * The prefix in front of a gateway route in `pathname` when the route was asked for under another
 * path than the gateway's (`/api/llm` for `/api/llm/v1/chat/completions` and base path `''`), so a
 * 404 can name the `basePath` to set; `undefined` when `pathname` ends in no gateway route.
 */
export function mountPathOf(pathname: string, basePath: string): string | undefined {
  for (const route of gatewayRoutes) {
    if (!pathname.endsWith(route.path)) continue;
    const prefix = pathname.slice(0, -route.path.length);
    if (prefix !== basePath) return prefix;
  }
  return undefined;
}
