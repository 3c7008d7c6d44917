import { startMockProvider } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { checkBasePath, mountPathOf } from './base-path.js';
import { createGateway } from './create-gateway.js';
import { serve } from './serve.js';

const chatBody = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] });

describe('checkBasePath', () => {
  it("takes '' and '/' as the root and drops a trailing slash", () => {
    expect(checkBasePath(undefined)).toBe('');
    expect(checkBasePath('/')).toBe('');
    expect(checkBasePath('/api/llm')).toBe('/api/llm');
    expect(checkBasePath('/api/llm/')).toBe('/api/llm');
  });

  it('names a value that is not a plain path', () => {
    for (const bad of ['api/llm', '/api/*', '/api/:tenant', '/api//llm', '/api?x=1', '/api#llm']) {
      expect(() => checkBasePath(bad)).toThrow(`createGateway: basePath must be a path such as '/api/llm'`);
    }
    expect(() => createGateway({ basePath: 'llm' })).toThrow(/got "llm"/);
  });
});

describe('mountPathOf', () => {
  it('finds the path in front of a gateway route asked for under another base path', () => {
    expect(mountPathOf('/api/llm/v1/chat/completions', '')).toBe('/api/llm');
    expect(mountPathOf('/v1/models', '/api/llm')).toBe('');
    expect(mountPathOf('/api/llm/v1/chat/completions', '/api/llm')).toBeUndefined();
    expect(mountPathOf('/api/llm/other', '')).toBeUndefined();
  });
});

describe('createGateway({ basePath })', () => {
  it('answers its routes and /health under the base path, and 404s at the root', async () => {
    const upstream = await startMockProvider({ reply: 'under a base path' });
    try {
      const gateway = createGateway({ basePath: '/api/llm' });
      const response = await gateway.fetch(
        new Request('http://localhost/api/llm/v1/chat/completions', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: 'Bearer sk-x',
            'x-portkey-provider': 'openai',
            'x-portkey-custom-host': upstream.baseURL,
          },
          body: chatBody,
        }),
      );
      expect(response.status).toBe(200);
      expect(
        ((await response.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]?.message
          .content,
      ).toBe('under a base path');
      expect((await gateway.fetch(new Request('http://localhost/api/llm/health'))).status).toBe(200);
      const atRoot = await gateway.fetch(new Request('http://localhost/v1/models'));
      expect(atRoot.status).toBe(404);
      expect(atRoot.headers.get('content-length')).toBe(
        String((await atRoot.clone().arrayBuffer()).byteLength),
      );
      expect(((await atRoot.json()) as { error: { message: string } }).error.message).toBe(
        "No route for GET /v1/models; the gateway's routes are at /api/llm/v1/...",
      );
    } finally {
      await upstream.close();
    }
  });

  it('names the basePath to set in a 404 for a route under a sub-path', async () => {
    const response = await createGateway().fetch(
      new Request('http://localhost/api/llm/v1/chat/completions', { method: 'POST', body: chatBody }),
    );
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      "No route for POST /api/llm/v1/chat/completions; the gateway's routes are at /v1/...: mounted under /api/llm? Set createGateway({ basePath: '/api/llm' })",
    );
  });

  it('applies to serve(), its own fast path included', async () => {
    const upstream = await startMockProvider({ reply: 'served under a base path' });
    const gateway = await serve({ port: 0, log: () => {}, basePath: '/llm' });
    try {
      const call = (path: string) =>
        fetch(`${gateway.url}${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: 'Bearer sk-x',
            'x-portkey-provider': 'openai',
            'x-portkey-custom-host': upstream.baseURL,
          },
          body: chatBody,
        });
      const served = await call('/llm/v1/chat/completions');
      expect(served.status).toBe(200);
      expect(
        ((await served.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]?.message
          .content,
      ).toBe('served under a base path');
      expect((await call('/v1/chat/completions')).status).toBe(404);
      expect(upstream.calls).toBe(1);
    } finally {
      await gateway.close(0);
      await upstream.close();
    }
  });
});
