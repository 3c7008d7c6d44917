// The gateway as Express middleware through @hono/node-server's getRequestListener, mounted under
// /llm before express.json() (the gateway reads the body itself) and after it (the gateway sends
// the body Express parsed). A middleware that reads the body and keeps nothing gets a 400 saying so.
import { getRequestListener } from '@hono/node-server';
import { createGateway, type GatewayOptions } from '@switchyard/server';
import { startMockProvider } from '@switchyard/testing';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { describeGatewayHost } from './gateway-host-scenarios.js';
import { hostOn } from './running-host.js';

/** An Express app with the gateway under /llm, mounted before or after express.json(). */
function expressApp(options: GatewayOptions, gatewayFirst: boolean): express.Express {
  const app = express();
  const gateway = getRequestListener(createGateway(options).fetch);
  if (gatewayFirst) app.use('/llm', gateway);
  app.use(express.json());
  if (!gatewayFirst) app.use('/llm', gateway);
  return app;
}

describeGatewayHost('Express, gateway mounted before express.json()', (options) =>
  hostOn(expressApp(options, true).listen(0, '127.0.0.1'), '/llm'),
);

describeGatewayHost('Express, gateway mounted after express.json()', (options) =>
  hostOn(expressApp(options, false).listen(0, '127.0.0.1'), '/llm'),
);

describe('Express, gateway mounted after a middleware that reads the body and keeps nothing', () => {
  it("answers 400 in OpenAI's error shape saying to mount the gateway first, and sends nothing upstream", async () => {
    const upstream = await startMockProvider();
    const app = express();
    app.use((request, _response, next) => {
      request.resume(); // reads the body and throws it away, as a logging or signing middleware might
      request.once('end', () => next());
    });
    app.use('/llm', getRequestListener(createGateway().fetch));
    const host = await hostOn(app.listen(0, '127.0.0.1'), '/llm');
    try {
      const response = await fetch(`${host.baseURL}/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: 'Bearer sk-x',
          'x-portkey-provider': 'openai',
          'x-portkey-custom-host': upstream.baseURL,
        },
        body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }),
      });
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
      const body = JSON.parse(text) as { error: { message: string; type: string; code: string } };
      expect(body.error.type).toBe('invalid_request_error');
      expect(body.error.code).toBe('request_body_consumed');
      expect(body.error.message).toMatch(/mount the gateway before/i);
      expect(upstream.calls).toBe(0);
    } finally {
      await host.close();
      await upstream.close();
    }
  });
});
