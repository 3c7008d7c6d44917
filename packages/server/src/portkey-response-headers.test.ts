import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { withPortkeyHeaders } from './portkey-response-headers.js';

describe('withPortkeyHeaders', () => {
  it('mirrors each Switchyard status header under its Portkey name, in place when it can', async () => {
    const response = new Response('{}', {
      headers: { 'x-switchyard-cache-status': 'HIT', 'x-switchyard-retry-attempt-count': '1' },
    });
    const mirrored = withPortkeyHeaders(response, 'trace-1');
    expect(mirrored).toBe(response);
    expect(Object.fromEntries(mirrored.headers)).toMatchObject({
      'x-portkey-cache-status': 'HIT',
      'x-portkey-retry-attempt-count': '1',
      'x-switchyard-trace-id': 'trace-1',
      'x-portkey-trace-id': 'trace-1',
    });
    expect(await mirrored.text()).toBe('{}');
  });

  it('keeps a trace id the pipeline set, and leaves a response with nothing to mirror as it is', () => {
    const traced = withPortkeyHeaders(
      new Response(null, { headers: { 'x-switchyard-trace-id': 'own' } }),
      'client',
    );
    expect([traced.headers.get('x-switchyard-trace-id'), traced.headers.get('x-portkey-trace-id')]).toEqual([
      'own',
      'own',
    ]);
    const plain = new Response(null);
    expect(withPortkeyHeaders(plain)).toBe(plain);
  });

  it('copies a fetch response, whose headers cannot change, around the same body', async () => {
    const server = createServer((_, response) => {
      response.setHeader('x-switchyard-cache-status', 'MISS');
      response.end('body');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const fetched = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      const mirrored = withPortkeyHeaders(fetched);
      expect(mirrored).not.toBe(fetched);
      expect(mirrored.headers.get('x-portkey-cache-status')).toBe('MISS');
      expect(await mirrored.text()).toBe('body');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
