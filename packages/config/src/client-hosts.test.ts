import { ConfigError } from '@switchyard/core';
import { jsonResponse, scripted } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { compileConfig, createConfigCompiler } from './compile-config.js';
import { createVault } from './vault.js';

const vault = createVault({ 'vk-openai': { provider: 'openai', api_key: 'sk-vault-secret' } });

function chat(): Request {
  return new Request('http://switchyard.invalid/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hello' }] }),
  });
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('a client config and the server’s keys', () => {
  it('may not send a vault key to a host, provider or region of its choosing', () => {
    const compile = (config: unknown) => () => compileConfig(config, { vault }, {}, 'client');
    expect(
      problemsOf(compile({ virtual_key: 'vk-openai', custom_host: 'https://attacker.example/v1' })),
    ).toEqual([
      'config.custom_host: cannot be set with virtual_key "vk-openai" by a client: the server\'s key is sent only where the operator configured it',
    ]);
    // Inherited from a parent node, or given as a sibling setting: the same.
    expect(
      problemsOf(
        compile({
          custom_host: 'https://attacker.example/v1',
          strategy: { mode: 'fallback' },
          targets: [{ virtual_key: 'vk-openai' }, { provider: 'openai', api_key: 'sk-client-own' }],
        }),
      ),
    ).toEqual([
      'targets[0].custom_host: cannot be set with virtual_key "vk-openai" by a client: the server\'s key is sent only where the operator configured it',
    ]);
    expect(problemsOf(compile({ virtual_key: 'vk-openai', provider: 'anthropic' }))[0]).toMatch(
      /^config\.provider: cannot be set with virtual_key "vk-openai" by a client/,
    );
  });

  it('lets the client name the virtual key alone, and its own host with its own key', async () => {
    const upstream = scripted([jsonResponse({ id: 'a' }), jsonResponse({ id: 'b' })]);
    await compileConfig({ virtual_key: 'vk-openai' }, { vault }, {}, 'client')(upstream)(chat());
    expect(upstream.requests[0]?.url).toBe('https://api.openai.com/v1/chat/completions');
    expect(upstream.requests[0]?.headers.get('authorization')).toBe('Bearer sk-vault-secret');
    const own = { provider: 'openai', api_key: 'sk-client-own', custom_host: 'https://llm.example/v1' };
    await compileConfig(own, { vault }, {}, 'client')(upstream)(chat());
    expect(upstream.requests[1]?.url).toBe('https://llm.example/v1/chat/completions');
  });

  it('leaves the operator free to pair a virtual key with a host of its choosing', async () => {
    const upstream = scripted([jsonResponse({ id: 'a' })]);
    const config = { virtual_key: 'vk-openai', custom_host: 'https://proxy.example/v1' };
    await compileConfig(config, { vault })(upstream)(chat());
    expect(upstream.requests[0]?.url).toBe('https://proxy.example/v1/chat/completions');
  });
});

describe('clientHosts', () => {
  const own = { provider: 'openai', api_key: 'sk-client-own', custom_host: 'https://llm.example/v1' };

  it('refuses every client-chosen host when not allowed, naming the path', () => {
    const compiler = createConfigCompiler({ clientHosts: { allowed: false } });
    expect(problemsOf(() => compiler.compile(own, {}, 'client'))).toEqual([
      'config.custom_host: this gateway does not let clients choose the host a request goes to',
    ]);
    // The operator's own configs are not a client's choice.
    expect(() => compiler.compile(own)).not.toThrow();
  });

  it('sends a client-chosen host through its own transport, and other targets through next', async () => {
    const guarded = scripted([jsonResponse({ id: 'guarded' })]);
    const upstream = scripted([jsonResponse({ id: 'plain' })]);
    const options = { clientHosts: { transport: guarded } };
    await compileConfig(own, options, {}, 'client')(upstream)(chat());
    await compileConfig({ provider: 'openai', api_key: 'sk-own' }, options, {}, 'client')(upstream)(chat());
    expect(guarded.requests.map((request) => request.url)).toEqual([
      'https://llm.example/v1/chat/completions',
    ]);
    expect(upstream.requests.map((request) => request.url)).toEqual([
      'https://api.openai.com/v1/chat/completions',
    ]);
  });

  it('refuses a loopback host from a client when loopback is not allowed for clients', () => {
    const local = { ...own, custom_host: 'http://127.0.0.1:11434/v1' };
    const options = { clientHosts: { allowLoopback: false } };
    expect(problemsOf(() => compileConfig(local, options, {}, 'client'))).toEqual([
      'custom_host: must not point at a loopback address',
    ]);
    expect(() => compileConfig(local, options)).not.toThrow();
  });
});

describe('configs no client mistake turns into a crash', () => {
  it('names no provider by an Object.prototype name', () => {
    for (const provider of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(problemsOf(() => compileConfig({}, {}, { provider, apiKey: 'k' }))[0]).toMatch(
        new RegExp(`^config\\.provider: unknown provider "${provider}"`),
      );
    }
  });

  it('refuses control characters in settings that become headers', () => {
    const config = { provider: 'openai', api_key: 'k', openai_organization: 'a\r\nx-injected: 1' };
    expect(problemsOf(() => compileConfig(config))).toEqual([
      'openai_organization: must not contain control characters (line breaks, tabs)',
    ]);
  });

  it('refuses a config nested thousands deep, as text or as an object', () => {
    const text = `{"provider":"openai","api_key":"k","override_params":{"a":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
    expect(problemsOf(() => compileConfig(text))).toEqual(['config: nests deeper than 128 levels']);
    let deep: unknown = {};
    for (let level = 0; level < 5000; level++) deep = { inner: deep };
    const object = { provider: 'openai', api_key: 'k', cache: deep };
    expect(problemsOf(() => compileConfig(object))).toEqual(['config: nests deeper than 128 levels']);
  });
});

describe('more client mistakes found by fuzzing', () => {
  it('treats azure_foundry_url as a host the client chose', async () => {
    const foundry = {
      provider: 'azure-ai',
      api_key: 'sk-own',
      azure_foundry_url: 'http://169.254.169.254/models',
    };
    expect(problemsOf(() => compileConfig(foundry, {}, {}, 'client'))[0]).toMatch(
      /^azure_foundry_url: must not point at a link-local or cloud metadata address/,
    );
    const publicFoundry = { ...foundry, azure_foundry_url: 'https://foundry.example/models' };
    expect(
      problemsOf(() => compileConfig(publicFoundry, { clientHosts: { allowed: false } }, {}, 'client')),
    ).toEqual([
      'config.azure_foundry_url: this gateway does not let clients choose the host a request goes to',
    ]);
    const guarded = scripted([jsonResponse({ object: 'list', data: [] })]);
    const upstream = scripted([]);
    await compileConfig(publicFoundry, { clientHosts: { transport: guarded } }, {}, 'client')(upstream)(
      new Request('http://switchyard.invalid/v1/embeddings', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'text-embedding-3-small', input: 'x' }),
      }),
    );
    expect(guarded.calls).toBe(1);
    expect(upstream.calls).toBe(0);
  });

  it('turns a provider refusing its settings into a problem naming the leaf, not a crash', () => {
    expect(problemsOf(() => compileConfig({ provider: 'bedrock' }))).toEqual([
      expect.stringMatching(/^config\.aws_\w+: .*\(provider "bedrock"\)$/),
    ]);
  });

  it('refuses a setting sent as a header that is not Latin-1, and a timeout no timer can hold', () => {
    expect(problemsOf(() => compileConfig({ provider: 'openai', api_key: '\ufeffkey' }))).toEqual([
      'api_key: must be Latin-1 text, as it is sent in a request header',
    ]);
    expect(
      problemsOf(() => compileConfig({ provider: 'openai', api_key: 'k', request_timeout: 2 ** 31 }))[0],
    ).toMatch(/^request_timeout:/);
  });
});

describe('what the gateway fuzz test found', () => {
  it('sends the vault’s own key for a virtual key the client names, whatever key the config around it holds', async () => {
    const upstream = scripted([jsonResponse({ id: 'a' })]);
    // The gateway's default config names no provider: its key is for the provider a client names.
    const config = { api_key: 'sk-default-config-key', openai_organization: 'org-client' };
    await compileConfig(config, { vault }, { virtualKey: 'vk-openai' }, 'client')(upstream)(chat());
    const sent = upstream.requests[0]!;
    expect(sent.headers.get('authorization')).toBe('Bearer sk-vault-secret');
    // Settings that are no credential still apply.
    expect(sent.headers.get('openai-organization')).toBe('org-client');
  });

  it('treats a local-model provider a client names as a host the client chose', async () => {
    for (const provider of ['ollama', 'vllm', 'lm-studio']) {
      const refusing = createConfigCompiler({ clientHosts: { allowed: false } });
      expect(problemsOf(() => refusing.compile({ provider }, {}, 'client'))).toEqual([
        expect.stringMatching(
          new RegExp(
            `^config\\.provider: "${provider}" sends requests to http://localhost:\\d+/v1, on the gateway's own machine; this gateway does not let clients choose`,
          ),
        ),
      ]);
      // Named in a header (the client-level provider), the same.
      expect(() => refusing.compile({}, { provider }, 'client')).toThrow(/on the gateway's own machine/);
      expect(
        problemsOf(() =>
          compileConfig({ provider }, { clientHosts: { allowLoopback: false } }, {}, 'client'),
        ),
      ).toEqual([expect.stringMatching(/a client's host must not point at a loopback address$/)]);
      // The operator's own configs, and a vault entry of the operator's, are no client's choice.
      expect(() => refusing.compile({ provider })).not.toThrow();
    }
    const localVault = createVault({ 'vk-local': { provider: 'ollama' } });
    expect(() =>
      createConfigCompiler({ vault: localVault, clientHosts: { allowed: false } }).compile(
        { virtual_key: 'vk-local' },
        {},
        'client',
      ),
    ).not.toThrow();
    // Where allowed, such a target goes through the transport that checks addresses.
    const guarded = scripted([jsonResponse({ id: 'guarded' })]);
    const upstream = scripted([]);
    await compileConfig(
      { provider: 'ollama' },
      { clientHosts: { transport: guarded } },
      {},
      'client',
    )(upstream)(chat());
    expect(guarded.requests.map((request) => request.url)).toEqual([
      'http://localhost:11434/v1/chat/completions',
    ]);
    expect(upstream.calls).toBe(0);
  });

  it('ignores an azure_foundry_url the provider does not use: the provider’s own API goes through next', async () => {
    const guarded = scripted([]);
    const upstream = scripted([jsonResponse({ id: 'plain' })]);
    const config = {
      provider: 'mistral-ai',
      api_key: 'sk-own',
      azure_foundry_url: 'https://foundry.example/models',
    };
    await compileConfig(config, { clientHosts: { transport: guarded } }, {}, 'client')(upstream)(chat());
    expect(upstream.requests.map((request) => request.url)).toEqual([
      'https://api.mistral.ai/v1/chat/completions',
    ]);
    expect(guarded.calls).toBe(0);
    expect(() => compileConfig(config, { clientHosts: { allowed: false } }, {}, 'client')).not.toThrow();
  });

  it('never quotes config text that is neither a config id nor a JSON object', () => {
    for (const text of ['[{"api_key":"sk-client-secret"}]', '/* c */{"api_key":"sk-client-secret"}', 'a b']) {
      expect(problemsOf(() => compileConfig(text, {}, {}, 'client'))).toEqual([
        'config: must be a config id (letters, digits, ".", "_" or "-", at most 128) or a JSON object',
      ]);
    }
  });
});

describe('settings no URL or header can hold', () => {
  it('refuses an unpaired surrogate in any setting, and a provider name a header cannot carry', () => {
    const deployment = JSON.parse(
      '{"provider":"azure-openai","api_key":"k","resource_name":"res","deployment_id":"gpt\\ud800"}',
    );
    expect(problemsOf(() => compileConfig(deployment, {}, {}, 'client'))).toEqual([
      'config.deployment_id: must be well-formed text; it holds an unpaired surrogate',
    ]);
    const named = { provider: 'local\u00e9\u4e00', custom_host: 'http://127.0.0.1:9/v1' };
    expect(problemsOf(() => compileConfig(named, {}, {}, 'client'))).toEqual([
      'config.provider: "localé一" cannot name an OpenAI-compatible server: use letters, digits, ".", "_" or "-" (at most 64)',
    ]);
  });
});
