import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { LookupAddress } from 'node:dns';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { type AddressInfo, isIP, type LookupFunction, type Socket } from 'node:net';
import { TransportError } from '@switchyard/core';
import { Agent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AddressNotAllowedError } from './address-not-allowed-error.js';
import { type AddressPolicy, addressPolicy } from './address-policy.js';
import { guardedLookup } from './guarded-connector.js';
import { type UndiciTransportOptions, undiciTransport } from './undici-transport.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * Every socket `net.connect` creates (tests here use http only: TLS sockets are not published),
 * what its lookups handed it and what it tried to connect to. As a safety net, should the policy
 * fail, a socket asked to connect to a non-loopback IP literal, or handed a non-loopback address by
 * its lookup, is destroyed before it connects (Node checks for that after the `lookup` event), so
 * no test can reach beyond loopback.
 */
const sockets = { created: 0, handed: [] as string[], attempted: [] as string[], stopped: [] as string[] };
function watch({ socket }: { socket: Socket }): void {
  sockets.created++;
  const stop = (address: string) => {
    sockets.stopped.push(address);
    socket.destroy(new Error(`test safety net: ${address} is beyond loopback`));
  };
  const connect = socket.connect;
  socket.connect = function connectUnlessBeyondLoopback(this: Socket, ...args: unknown[]) {
    const first = args[0];
    const host = ((Array.isArray(first) ? first[0] : first) as { host?: string } | undefined)?.host ?? '';
    if (isIP(host) && !isLoopback(host)) {
      process.nextTick(stop, host);
      return this;
    }
    return (connect as (...args: unknown[]) => Socket).apply(this, args);
  } as Socket['connect'];
  socket.on('lookup', (error: Error | null, address: string | undefined) => {
    if (error || address === undefined) return;
    sockets.handed.push(address);
    if (!isLoopback(address)) stop(address);
  });
  socket.on('connectionAttempt', (address: string) => sockets.attempted.push(address));
}
function isLoopback(address: string): boolean {
  return address.startsWith('127.') || address === '::1';
}

beforeEach(() => {
  Object.assign(sockets, { created: 0, handed: [], attempted: [], stopped: [] });
  subscribe('net.client.socket', watch as (message: unknown) => void);
  cleanups.push(() => void unsubscribe('net.client.socket', watch as (message: unknown) => void));
});

/** A server on 127.0.0.1:0 answering 200 with the path; counts the connections it accepted. */
async function serve(options: { close?: boolean } = {}) {
  let connections = 0;
  const server = createServer((request, response) => {
    response.writeHead(200, options.close ? { connection: 'close' } : {});
    response.end(request.url);
  });
  server.on('connection', () => connections++);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanups.push(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const port = (server.address() as AddressInfo).port;
  return { port, connections: () => connections };
}

/** A `lookup` answering from a table, recording the names it was asked for. */
function fakeDns(table: Record<string, string[] | (() => string[])>) {
  const asked: string[] = [];
  const lookup: LookupFunction = (hostname, options, callback) => {
    asked.push(hostname);
    const entry = table[hostname];
    const found = typeof entry === 'function' ? entry() : entry;
    if (found === undefined) {
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      return process.nextTick(callback, error, '', 0);
    }
    const addresses: LookupAddress[] = found.map((address) => ({ address, family: isIP(address) }));
    if (options.all) process.nextTick(callback, null, addresses);
    else process.nextTick(callback, null, addresses[0]?.address ?? '', addresses[0]?.family ?? 0);
  };
  return { lookup, asked };
}

function transport(options: UndiciTransportOptions) {
  const created = undiciTransport(options);
  cleanups.push(() => created.close());
  return created;
}

async function refusal(
  call: Promise<Response>,
): Promise<{ error: TransportError; cause: AddressNotAllowedError }> {
  const error = await call.then(
    () => {
      throw new Error('expected the call to be refused');
    },
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(TransportError);
  const cause = (error as TransportError).cause;
  expect(cause).toBeInstanceOf(AddressNotAllowedError);
  return { error: error as TransportError, cause: cause as AddressNotAllowedError };
}

describe('undiciTransport({ addressPolicy })', () => {
  it('refuses a name resolving to a private address in lookup, before any connection attempt', async () => {
    const dns = fakeDns({ 'internal.example': ['10.0.0.1'] });
    const send = transport({ addressPolicy: {}, lookup: dns.lookup });
    const { error, cause } = await refusal(send(new Request('http://internal.example/v1/models?key=secret')));
    expect(dns.asked).toEqual(['internal.example']);
    expect(cause.verdict).toMatchObject({ allowed: false, address: '10.0.0.1', rule: 'private' });
    expect(cause.code).toBe('ERR_ADDRESS_NOT_ALLOWED');
    expect(error.message).toBe(
      'Transport failed for http://internal.example/v1/models: Address not allowed by the address policy: internal.example: 10.0.0.1 is a private address (allowPrivate is off)',
    );
    expect(sockets).toMatchObject({ handed: [], attempted: [], stopped: [] });
  });

  it('refuses a name resolving to the metadata address, even with allowPrivate', async () => {
    const dns = fakeDns({ 'rebind.example': ['169.254.169.254'], 'v6.example': ['::ffff:a9fe:a9fe'] });
    const send = transport({ addressPolicy: { allowPrivate: true }, lookup: dns.lookup });
    const first = await refusal(send(new Request('http://rebind.example/latest/meta-data/')));
    expect(first.cause.verdict).toMatchObject({ address: '169.254.169.254', rule: 'metadata' });
    const second = await refusal(send(new Request('http://v6.example/')));
    expect(second.cause.verdict).toMatchObject({
      ipv4: '169.254.169.254',
      via: 'ipv4Mapped',
      rule: 'metadata',
    });
    expect(dns.asked).toEqual(['rebind.example', 'v6.example']);
    expect(sockets).toMatchObject({ handed: [], attempted: [], stopped: [] });
  });

  it('refuses metadata host names without resolving them', async () => {
    const dns = fakeDns({});
    const send = transport({ addressPolicy: { allowPrivate: true }, lookup: dns.lookup });
    const { cause } = await refusal(send(new Request('http://metadata.google.internal/computeMetadata/v1/')));
    expect(cause.verdict).toMatchObject({ address: 'metadata.google.internal', rule: 'metadata' });
    expect(dns.asked).toEqual([]);
    expect(sockets.created).toBe(0);
  });

  it.each([
    ['http://10.0.0.1/v1/models', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'metadata'],
    ['http://[::ffff:a9fe:a9fe]/', 'metadata'],
    ['http://[64:ff9b::a9fe:a9fe]/', 'metadata'],
    ['http://[::a9fe:a9fe]/', 'metadata'],
    ['http://[fd00::1]/', 'uniqueLocal'],
    ['http://0x7f.1/', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://0.0.0.0/', 'unspecified'],
  ])('refuses the IP literal in %s before a socket is created', async (url, rule) => {
    const dns = fakeDns({});
    const send = transport({ addressPolicy: addressPolicy(), lookup: dns.lookup });
    const { cause } = await refusal(send(new Request(url)));
    expect(cause.verdict.rule).toBe(rule);
    expect(dns.asked).toEqual([]);
    expect(sockets.created).toBe(0);
  });

  it('refuses localhost and 127.0.0.1 by default: the local server sees no connection', async () => {
    const server = await serve();
    const send = transport({ addressPolicy: {} });
    const viaName = await refusal(send(new Request(`http://localhost:${server.port}/`)));
    expect(viaName.cause.verdict.rule).toBe('loopback');
    const viaLiteral = await refusal(send(new Request(`http://127.0.0.1:${server.port}/`)));
    expect(viaLiteral.cause.verdict.rule).toBe('loopback');
    expect(server.connections()).toBe(0);
    expect(sockets.attempted).toEqual([]);
  });

  it('connects to loopback with allowLoopback', async () => {
    const server = await serve();
    const send = transport({ addressPolicy: { allowLoopback: true } });
    const response = await send(new Request(`http://127.0.0.1:${server.port}/v1/models`));
    expect([response.status, await response.text()]).toEqual([200, '/v1/models']);
    const named = await send(new Request(`http://localhost:${server.port}/v1/chat`));
    expect([named.status, await named.text()]).toEqual([200, '/v1/chat']);
    expect(server.connections()).toBeGreaterThanOrEqual(1);
  });

  it('uses only the allowed addresses of a name that resolves to several', async () => {
    const server = await serve();
    const dns = fakeDns({ 'mixed.example': ['10.0.0.1', '169.254.169.254', '127.0.0.1'] });
    const send = transport({ addressPolicy: { allowLoopback: true }, lookup: dns.lookup });
    const response = await send(new Request(`http://mixed.example:${server.port}/ok`));
    expect(await response.text()).toBe('/ok');
    expect(sockets).toMatchObject({ handed: ['127.0.0.1'], attempted: ['127.0.0.1'], stopped: [] });
  });

  it('connects to a trusted host name or range whatever it resolves to', async () => {
    const server = await serve();
    const dns = fakeDns({ 'ollama.internal': ['127.0.0.1'], 'other.internal': ['127.0.0.1'] });
    const byName = transport({ addressPolicy: { trustedHosts: ['ollama.internal'] }, lookup: dns.lookup });
    expect(await (await byName(new Request(`http://ollama.internal:${server.port}/a`))).text()).toBe('/a');
    await refusal(byName(new Request(`http://other.internal:${server.port}/b`)));
    const byRange = transport({ addressPolicy: { trustedHosts: ['127.0.0.0/8'] }, lookup: dns.lookup });
    expect(await (await byRange(new Request(`http://other.internal:${server.port}/c`))).text()).toBe('/c');
    expect(await (await byRange(new Request(`http://127.0.0.1:${server.port}/d`))).text()).toBe('/d');
  });

  it('checks every new connection, so a name rebound to a private address is refused', async () => {
    const server = await serve({ close: true });
    const answers = [['127.0.0.1'], ['10.0.0.1']];
    const dns = fakeDns({ 'rebind.example': () => answers.shift() ?? [] });
    const send = transport({ addressPolicy: { allowLoopback: true }, lookup: dns.lookup });
    const first = await send(new Request(`http://rebind.example:${server.port}/first`));
    expect(await first.text()).toBe('/first');
    const { cause } = await refusal(send(new Request(`http://rebind.example:${server.port}/second`)));
    expect(cause.verdict).toMatchObject({ address: '10.0.0.1', rule: 'private' });
    expect(dns.asked).toEqual(['rebind.example', 'rebind.example']);
    expect(sockets).toMatchObject({ handed: ['127.0.0.1'], stopped: [] });
  });

  it('checks the connected socket once more, as a safety net behind the lookup', async () => {
    const server = await serve();
    let checks = 0;
    // A policy that changes its mind between the lookup and the connected socket.
    const fickle: AddressPolicy = {
      checkHost: () => undefined,
      check: (address) => {
        checks++;
        const allowed = checks === 1;
        return {
          allowed,
          address,
          rule: allowed ? 'public' : 'reserved',
          reason: `${address} refused on second look`,
        };
      },
    };
    const dns = fakeDns({ 'fickle.example': ['127.0.0.1'] });
    const send = transport({ addressPolicy: fickle, lookup: dns.lookup });
    const { cause } = await refusal(send(new Request(`http://fickle.example:${server.port}/`)));
    expect(cause.message).toBe(
      'Address not allowed by the address policy: fickle.example: 127.0.0.1 refused on second look',
    );
    expect(checks).toBe(2);
  });

  it('leaves every address allowed without a policy, and uses an injected lookup', async () => {
    const server = await serve();
    const dns = fakeDns({ 'anything.test': ['127.0.0.1'] });
    const send = transport({ lookup: dns.lookup });
    expect(await (await send(new Request(`http://anything.test:${server.port}/x`))).text()).toBe('/x');
    expect(dns.asked).toEqual(['anything.test']);
  });

  it('validates the options at factory time', () => {
    expect(() => undiciTransport({ addressPolicy: { allowLoopback: 'yes' as never } })).toThrow(
      new TypeError('addressPolicy: allowLoopback must be a boolean; got "yes"'),
    );
    expect(() => undiciTransport({ lookup: 'dns' as never })).toThrow(
      new TypeError('undiciTransport: lookup must be a function like dns.lookup'),
    );
    const dispatcher = new Agent();
    cleanups.push(() => dispatcher.close());
    expect(() => undiciTransport({ dispatcher, addressPolicy: {} })).toThrow(
      new TypeError(
        'undiciTransport: addressPolicy cannot be combined with dispatcher; configure the dispatcher',
      ),
    );
  });
});

describe('guardedLookup', () => {
  it('answers a single-address lookup with the first allowed address', async () => {
    const dns = fakeDns({ 'two.example': ['10.0.0.1', '::1', '127.0.0.1'] });
    const lookup = guardedLookup(addressPolicy({ allowLoopback: true }), dns.lookup);
    const answer = await new Promise((resolve, reject) =>
      lookup('two.example', { family: 0 }, (error, address, family) =>
        error ? reject(error) : resolve([address, family]),
      ),
    );
    expect(answer).toEqual(['::1', 6]);
  });

  it('passes resolver errors on untouched', async () => {
    const dns = fakeDns({});
    const lookup = guardedLookup(addressPolicy(), dns.lookup);
    const error = await new Promise((resolve) => lookup('nowhere.example', { all: true }, resolve));
    expect(error).toMatchObject({ code: 'ENOTFOUND' });
  });
});
