import { ConfigError, compose, toFetch } from '@switchyard/core';
import { jsonResponse, scripted } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { compileConfig, createConfigCompiler } from './compile-config.js';
import { createVault } from './vault.js';

const anthropicMessage = {
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  model: 'claude-3-5-sonnet-20241022',
  content: [{ type: 'text', text: 'Bonjour' }],
  stop_reason: 'end_turn',
  stop_sequence: null,
  usage: { input_tokens: 3, output_tokens: 1 },
};

function chat(headers: Record<string, string> = {}) {
  return new Request('http://switchyard.invalid/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hello' }] }),
  });
}

describe('compileConfig', () => {
  it('translates for the provider a leaf names and applies override_params from the root down', async () => {
    const upstream = scripted([jsonResponse(anthropicMessage)]);
    const pipeline = compileConfig({
      override_params: { temperature: 0, model: 'claude-3-haiku-20240307' },
      strategy: { mode: 'single' },
      targets: [
        {
          provider: 'anthropic',
          api_key: 'sk-ant-test',
          override_params: { model: 'claude-3-5-sonnet-20241022' },
        },
      ],
    })(upstream);
    const response = await pipeline(chat());
    expect(response.status).toBe(200);
    expect(
      ((await response.json()) as { choices: [{ message: { content: string } }] }).choices[0].message.content,
    ).toBe('Bonjour');
    const sent = upstream.requests[0]!;
    expect(sent.url).toBe('https://api.anthropic.com/v1/messages');
    expect(sent.headers.get('x-api-key')).toBe('sk-ant-test');
    expect(JSON.parse(sent.body)).toMatchObject({ model: 'claude-3-5-sonnet-20241022', temperature: 0 });
  });

  it('carries forward_headers across a provider that builds fresh headers, and only those', async () => {
    const upstream = scripted([jsonResponse(anthropicMessage)]);
    const pipeline = compileConfig({
      provider: 'anthropic',
      api_key: 'sk-ant-test',
      forward_headers: ['x-tenant-region'],
    })(upstream);
    await pipeline(chat({ 'x-tenant-region': 'eu-west', 'x-other': 'kept-out' }));
    const sent = upstream.requests[0]!.headers;
    expect(sent.get('x-tenant-region')).toBe('eu-west');
    expect(sent.has('x-other')).toBe(false);
    expect([...sent.keys()].filter((name) => name.startsWith('x-switchyard-forward-'))).toEqual([]);
  });

  it('uses client-level defaults for leaves that name no provider', async () => {
    const upstream = scripted([
      jsonResponse({ id: 'x', object: 'chat.completion', created: 1, model: 'm', choices: [] }),
    ]);
    const vault = createVault({ main: { provider: 'openai', api_key: 'sk-vault' } });
    const pipeline = compileConfig({ retry: { attempts: 1 } }, { vault }, { virtualKey: 'main' })(upstream);
    await pipeline(chat());
    expect(upstream.requests[0]!.headers.get('authorization')).toBe('Bearer sk-vault');
    expect(() => compileConfig({ retry: { attempts: 1 } })).toThrow(
      'config: no provider; set provider, virtual_key, or give the client a provider',
    );
  });

  it('reports every problem of a config with its path at once', () => {
    let error: ConfigError | undefined;
    try {
      compileConfig(
        {
          strategy: {
            mode: 'conditional',
            conditions: [{ query: { 'metadata.plan': { $like: 'x' } }, then: 'a' }],
          },
          targets: [
            { name: 'a', provider: 'opena1', api_key: 'k' },
            { name: 'b', virtual_key: 'missing' },
          ],
        },
        { vault: createVault({}) },
      );
    } catch (caught) {
      error = caught as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.issues).toEqual([
      'targets[0].provider: unknown provider "opena1" — did you mean "openai"?; set custom_host to use an OpenAI-compatible server',
      'virtual key "missing" is not in the vault',
      'strategy.conditions[0].query.metadata.plan.$like: unknown operator; use one of $eq, $ne, $gt, $gte, $lt, $lte, $in, $nin, $regex',
    ]);
  });

  it('treats an unknown slug with a custom_host as an OpenAI-compatible server', async () => {
    const upstream = scripted([jsonResponse({ ok: true })]);
    const pipeline = compileConfig({
      provider: 'my-llm',
      api_key: 'k',
      custom_host: 'http://127.0.0.1:9/v1',
    })(upstream);
    await pipeline(chat());
    expect(upstream.requests[0]!.url).toBe('http://127.0.0.1:9/v1/chat/completions');
  });

  it('compiles a config once per text', () => {
    const compiler = createConfigCompiler();
    const config = { provider: 'openai', api_key: 'k' };
    expect(compiler.compile(config)).toBe(compiler.compile(JSON.stringify(config)));
    expect(compiler.compile(config)).not.toBe(compiler.compile({ ...config, request_timeout: 5 }));
  });

  it('times each attempt out with request_timeout and lets retry act on the 408', async () => {
    const upstream = scripted([scripted.hang(), jsonResponse({ ok: 1 })]);
    const pipeline = compose(
      compileConfig({
        provider: 'openai',
        api_key: 'k',
        request_timeout: 20,
        retry: { attempts: 1, on_status_codes: [408] },
      }),
    )(upstream);
    const response = await toFetch(pipeline)(chat());
    expect(await response.json()).toEqual({ ok: 1 });
    expect(upstream.calls).toBe(2);
  });
});

describe('compileConfig guardrails', () => {
  const hook = (rule: string) => ({
    type: 'guardrail',
    deny: true,
    checks: [{ id: 'default.regexMatch', parameters: { rule, not: true } }],
  });

  it('applies the nearest declaring node’s hooks and Portkey shorthand', async () => {
    const upstream = scripted([jsonResponse({ ok: 1 })], { otherwise: jsonResponse({ ok: 2 }) });
    const pipeline = compileConfig({
      before_request_hooks: [hook('secret')],
      strategy: { mode: 'fallback' },
      targets: [
        {
          provider: 'openai',
          api_key: 'k',
          custom_host: 'http://127.0.0.1:9/v1',
          input_guardrails: [{ deny: true, 'default.contains': { words: ['banana'], operator: 'none' } }],
        },
      ],
    })(upstream);
    const ask = (content: string) =>
      pipeline(
        new Request('http://x/v1/chat/completions', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content }] }),
        }),
      );
    expect((await ask('my secret')).status).toBe(200);
    expect((await ask('a banana')).status).toBe(446);
    expect(upstream.calls).toBe(1);
  });

  it('names the path of a bad hook', () => {
    expect(() =>
      compileConfig({
        strategy: { mode: 'single' },
        targets: [{ provider: 'openai', api_key: 'k', output_guardrails: [{ 'default.regexMatch': {} }] }],
      }),
    ).toThrow(/targets\[0\]\.output_guardrails\[0\]/);
  });
});
