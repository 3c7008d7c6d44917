// The gateway's Hono app behind @hono/node-server, as its README says to run it: `serve({ fetch })`,
// and `getRequestListener(fetch)` inside a plain node:http server. Both replace the global
// `Request`/`Response` with their own, so every answer here is written by that package.
import { createServer, type Server } from 'node:http';
import { getRequestListener, serve } from '@hono/node-server';
import { createGateway } from '@switchyard/server';
import { describeGatewayHost } from './gateway-host-scenarios.js';
import { hostOn } from './running-host.js';

// Without `createServer`, serve() makes a node:http server.
describeGatewayHost('@hono/node-server serve({ fetch: gateway.fetch })', (options) =>
  hostOn(serve({ fetch: createGateway(options).fetch, port: 0, hostname: '127.0.0.1' }) as Server, ''),
);

describeGatewayHost('node:http with getRequestListener(gateway.fetch)', (options) =>
  hostOn(createServer(getRequestListener(createGateway(options).fetch)).listen(0, '127.0.0.1'), ''),
);
