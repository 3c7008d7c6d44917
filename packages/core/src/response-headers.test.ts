import { afterEach, describe, expect, it } from 'vitest';
import { withResponseHeaders } from './response-headers.js';
import { type LocalServer, startLocalServer } from './test-support/local-server.js';

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('withResponseHeaders', () => {
  it('sets headers in place on a constructed response', () => {
    const response = new Response('body', { status: 201, headers: { a: '1' } });
    const marked = withResponseHeaders(response, { b: '2', a: 'one' });
    expect(marked).toBe(response);
    expect(marked.headers.get('a')).toBe('one');
    expect(marked.headers.get('b')).toBe('2');
  });

  it('re-wraps a fetch response (immutable headers) once, keeping status and the unread body', async () => {
    server = await startLocalServer((_request, response) => {
      response.writeHead(202, 'Accepted Later', { 'x-up': 'u' });
      response.end('from upstream');
    });
    const fetched = await fetch(server.origin);
    expect(() => fetched.headers.set('x', 'y')).toThrow(TypeError);
    const marked = withResponseHeaders(fetched, { 'x-switchyard-provider': 'openai' });
    expect(marked).not.toBe(fetched);
    expect(marked.status).toBe(202);
    expect(marked.statusText).toBe('Accepted Later');
    expect(marked.headers.get('x-up')).toBe('u');
    expect(marked.headers.get('x-switchyard-provider')).toBe('openai');
    // The copy is mutable: a second mark changes it in place.
    expect(withResponseHeaders(marked, { 'x-more': '1' })).toBe(marked);
    expect(await marked.text()).toBe('from upstream');
  });

  it('copies responses whose headers are immutable although constructed', () => {
    const redirect = Response.redirect('http://x.test/next', 302);
    const marked = withResponseHeaders(redirect, { a: 'b' });
    expect(marked.status).toBe(302);
    expect(marked.headers.get('location')).toBe('http://x.test/next');
    expect(marked.headers.get('a')).toBe('b');
  });
});
