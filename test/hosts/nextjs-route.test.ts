// The gateway as a Next.js App Router route handler under a sub-path, as in
// `app/api/llm/[...path]/route.ts`: `createGateway({ basePath: '/api/llm' })`, and
// `export const POST = (request: Request) => gateway.fetch(request)`. Served over HTTP the way
// Next.js calls route handlers (see next-style-server.ts), and called directly with a `Request`.
import { createGateway, type GatewayOptions } from '@switchyard/server';
import { startMockProvider } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { describeGatewayHost } from './gateway-host-scenarios.js';
import { nextStyleServer, type RouteModule } from './next-style-server.js';
import { hostOn } from './running-host.js';

/** What `app/api/llm/[...path]/route.ts` exports. */
function gatewayRoute(options: GatewayOptions = {}): RouteModule {
  const gateway = createGateway({ ...options, basePath: '/api/llm' });
  const handle = (request: Request) => gateway.fetch(request);
  return { GET: handle, POST: handle };
}

describeGatewayHost('Next.js-style route handler under /api/llm', (options) =>
  hostOn(nextStyleServer('/api/llm', gatewayRoute(options)).listen(0, '127.0.0.1'), '/api/llm'),
);

describe('Next.js route handler called with a Request', () => {
  const chat = (url: string, headers: Record<string, string>) =>
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-next', ...headers },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }),
    });

  it('answers a chat completion at /api/llm/v1/chat/completions', async () => {
    const upstream = await startMockProvider({ reply: 'from the route' });
    try {
      const { POST } = gatewayRoute();
      const response = await POST!(
        chat('http://localhost:3000/api/llm/v1/chat/completions', {
          'x-portkey-provider': 'openai',
          'x-portkey-custom-host': upstream.baseURL,
        }),
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as { choices: Array<{ message: { content: string } }> };
      expect(body.choices[0]?.message.content).toBe('from the route');
      expect(upstream.requests[0]?.path).toBe('/v1/chat/completions');
    } finally {
      await upstream.close();
    }
  });

  it('answers 404 under the sub-path without basePath, naming the option to set', async () => {
    const gateway = createGateway();
    const response = await gateway.fetch(chat('http://localhost:3000/api/llm/v1/chat/completions', {}));
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toContain('/api/llm/v1/chat/completions');
    expect(body.error.message).toContain("basePath: '/api/llm'");
  });

  it('keeps answering at /v1 and /health without basePath', async () => {
    const gateway = createGateway();
    expect((await gateway.fetch(new Request('http://localhost:3000/health'))).status).toBe(200);
  });
});
