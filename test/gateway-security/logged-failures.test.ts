// Findings 5 and 6 of issue 20, as far as the log goes: a 5xx the gateway makes is logged with a
// request id the client also gets (body and x-request-id), the log keeps the detail but no secret,
// and the client's error names what failed without internal upstream URLs.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createVault, type ProviderFactory } from '@switchyard/config';
import { TransportError } from '@switchyard/core';
import { type GatewayLogEntry, type RunningGateway, type ServeOptions, serve } from '@switchyard/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const clientKey = 'sk-client-secret-0123456789';
const vaultSecret = 'vault-secret-value-0123456789';

/** A provider whose every call throws an unexpected error quoting its key and an internal URL. */
const broken: ProviderFactory = (settings) => () => async () => {
  throw new Error(
    `upstream refused key ${String(settings.api_key)} at https://10.1.2.3/v1/chat/completions?key=${String(settings.api_key)}`,
  );
};

/** A provider whose every call fails as a transport does when an internal host refuses it. */
const unreachable: ProviderFactory = () => () => async () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 10.9.8.7:8080'), { code: 'ECONNREFUSED' });
  throw new TransportError('http://10.9.8.7:8080/v1/chat/completions', refused);
};

interface ErrorBody {
  error: { message: string; type: string; code: string | null };
}

const modes: [string, Partial<ServeOptions>][] = [
  ['serve()', {}],
  ['serve() through its Hono app (cors)', { cors: '*' }],
];

describe.each(modes)('failures logged with a request id through %s', (_name, options) => {
  const entries: GatewayLogEntry[] = [];
  let gateway: RunningGateway;
  let refusedURL: string;

  beforeAll(async () => {
    refusedURL = await closedPortURL();
    gateway = await serve({
      port: 0,
      log: () => {},
      logger: (entry) => entries.push(entry),
      vault: createVault({ 'vk-broken': { provider: 'broken', api_key: vaultSecret } }),
      compile: { providers: { broken, unreachable } },
      ...options,
    });
  });
  afterAll(() => gateway?.close(0));
  beforeEach(() => {
    entries.length = 0;
  });

  const post = (headers: Record<string, string>) =>
    fetch(`${gateway.url}/v1/chat/completions?debug=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }),
    });

  it('answers an unexpected error with a 500 whose id the log line carries, and logs no key', async () => {
    const response = await post({ 'x-portkey-provider': 'broken', authorization: `Bearer ${clientKey}` });
    expect(response.status).toBe(500);
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toMatchObject({ type: 'api_error', code: 'internal_error' });
    expect(body.error.message).toBe(`The gateway failed to handle this request (request id ${requestId})`);

    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(entry).toMatchObject({
      level: 'error',
      requestId,
      status: 500,
      method: 'POST',
      path: '/v1/chat/completions',
      code: 'internal_error',
      target: 'provider "broken"',
    });
    // The detail stays in the log: what failed and where, the URL without its query.
    expect(entry.error).toContain(
      'Error: upstream refused key [redacted] at https://10.1.2.3/v1/chat/completions',
    );
    expect(entry.stack).toContain('upstream refused key [redacted]');
    expect(JSON.stringify(entry)).not.toContain(clientKey);
    expect(JSON.stringify(entry)).not.toContain('?key=');
  });

  it("keeps the vault's secret out of the log when a virtual key's provider fails", async () => {
    const response = await post({ 'x-portkey-virtual-key': 'vk-broken' });
    expect(response.status).toBe(500);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.target).toBe('virtual key "vk-broken"');
    expect(entries[0]!.error).toContain('upstream refused key [redacted]');
    expect(JSON.stringify(entries[0])).not.toContain(vaultSecret);
    expect(await response.text()).not.toContain(vaultSecret);
  });

  it("reuses the client's own x-request-id when it is a short safe token, and makes one otherwise", async () => {
    const reused = await post({ 'x-portkey-provider': 'broken', 'x-request-id': 'req-42.client:a_b' });
    expect(reused.headers.get('x-request-id')).toBe('req-42.client:a_b');
    expect(((await reused.json()) as ErrorBody).error.message).toContain('(request id req-42.client:a_b)');
    expect(entries[0]!.requestId).toBe('req-42.client:a_b');

    for (const unsafe of ['two words', 'x'.repeat(65), '"quoted"', '<script>']) {
      const response = await post({ 'x-portkey-provider': 'broken', 'x-request-id': unsafe });
      const made = response.headers.get('x-request-id')!;
      expect(made, unsafe).not.toBe(unsafe);
      expect(made).toMatch(/^[0-9a-f-]{36}$/);
      expect(entries.at(-1)!.requestId).toBe(made);
    }
  });

  it('names the target of a transport failure, never its internal URL; the log keeps the URL', async () => {
    const response = await post({ 'x-portkey-provider': 'unreachable' });
    expect(response.status).toBe(502);
    const requestId = response.headers.get('x-request-id')!;
    const body = (await response.json()) as ErrorBody;
    expect(body.error.message).toBe(
      `The connection to the upstream of provider "unreachable" failed: connection refused (ECONNREFUSED) (request id ${requestId})`,
    );
    expect(body.error.code).toBe('err_transport');
    expect(JSON.stringify(body)).not.toContain('10.9.8.7');
    expect(entries[0]).toMatchObject({
      requestId,
      status: 502,
      code: 'err_transport',
      upstream: 'http://10.9.8.7:8080/v1/chat/completions',
    });
    expect(entries[0]!.error).toContain('connect ECONNREFUSED 10.9.8.7:8080');
  });

  it('does the same for a real refused upstream and for every branch of a fallback', async () => {
    const single = await post({
      'x-portkey-provider': 'openai',
      authorization: `Bearer ${clientKey}`,
      'x-portkey-custom-host': refusedURL,
    });
    expect(single.status).toBe(502);
    const singleText = await single.text();
    expect(singleText).not.toContain('127.0.0.1');
    expect(singleText).toContain('connection refused (ECONNREFUSED)');

    const config = {
      strategy: { mode: 'fallback' },
      targets: [
        { provider: 'openai', api_key: clientKey, custom_host: refusedURL },
        { provider: 'unreachable', api_key: clientKey },
      ],
    };
    const both = await post({ 'x-portkey-config': JSON.stringify(config) });
    expect(both.status).toBe(502);
    const message = ((await both.json()) as ErrorBody).error.message;
    expect(message).toMatch(
      /^All 2 branches failed: \[0\] The connection to the upstream failed: connection refused \(ECONNREFUSED\); \[1\] The connection to the upstream failed: connection refused \(ECONNREFUSED\) \(request id [0-9a-f-]{36}\)$/,
    );
    const entry = entries.at(-1)!;
    expect(entry.error).toContain(`${new URL(refusedURL).origin}/v1/chat/completions`);
    expect(entry.error).toContain('http://10.9.8.7:8080/v1/chat/completions');
    expect(JSON.stringify(entries)).not.toContain(clientKey);
  });

  it('logs no 4xx, and answers the failure even when the logger throws', async () => {
    const bad = await post({ 'x-portkey-metadata': 'not json' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('x-request-id')).toBeNull();
    expect(entries).toHaveLength(0);

    const throwing = await serve({
      port: 0,
      log: () => {},
      logger: () => {
        throw new Error('log sink down');
      },
      compile: { providers: { broken } },
      ...options,
    });
    try {
      const response = await fetch(`${throwing.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-portkey-provider': 'broken' },
        body: '{"model":"m","messages":[]}',
      });
      expect(response.status).toBe(500);
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await throwing.close(0);
    }
  });
});

/** `http://127.0.0.1:<port>/v1` for a port nothing listens on any more. */
async function closedPortURL(): Promise<string> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}
