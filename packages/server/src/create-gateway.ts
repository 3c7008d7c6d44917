import { createConfigCompiler } from '@switchyard/config';
import {
  compose,
  deriveRequest,
  errorResponse,
  type Handler,
  type Middleware,
  withRequestOptions,
} from '@switchyard/core';
import { undiciTransport } from '@switchyard/transport-undici';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { apiKeyChecker } from './api-keys.js';
import { errorToResponse } from './error-to-response.js';
import type { GatewayOptions } from './gateway-options.js';
import { withPortkeyHeaders } from './portkey-response-headers.js';
import { type GatewayHeaders, readGatewayHeaders } from './request-headers.js';

/** Routes the gateway serves, all forwarded through the compiled pipeline. */
export const gatewayRoutes: ReadonlyArray<{ method: 'GET' | 'POST'; path: string }> = [
  { method: 'POST', path: '/v1/chat/completions' },
  { method: 'POST', path: '/v1/completions' },
  { method: 'POST', path: '/v1/embeddings' },
  { method: 'POST', path: '/v1/images/generations' },
  { method: 'POST', path: '/v1/audio/transcriptions' },
  { method: 'POST', path: '/v1/audio/translations' },
  { method: 'POST', path: '/v1/audio/speech' },
  { method: 'GET', path: '/v1/models' },
];

/**
 * An OpenAI-compatible gateway as a Hono app: every route runs the request's config (from
 * `x-portkey-config` / `x-switchyard-config`, else `options.config`, else a single target from
 * `x-portkey-provider` + `Authorization` or `x-portkey-virtual-key`) through the same middlewares
 * the library uses. Mount it in any Hono, Express or Next.js app, or run it with `serve`.
 */
export function createGateway(options: GatewayOptions = {}): Hono {
  const compiler = createConfigCompiler(
    {
      ...options.compile,
      ...(options.vault ? { vault: options.vault } : {}),
      ...(options.registry ? { registry: options.registry } : {}),
    },
    options.maxCompiledConfigs ?? 256,
  );
  const transport = options.transport ?? undiciTransport();
  const outer = [...(options.use ?? [])];
  const pipelines = new WeakMap<Middleware, Handler>();
  const keys = options.apiKeys ?? [];
  const checkKey = keys.length > 0 ? apiKeyChecker(keys) : undefined;

  function pipelineFor(headers: GatewayHeaders): Handler {
    const config = headers.config ?? configFromHeaders(options.config, headers);
    const compiled = compiler.compile(config ?? {}, {
      provider: headers.provider,
      apiKey: headers.apiKey,
      virtualKey: headers.virtualKey,
    });
    let pipeline = pipelines.get(compiled);
    if (!pipeline) {
      pipeline = compose(...outer, compiled)(transport);
      pipelines.set(compiled, pipeline);
    }
    return pipeline;
  }

  const app = new Hono();
  if (options.cors) {
    const origin = typeof options.cors === 'string' ? options.cors : [...options.cors];
    app.use('/v1/*', cors({ origin, exposeHeaders: ['x-portkey-trace-id', 'x-switchyard-trace-id'] }));
  }
  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 25 * 1024 * 1024,
      onError: () =>
        errorResponse(413, `Request body is larger than ${options.maxBodyBytes ?? 25 * 1024 * 1024} bytes`),
    }),
  );
  const handle = async (incoming: Request): Promise<Response> => {
    let headers: GatewayHeaders;
    try {
      headers = readGatewayHeaders(incoming.headers, checkKey !== undefined);
    } catch (error) {
      return errorToResponse(error);
    }
    if (checkKey && !checkKey(headers.gatewayKey)) {
      return errorResponse(
        401,
        'Missing or invalid gateway API key (send x-portkey-api-key or Authorization: Bearer)',
        {
          code: 'invalid_api_key',
        },
      );
    }
    try {
      const pipeline = pipelineFor(headers);
      const response = await pipeline(pipelineRequest(incoming, headers));
      return withPortkeyHeaders(response);
    } catch (error) {
      if (incoming.signal.aborted) return errorResponse(499, 'Client closed the request');
      return errorToResponse(error);
    }
  };
  for (const route of gatewayRoutes) {
    app.on(route.method, route.path, (c) => handle(c.req.raw));
  }
  app.notFound((c) => errorResponse(404, `No route for ${c.req.method} ${new URL(c.req.url).pathname}`));
  return app;
}

/** Without a config header: the gateway's default config, else a target built from the headers. */
function configFromHeaders(defaultConfig: unknown, headers: GatewayHeaders): unknown {
  const fromHeaders = Object.keys(headers.settings).length > 0 ? headers.settings : undefined;
  if (defaultConfig === undefined) return fromHeaders;
  if (!fromHeaders || typeof defaultConfig !== 'object' || defaultConfig === null) return defaultConfig;
  const root = defaultConfig as Record<string, unknown>;
  // As Portkey: header settings fill a config that names no provider and no targets.
  if ('provider' in root || 'targets' in root || 'virtual_key' in root) return defaultConfig;
  return { ...root, ...fromHeaders };
}

/** The request the pipeline sees: gateway headers removed, per-request options as `x-switchyard-*`. */
function pipelineRequest(incoming: Request, headers: GatewayHeaders): Request {
  const outgoing = new Headers();
  for (const [name, value] of incoming.headers) {
    if (name.startsWith('x-portkey-') || name.startsWith('x-switchyard-') || hopByHop.has(name)) continue;
    outgoing.set(name, value);
  }
  const request = deriveRequest(incoming, { headers: outgoing });
  return Object.keys(headers.options).length > 0 ? withRequestOptions(request, headers.options) : request;
}

const hopByHop = new Set([
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'authorization',
  'te',
  'trailer',
]);
