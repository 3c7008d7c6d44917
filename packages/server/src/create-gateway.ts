import { errorResponse } from '@switchyard/core';
import { connectionHeaderNames, deriveRequest, transportSignal } from '@switchyard/core/internal';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { mountAdminRoutes } from './admin-routes.js';
import { checkBasePath, mountPathOf } from './base-path.js';
import { inClientDialect } from './client-dialect.js';
import { errorToResponse } from './error-to-response.js';
import { failureReporter } from './failure-log.js';
import { createGatewayCore, type GatewayCore } from './gateway-core.js';
import { coreOptions, resolveTimeLimits } from './gateway-limits.js';
import type { GatewayOptions } from './gateway-options.js';
import { gatewayRoutes } from './gateway-routes.js';
import { isGatewayHeader, withoutHopByHopHeaders } from './header-filter.js';
import { hostReadBody } from './host-read-body.js';
import { withPortkeyHeaders } from './portkey-response-headers.js';
import { readWholeBody } from './read-whole-body.js';
import { RequestClock } from './request-clock.js';
import { type GatewayHeaders, readGatewayHeaders } from './request-headers.js';
import { wholeJsonResponse } from './whole-json-response.js';

/** Default of `GatewayOptions.maxBodyBytes`: 25 MiB, room for audio uploads. */
export const defaultMaxBodyBytes = 25 * 1024 * 1024;

/**
 * An OpenAI-compatible gateway as a Hono app: every route runs the request's config (from
 * `x-portkey-config` / `x-switchyard-config`, else `options.config`, else a single target from
 * `x-portkey-provider` + `Authorization` or `x-portkey-virtual-key`) through the same middlewares
 * the library uses. Mount it in any Hono, Express or Next.js app, or run it with `serve`.
 *
 * @throws TypeError when an option is invalid.
 */
export function createGateway(options: GatewayOptions = {}): Hono {
  return gatewayApp(createGatewayCore(coreOptions(options).options), options);
}

/** The Hono app over an existing core (`serve` shares one core between the app and its fast path). */
export function gatewayApp(core: GatewayCore, options: GatewayOptions): Hono {
  const maxBodyBytes = checkMaxBodyBytes(options.maxBodyBytes);
  const basePath = checkBasePath(options.basePath);
  const limits = resolveTimeLimits(options);
  // basePath() types the app with its base in the routes' paths; the public type stays `Hono`.
  const app: Hono = basePath === '' ? new Hono() : (new Hono().basePath(basePath) as unknown as Hono);
  if (options.cors) {
    const origin = typeof options.cors === 'string' ? options.cors : [...options.cors];
    app.use(
      '/v1/*',
      cors({
        origin,
        exposeHeaders: ['x-portkey-trace-id', 'x-switchyard-trace-id', 'x-portkey-last-used-option-index'],
      }),
    );
  }
  app.get('/health', (c) => c.json({ status: 'ok' }));
  mountAdminRoutes(app, core, { ...options, basePath });
  // Before the limit: a body a host parsed already is put back first, so its real size is checked.
  app.use('/v1/*', hostReadBody());
  // Read whole before the routes, so the pipeline never holds (nor cancels) the host's stream.
  app.use(
    '/v1/*',
    readWholeBody(maxBodyBytes, () => tooLarge(maxBodyBytes)),
  );
  const report = failureReporter(options);
  const handle = async (incoming: Request, path: string): Promise<Response> => {
    const failed = { method: incoming.method, path, headers: incoming.headers };
    let headers: GatewayHeaders;
    try {
      headers = readGatewayHeaders(incoming.headers, core.keyed);
    } catch (error) {
      return wholeJsonResponse(await inClientDialect(path, report(errorToResponse(error), failed)));
    }
    // The pipeline's signal is the gateway's own, so the time limits can abort it; the host's
    // abort (the client went away) is passed on to it.
    const controller = new AbortController();
    const host = transportSignal(incoming);
    const forward = () => controller.abort(host?.reason);
    host?.addEventListener('abort', forward, { once: true });
    const clock = new RequestClock(limits, controller);
    try {
      const request = pipelineRequest(incoming, controller.signal);
      const response = await clock.answer(core.handle(request, headers));
      const reported = report(response, { ...failed, gateway: headers });
      const answer = withoutHopByHopHeaders(await inClientDialect(path, reported));
      return await wholeJsonResponse(withPortkeyHeaders(clock.body(answer), headers.options.traceId));
    } finally {
      clock.stop();
      host?.removeEventListener('abort', forward);
    }
  };
  for (const route of gatewayRoutes) {
    app.on(route.method, route.path, (c) => handle(c.req.raw, c.req.path));
  }
  app.notFound((c) => wholeJsonResponse(notFound(c.req.method, new URL(c.req.url).pathname, basePath)));
  app.onError((error, c) => {
    const failed = { method: c.req.method, path: c.req.path, headers: c.req.raw.headers };
    return inClientDialect(c.req.path, report(errorToResponse(error), failed)).then(wholeJsonResponse);
  });
  return app;
}

/** The 404 answer, naming the `basePath` to set when a gateway route was asked for under another path. */
function notFound(method: string, pathname: string, basePath: string): Response {
  const mountPath = mountPathOf(pathname, basePath);
  let hint = '';
  if (mountPath !== undefined) {
    hint = `; the gateway's routes are at ${basePath}/v1/...`;
    if (mountPath !== '')
      hint += `: mounted under ${mountPath}? Set createGateway({ basePath: '${mountPath}' })`;
  }
  return errorResponse(404, `No route for ${method} ${pathname}${hint}`);
}

/** The 413 answer for a body over the limit. */
export function tooLarge(maxBodyBytes: number): Response {
  return errorResponse(413, `Request body is larger than ${maxBodyBytes} bytes`, {
    code: 'request_too_large',
    // The rest of the body is never read: the connection cannot carry another request after it.
    headers: { connection: 'close' },
  });
}

/**
 * `maxBodyBytes` validated, or its default (25 MiB).
 *
 * @throws TypeError when it is not an integer >= 1.
 */
export function checkMaxBodyBytes(value: number | undefined): number {
  if (value === undefined) return defaultMaxBodyBytes;
  if (!Number.isInteger(value) || value < 1) {
    throw new TypeError(`createGateway: maxBodyBytes must be an integer >= 1; got ${value}`);
  }
  return value;
}

/**
 * The request the pipeline sees: gateway, authorization, hop-by-hop and framing headers removed
 * (those the `Connection` header names too), following `signal`.
 */
function pipelineRequest(incoming: Request, signal: AbortSignal): Request {
  const named = connectionHeaderNames(incoming.headers.get('connection'));
  const outgoing = new Headers();
  for (const [name, value] of incoming.headers) {
    if (!isGatewayHeader(name, named)) outgoing.append(name, value);
  }
  return deriveRequest(incoming, { headers: outgoing, signal });
}
