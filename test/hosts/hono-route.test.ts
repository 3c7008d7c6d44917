// The gateway inside a Hono app, `app.route('/llm', gateway)` next to the app's own routes, served by
// @hono/node-server: the gateway's routes answer under /llm/v1/... A middleware of the app that
// reads the body first leaves Hono's copy for the gateway, or else gets a 400 saying what to do.
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createGateway } from '@switchyard/server';
import { startMockProvider } from '@switchyard/testing';
import { type Context, Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { describeGatewayHost } from './gateway-host-scenarios.js';
import { hostOn } from './running-host.js';

describeGatewayHost("Hono, app.route('/llm', gateway)", (options) => {
  const app = new Hono();
  app.get('/hello', (c) => c.text('hello from the app'));
  app.route('/llm', createGateway(options));
  // Without `createServer`, serve() makes a node:http server.
  return hostOn(serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server, '/llm');
});

describe('Hono, a middleware in front of the gateway that reads the body', () => {
  const chat = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] };

  async function callThrough(readBody: (c: Context) => Promise<unknown>) {
    const upstream = await startMockProvider({ reply: 'read twice' });
    const app = new Hono();
    app.use('/llm/*', async (c, next) => {
      await readBody(c);
      await next();
    });
    app.route('/llm', createGateway());
    const host = await hostOn(serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server, '/llm');
    try {
      const response = await fetch(`${host.baseURL}/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: 'Bearer sk-x',
          'x-portkey-provider': 'openai',
          'x-portkey-custom-host': upstream.baseURL,
        },
        body: JSON.stringify(chat),
      });
      return {
        response,
        text: await response.text(),
        sent: upstream.requests.map((request) => request.body),
      };
    } finally {
      await host.close();
      await upstream.close();
    }
  }

  it('sends the body Hono kept when the middleware read it with c.req.json()', async () => {
    const { response, text, sent } = await callThrough((c) => c.req.json());
    expect(response.status).toBe(200);
    expect(JSON.parse(text).choices[0].message.content).toBe('read twice');
    expect(sent).toEqual([chat]);
  });

  it('answers 400 saying to hand it an unread request when the middleware read c.req.raw itself', async () => {
    const { response, text, sent } = await callThrough((c) => c.req.raw.text());
    expect(response.status).toBe(400);
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
    expect(JSON.parse(text).error).toMatchObject({
      code: 'request_body_consumed',
      message: expect.stringContaining('unread request'),
    });
    expect(sent).toEqual([]);
  });
});
