import { createVault } from '@switchyard/config';
import { type RunningGateway, serve } from '@switchyard/server';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackOnly, loopbackOnly } from './loopback-only.js';
import { type RecordingUpstream, startRecordingUpstream } from './recording-upstream.js';

// A secret the server holds goes only to the host it was configured with; a client names its own
// host only with its own key, where the operator allows it, and never a private or metadata address.
const vaultSecret = 'sk-vault-secret-0123456789';
const defaultConfigSecret = 'sk-default-config-secret-9876543210';
let provider: MockProvider;
let attacker: RecordingUpstream;
let open: RunningGateway;
let keyed: RunningGateway;
/** No keys, and a default config that holds a key but names no provider (for the provider a client names). */
let withDefault: RunningGateway;
/** Keys, and client-chosen hosts allowed, but not on loopback (the default for clients with keys). */
let keyedHosts: RunningGateway;
// Nothing here may even try to connect beyond loopback: the gateway must refuse such hosts itself.
let safetyNet: LoopbackOnly;

beforeAll(async () => {
  safetyNet = loopbackOnly();
  provider = await startMockProvider({ reply: 'from the configured host' });
  attacker = await startRecordingUpstream((response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"stolen":true}');
  });
  const vault = createVault({
    'vk-openai': { provider: 'openai', api_key: vaultSecret, custom_host: provider.baseURL },
  });
  open = await serve({ port: 0, log: () => {}, vault });
  keyed = await serve({ port: 0, hostname: '127.0.0.1', log: () => {}, vault, apiKeys: ['gw-key'] });
  withDefault = await serve({ port: 0, log: () => {}, vault, config: { api_key: defaultConfigSecret } });
  keyedHosts = await serve({
    port: 0,
    hostname: '127.0.0.1',
    log: () => {},
    apiKeys: ['gw-key'],
    compile: { clientHosts: { allowed: true } },
  });
});

afterAll(async () => {
  await Promise.all([open, keyed, withDefault, keyedHosts].map((gateway) => gateway.close(1_000)));
  await Promise.all([provider.close(), attacker.close()]);
  safetyNet.release();
  expect(safetyNet.stopped).toEqual([]);
});

async function chat(gateway: RunningGateway, headers: Record<string, string>): Promise<Response> {
  return fetch(`${gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }),
  });
}

async function expectRefused(response: Response, pattern: RegExp): Promise<void> {
  const text = await response.text();
  expect(response.status, text).toBe(400);
  expect(JSON.parse(text).error.message).toMatch(pattern);
  expect(text).not.toContain(vaultSecret);
}

describe('the vault secret and a host the client picks', () => {
  it('is refused with x-portkey-virtual-key plus x-portkey-custom-host, and nothing reaches the host', async () => {
    // On loopback for the gateway without keys (where clients may use loopback hosts); a public name
    // for the one with keys, refused before any connection (no name is ever resolved here).
    for (const [gateway, host] of [
      [open, attacker.baseURL],
      [keyed, 'https://attacker.example/v1'],
    ] as const) {
      const response = await chat(gateway, {
        ...(gateway === keyed ? { 'x-portkey-api-key': 'gw-key' } : {}),
        'x-portkey-virtual-key': 'vk-openai',
        'x-portkey-custom-host': host,
      });
      await expectRefused(response, /custom_host: cannot be set with virtual_key "vk-openai" by a client/);
    }
    expect(attacker.arrivals).toHaveLength(0);
  });

  it('is refused in an inline config, at any depth', async () => {
    const configs = [
      { virtual_key: 'vk-openai', custom_host: attacker.baseURL },
      {
        custom_host: attacker.baseURL,
        strategy: { mode: 'fallback' },
        targets: [{ provider: 'openai', api_key: 'sk-client' }, { virtual_key: 'vk-openai' }],
      },
    ];
    for (const config of configs) {
      const response = await chat(open, { 'x-portkey-config': JSON.stringify(config) });
      await expectRefused(response, /cannot be set with virtual_key "vk-openai" by a client/);
    }
    expect(attacker.arrivals).toHaveLength(0);
  });

  it('still serves the virtual key alone, at the host configured with it', async () => {
    const before = provider.requests.length;
    const response = await chat(open, { 'x-portkey-virtual-key': 'vk-openai' });
    expect(response.status).toBe(200);
    await response.text();
    expect(provider.requests.length).toBe(before + 1);
    expect(provider.requests.at(-1)?.headers['authorization']).toBe(`Bearer ${vaultSecret}`);
  });

  it('is the one a virtual key named by the client brings: the default config’s key never replaces it', async () => {
    const before = provider.requests.length;
    const response = await chat(withDefault, { 'x-portkey-virtual-key': 'vk-openai' });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    expect(provider.requests.length).toBe(before + 1);
    const sent = JSON.stringify(provider.requests.at(-1)?.headers);
    expect(sent).toContain(`Bearer ${vaultSecret}`);
    expect(sent).not.toContain(defaultConfigSecret);
  });
});

describe('a local-model provider a client names (ollama, vllm, lm-studio: localhost by default)', () => {
  it('is a host the client chose: refused on a gateway with keys, before any connection', async () => {
    for (const [provider, host] of [
      ['ollama', 'http://localhost:11434/v1'],
      ['vllm', 'http://localhost:8000/v1'],
      ['lm-studio', 'http://localhost:1234/v1'],
    ]) {
      const refused = await chat(keyed, { 'x-portkey-api-key': 'gw-key', 'x-portkey-provider': provider! });
      await expectRefused(
        refused,
        new RegExp(
          `^config\\.provider: "${provider}" sends requests to ${host}, on the gateway's own machine; this gateway does not let clients choose the host`,
        ),
      );
      // Allowed hosts, but loopback not (the default for clients of a gateway with keys): refused too.
      const config = JSON.stringify({ provider });
      const loopback = await chat(keyedHosts, { 'x-portkey-api-key': 'gw-key', 'x-portkey-config': config });
      await expectRefused(
        loopback,
        new RegExp(
          `^config\\.provider: "${provider}" sends requests to ${host}, on the gateway's own machine: a client's host must not point at a loopback address`,
        ),
      );
    }
  });
});

describe('hosts a client picks with its own key', () => {
  it('are off by default on a gateway with keys', async () => {
    const response = await chat(keyed, {
      'x-portkey-api-key': 'gw-key',
      'x-portkey-provider': 'openai',
      authorization: 'Bearer sk-client-own',
      'x-portkey-custom-host': 'https://attacker.example/v1',
    });
    await expectRefused(response, /does not let clients choose the host/);
    expect(attacker.arrivals).toHaveLength(0);
  });

  it('never reach a metadata or private address, however the address is spelled', async () => {
    const spellings = [
      'http://169.254.169.254/v1',
      'http://[::ffff:169.254.169.254]/v1',
      'http://[::ffff:10.0.0.1]/v1',
      'http://[::ffff:a9fe:a9fe]/v1',
      'http://[64:ff9b::a9fe:a9fe]/v1',
      'http://[::a9fe:a9fe]/v1',
      'http://[2002:a9fe:a9fe::]/v1',
      'http://[fd00:ec2::254]/v1',
      'http://[fe80::1]/v1',
      'http://10.0.0.1/v1',
      'http://100.64.0.1/v1',
      'http://0.0.0.0/v1',
      'http://metadata.google.internal/v1',
    ];
    for (const host of spellings) {
      const response = await chat(open, {
        'x-portkey-provider': 'openai',
        authorization: 'Bearer sk-client-own',
        'x-portkey-custom-host': host,
      });
      // Refused as written, or at connect time for the spellings only the resolved address gives away.
      await expectRefused(
        response,
        /custom_host: must not point at|is not allowed: .* carries 1(69\.254|0\.0)/,
      );
    }
    expect(safetyNet.stopped).toEqual([]);
  });
});
